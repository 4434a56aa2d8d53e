#include "backup/BackupManifest.h"

#include "util/Error.h"

#include <QJsonDocument>
#include <QSet>

namespace blihops {

BackupManifest::Parsed BackupManifest::parse(const QByteArray &text)
{
    Parsed parsed;
    QSet<QString> ids;
    qsizetype start = 0;
    int number = 0;
    while (start < text.size()) {
        ++number;
        const qsizetype newline = text.indexOf('\n', start);
        if (newline < 0) {
            parsed.tornLine = number;
            break;
        }
        const QByteArray line = text.mid(start, newline - start).trimmed();
        start = newline + 1;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (!document.isObject()) {
            parsed.problems.append(
                {number,
                 tr("line %1 is not a JSON object (%2)").arg(number).arg(error.errorString())});
            continue;
        }
        try {
            BackupRecord record = BackupRecord::fromJson(document.object());
            if (ids.contains(record.id)) {
                parsed.problems.append({number, tr("line %1 repeats the id %2 of an earlier line")
                                                    .arg(number)
                                                    .arg(record.id)});
                continue;
            }
            ids.insert(record.id);
            parsed.records.append(record);
        } catch (const Error &e) {
            parsed.problems.append({number, tr("line %1: %2").arg(number).arg(e.message())});
        }
    }
    return parsed;
}

QByteArray BackupManifest::line(const BackupRecord &record)
{
    return QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace blihops
