#include "streams/StreamRepository.h"

#include "markdown/MarkdownReader.h"
#include "streams/StreamParser.h"
#include "streams/StreamReview.h"
#include "util/Error.h"
#include "util/Timestamp.h"
#include "workspace/AuditLog.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>

namespace blihops {

namespace {

const QString kSnapshotColumns = QStringLiteral(
    "id, stream, title, source, sha256, imported_at, imported_by, done, total, contradictions");

StreamSnapshot snapshotFrom(const QSqlQuery &row)
{
    return {row.value(0).toLongLong(), row.value(1).toString(),
            row.value(2).toString(),   row.value(3).toString(),
            row.value(4).toString(),   fromUtcTimestamp(row.value(5).toString()),
            row.value(6).toString(),   row.value(7).toInt(),
            row.value(8).toInt(),      row.value(9).toInt()};
}

} // namespace

bool StreamRepository::streamOrder(const QString &a, const QString &b)
{
    bool aNumber = false;
    bool bNumber = false;
    const double x = a.toDouble(&aNumber);
    const double y = b.toDouble(&bNumber);
    if (aNumber && bNumber && x != y)
        return x < y;
    if (aNumber != bNumber)
        return aNumber;
    return a < b;
}

StreamRepository::Imported StreamRepository::import(const QString &path)
{
    const QByteArray bytes = MarkdownReader::fileContents(path);
    const QFileInfo info(path);
    StreamReport report = StreamParser::parseDocument(bytes, info.completeBaseName());
    report.source = info.absoluteFilePath();
    return store(report, bytes);
}

StreamRepository::Imported StreamRepository::store(const StreamReport &report,
                                                   const QByteArray &bytes)
{
    Imported imported;
    imported.report = report;
    StreamSnapshot &snapshot = imported.snapshot;
    snapshot.stream = report.id;
    snapshot.title = report.title;
    snapshot.source = report.source;
    snapshot.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    snapshot.importedAt = fromUtcTimestamp(utcTimestamp());
    snapshot.importedBy = Workspace::actor();
    snapshot.done = report.done;
    snapshot.total = report.total;
    snapshot.contradictions = int(StreamReview::contradictions(report).size());
    m_workspace.inTransaction([&] {
        QSqlQuery previous = m_workspace.exec(
            QStringLiteral("SELECT sha256 FROM stream_snapshots WHERE stream = ? ORDER BY id DESC "
                           "LIMIT 1"),
            {report.id});
        imported.unchanged = previous.next() && previous.value(0).toString() == snapshot.sha256;
        QSqlQuery inserted = m_workspace.exec(
            QStringLiteral("INSERT INTO stream_snapshots (stream, title, source, sha256, "
                           "imported_at, imported_by, done, total, contradictions, report) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {snapshot.stream, snapshot.title, snapshot.source, snapshot.sha256,
             utcTimestamp(snapshot.importedAt), snapshot.importedBy, snapshot.done, snapshot.total,
             snapshot.contradictions,
             QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact))});
        inserted.next();
        snapshot.id = inserted.value(0).toLongLong();
        AuditLog(m_workspace)
            .record(QStringLiteral("stream.import"), QStringLiteral("stream %1").arg(report.id),
                    QStringLiteral("%1: %2 of %3 items, %4 contradictions")
                        .arg(report.source)
                        .arg(report.done)
                        .arg(report.total)
                        .arg(snapshot.contradictions));
    });
    return imported;
}

QList<StreamSnapshot> StreamRepository::latest()
{
    QSqlQuery rows = m_workspace.exec(
        QStringLiteral("SELECT %1 FROM stream_snapshots WHERE id IN (SELECT MAX(id) FROM "
                       "stream_snapshots GROUP BY stream)")
            .arg(kSnapshotColumns));
    QList<StreamSnapshot> snapshots;
    while (rows.next())
        snapshots.append(snapshotFrom(rows));
    std::sort(snapshots.begin(), snapshots.end(),
              [](const StreamSnapshot &a, const StreamSnapshot &b) {
                  return streamOrder(a.stream, b.stream);
              });
    return snapshots;
}

QHash<QString, QList<StreamSnapshot>> StreamRepository::histories()
{
    QSqlQuery rows = m_workspace.exec(
        QStringLiteral("SELECT %1 FROM stream_snapshots ORDER BY id").arg(kSnapshotColumns));
    QHash<QString, QList<StreamSnapshot>> byStream;
    while (rows.next()) {
        const StreamSnapshot snapshot = snapshotFrom(rows);
        byStream[snapshot.stream].append(snapshot);
    }
    return byStream;
}

QList<StreamReport> StreamRepository::reports()
{
    QSqlQuery rows = m_workspace.exec(
        QStringLiteral("SELECT stream, report FROM stream_snapshots WHERE id IN (SELECT MAX(id) "
                       "FROM stream_snapshots GROUP BY stream)"));
    QList<StreamReport> result;
    while (rows.next()) {
        result.append(StreamReport::fromJson(
            QJsonDocument::fromJson(rows.value(1).toString().toUtf8()).object()));
    }
    std::sort(result.begin(), result.end(),
              [](const StreamReport &a, const StreamReport &b) { return streamOrder(a.id, b.id); });
    return result;
}

StreamReport StreamRepository::report(const QString &stream)
{
    QSqlQuery row = m_workspace.exec(
        QStringLiteral("SELECT report FROM stream_snapshots WHERE stream = ? ORDER BY id DESC "
                       "LIMIT 1"),
        {stream});
    if (row.next())
        return StreamReport::fromJson(
            QJsonDocument::fromJson(row.value(0).toString().toUtf8()).object());
    QStringList streams;
    for (const StreamSnapshot &snapshot : latest())
        streams << snapshot.stream;
    throw Error(ErrorKind::NotFound,
                streams.isEmpty()
                    ? tr("No stream document was imported yet: `blihopsctl stream import FILE` "
                         "imports one.")
                    : tr("There is no stream \"%1\": the streams are %2.")
                          .arg(stream, streams.join(QStringLiteral(", "))));
}

} // namespace blihops
