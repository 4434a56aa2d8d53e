#include "verify/VerificationRepository.h"

#include "util/Error.h"
#include "util/Timestamp.h"
#include "workspace/AuditLog.h"
#include "workspace/Workspace.h"

#include <QJsonDocument>

namespace blihops {

qint64 VerificationRepository::record(const VerifyReport &report)
{
    qint64 id = 0;
    const QString figures =
        QString::fromUtf8(QJsonDocument(report.evidenceJson()).toJson(QJsonDocument::Compact));
    m_workspace.inTransaction([&] {
        QSqlQuery insert = m_workspace.exec(
            QStringLiteral("INSERT INTO restore_verifications (environment, backup, job, kind, "
                           "sha256, target_environment, target_database, actor, started_at, "
                           "finished_at, ok, proven, figures) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?) RETURNING id"),
            {report.environment, report.backup, report.job, BackupRecord::kindKey(report.kind),
             report.sha256, report.targetEnvironment, report.targetDatabase, Workspace::actor(),
             utcTimestamp(report.started), utcTimestamp(report.finished), report.ok() ? 1 : 0,
             report.proven ? 1 : 0, figures});
        insert.next();
        id = insert.value(0).toLongLong();
        const QJsonObject summary{{QStringLiteral("id"), double(id)},
                                  {QStringLiteral("ok"), report.ok()},
                                  {QStringLiteral("proven"), report.proven},
                                  {QStringLiteral("target_environment"), report.targetEnvironment},
                                  {QStringLiteral("target_database"), report.targetDatabase},
                                  {QStringLiteral("sha256"), report.sha256}};
        AuditLog(m_workspace)
            .record(QStringLiteral("verify.run"),
                    report.environment + QLatin1Char('/') + report.backup,
                    QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    });
    return id;
}

QList<VerificationRepository::Entry> VerificationRepository::list(const QString &environment,
                                                                  int limit)
{
    return select(QStringLiteral("? = '' OR environment = ?"), {environment, environment}, limit);
}

std::optional<VerificationRepository::Entry> VerificationRepository::find(qint64 id)
{
    const QList<Entry> found = select(QStringLiteral("id = ?"), {id}, 1);
    return found.isEmpty() ? std::nullopt : std::optional<Entry>(found.first());
}

VerificationRepository::Entry VerificationRepository::get(qint64 id)
{
    std::optional<Entry> entry = find(id);
    if (!entry) {
        throw Error(ErrorKind::NotFound, tr("There is no verification %1: `blihopsctl "
                                            "verification list` shows the verifications.")
                                             .arg(id));
    }
    return *entry;
}

std::optional<VerificationRepository::Entry>
VerificationRepository::lastProven(const QString &environment)
{
    const QList<Entry> found =
        select(QStringLiteral("environment = ? AND ok = 1 AND proven = 1"), {environment}, 1);
    return found.isEmpty() ? std::nullopt : std::optional<Entry>(found.first());
}

QList<VerificationRepository::Entry>
VerificationRepository::select(const QString &where, const QVariantList &values, int limit)
{
    QSqlQuery rows = m_workspace.exec(
        QStringLiteral("SELECT id, environment, backup, job, kind, sha256, target_environment, "
                       "target_database, actor, started_at, finished_at, ok, proven, figures FROM "
                       "restore_verifications WHERE ") +
            where + QStringLiteral(" ORDER BY finished_at DESC, id DESC LIMIT ?"),
        QVariantList(values) << limit);
    QList<Entry> entries;
    while (rows.next()) {
        Entry entry;
        int column = 0;
        const auto next = [&] { return rows.value(column++); };
        entry.id = next().toLongLong();
        entry.environment = next().toString();
        entry.backup = next().toString();
        entry.job = next().toString();
        entry.kind = next().toString();
        entry.sha256 = next().toString();
        entry.targetEnvironment = next().toString();
        entry.targetDatabase = next().toString();
        entry.actor = next().toString();
        entry.startedAt = fromUtcTimestamp(next().toString());
        entry.finishedAt = fromUtcTimestamp(next().toString());
        entry.ok = next().toInt() != 0;
        entry.proven = next().toInt() != 0;
        entry.figures = QJsonDocument::fromJson(next().toString().toUtf8()).object();
        entries.append(entry);
    }
    return entries;
}

QHash<QString, QDateTime> VerificationRepository::verifiedAt(const QString &environment)
{
    QSqlQuery rows = m_workspace.exec(
        QStringLiteral("SELECT backup, MAX(finished_at) FROM restore_verifications WHERE "
                       "environment = ? AND ok = 1 AND proven = 1 GROUP BY backup"),
        {environment});
    QHash<QString, QDateTime> at;
    while (rows.next())
        at.insert(rows.value(0).toString(), fromUtcTimestamp(rows.value(1).toString()));
    return at;
}

QHash<QString, QDateTime>
VerificationRepository::verifiedAt(const QString &environment,
                                   const QList<BackupCatalog::Folder> &folders)
{
    QHash<QString, QDateTime> at = verifiedAt(environment);
    const QHash<QString, QDateTime> onHost = BackupCatalog::verifiedOnHost(folders);
    for (auto it = onHost.cbegin(); it != onHost.cend(); ++it) {
        if (it.value() > at.value(it.key()))
            at.insert(it.key(), it.value());
    }
    return at;
}

QHash<QString, qint64> VerificationRepository::newest(const QString &environment)
{
    QSqlQuery rows = m_workspace.exec(
        QStringLiteral("SELECT job, backup, MAX(id) FROM restore_verifications WHERE "
                       "environment = ? GROUP BY job, backup"),
        {environment});
    QHash<QString, qint64> ids;
    while (rows.next()) {
        ids.insert(newestKey(rows.value(0).toString(), rows.value(1).toString()),
                   rows.value(2).toLongLong());
    }
    return ids;
}

} // namespace blihops
