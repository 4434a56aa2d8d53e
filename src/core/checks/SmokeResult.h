#pragma once

#include "checks/SmokeCheck.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace blihops {

// What one check found: passed or not, how long it took, and a message that says what was
// tried and what answered.
struct SmokeResult
{
    QString check;
    SmokeCheck::Kind kind = SmokeCheck::Kind::Http;
    QString service;
    QString target;
    bool passed = false;
    qint64 durationMs = 0;
    QString message;

    QJsonObject toJson() const;
};

// One run of a suite, as kept in the history.
struct SmokeRun
{
    qint64 id = 0; // 0 until recorded
    QString environment;
    QDateTime startedAt; // UTC
    QDateTime finishedAt;
    QString actor;
    bool cancelled = false;
    QList<SmokeResult> results;

    bool passed() const;
    int failedCount() const;
    QJsonObject toJson() const;
};

} // namespace blihops
