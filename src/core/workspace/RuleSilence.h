#pragma once

#include <QDateTime>
#include <QString>

namespace blihops {

// A readiness rule switched off for one service of one environment, with the reason a
// person gave for it (for example "the image defines its own HEALTHCHECK").
struct RuleSilence
{
    QString environment;
    QString service;
    QString rule;
    QString reason;
    QDateTime createdAt; // UTC
    QString createdBy;
};

} // namespace blihops
