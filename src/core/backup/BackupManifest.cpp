#include "backup/BackupManifest.h"

#include "util/Error.h"

#include <QJsonDocument>
#include <QSet>

namespace blihops {

int BackupManifest::readLines(const QByteArray &text,
                              const std::function<void(const QJsonObject &)> &take,
                              QList<Problem> &problems)
{
    qsizetype start = 0;
    int number = 0;
    while (start < text.size()) {
        ++number;
        const qsizetype newline = text.indexOf('\n', start);
        if (newline < 0)
            return number;
        const QByteArray line = text.mid(start, newline - start).trimmed();
        start = newline + 1;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (!document.isObject()) {
            problems.append(
                {number,
                 tr("line %1 is not a JSON object (%2)").arg(number).arg(error.errorString())});
            continue;
        }
        try {
            take(document.object());
        } catch (const Error &e) {
            problems.append({number, tr("line %1: %2").arg(number).arg(e.message())});
        }
    }
    return 0;
}

BackupManifest::Parsed BackupManifest::parse(const QByteArray &text)
{
    Parsed parsed;
    QSet<QString> ids;
    parsed.tornLine = readLines(
        text,
        [&](const QJsonObject &object) {
            BackupRecord record = BackupRecord::fromJson(object);
            if (ids.contains(record.id)) {
                throw Error(ErrorKind::BadInput,
                            tr("repeats the id %1 of an earlier line").arg(record.id));
            }
            ids.insert(record.id);
            parsed.records.append(record);
        },
        parsed.problems);
    return parsed;
}

QByteArray BackupManifest::line(const BackupRecord &record)
{
    return QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace blihops
