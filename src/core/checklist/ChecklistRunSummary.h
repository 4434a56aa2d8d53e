#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace blihops {

// A run as `checklist list` shows it: no items.
struct ChecklistRunSummary
{
    qint64 id = 0;
    QString templateKey;
    QString templateTitle;
    QString environment;
    QString release;
    int revision = 1;
    bool isSigned = false;
    int decided = 0;
    int total = 0;
    int failed = 0;
    QDateTime createdAt; // UTC
    QString createdBy;

    QString stateKey() const;
    QJsonObject toJson() const;
};

} // namespace blihops
