#pragma once

#include <QJsonObject>
#include <QString>

namespace blihops {

enum class Severity
{
    Info,
    Warning,
    Error
};

QString severityKey(Severity severity); // "info", "warning", "error"

// One result of the readiness review: what is wrong where, and how to fix it.
struct Finding
{
    QString rule; // e.g. "healthcheck-missing"
    Severity severity = Severity::Warning;
    QString environment;
    QString service; // empty for what belongs to no service
    QString file;
    int line = 0; // 1-based; 0 when the finding has no place in a file
    QString message;
    QString fix;

    QJsonObject toJson() const;
};

} // namespace blihops
