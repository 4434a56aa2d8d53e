#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace blihops {

// One import of a stream document: when, by whom, from which file, and its counts then.
struct StreamSnapshot
{
    qint64 id = 0;
    QString stream; // the report's id
    QString title;
    QString source;
    QString sha256;       // of the file's bytes
    QDateTime importedAt; // UTC
    QString importedBy;
    int done = 0;
    int total = 0;
    int contradictions = 0;

    std::optional<double> completion() const;
    QJsonObject toJson() const;
};

} // namespace blihops
