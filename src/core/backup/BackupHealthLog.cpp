#include "backup/BackupHealthLog.h"

#include "backup/BackupStatus.h"
#include "util/Timestamp.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace blihops {

namespace {

std::optional<BackupAlerts::Kind> kindFromKey(const QString &key)
{
    for (const BackupAlerts::Kind kind : BackupAlerts::kinds()) {
        if (BackupAlerts::kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

} // namespace

void BackupHealthLog::record(const QString &environment, const QList<BackupStatus> &statuses,
                             const QDateTime &at)
{
    // Kinds and times, not messages: stored once, read later in any language.
    QJsonArray alerts;
    std::optional<BackupRecord> lastRun;
    std::optional<HostVerification> lastVerified;
    for (const BackupStatus &status : statuses) {
        for (const BackupAlerts::Alert &alert : status.alerts) {
            alerts.append(
                QJsonObject{{QStringLiteral("job"), status.job.name},
                            {QStringLiteral("kind"), BackupAlerts::kindKey(alert.kind)},
                            {QStringLiteral("since"),
                             alert.since.isValid() ? utcTimestamp(alert.since) : QString()}});
        }
        if (status.lastRun && (!lastRun || status.lastRun->started > lastRun->started))
            lastRun = status.lastRun;
        const std::optional<HostVerification> &verified = status.lastPassedVerification;
        if (verified && (!lastVerified || verified->started > lastVerified->started))
            lastVerified = verified;
    }
    m_workspace.inTransaction([&] {
        const qint64 environmentId = EnvironmentRepository(m_workspace).get(environment).id;
        m_workspace.exec(
            QStringLiteral("INSERT INTO backup_checks (environment_id, checked_at, checked_by, "
                           "jobs, alerts, last_run_at, last_run_ok, last_verified_at, "
                           "last_verified_backup) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {environmentId, utcTimestamp(at), Workspace::actor(), int(statuses.size()),
             QString::fromUtf8(QJsonDocument(alerts).toJson(QJsonDocument::Compact)),
             lastRun ? utcTimestamp(lastRun->started) : QString(), lastRun && lastRun->ok ? 1 : 0,
             lastVerified ? utcTimestamp(lastVerified->started.addMSecs(lastVerified->durationMs))
                          : QString(),
             lastVerified ? lastVerified->backup : QString()});
        // The console records a check every few minutes: what is older than kKeepDays is
        // history nothing reads.
        m_workspace.exec(QStringLiteral("DELETE FROM backup_checks WHERE environment_id = ? AND "
                                        "checked_at < ?"),
                         {environmentId, utcTimestamp(at.addDays(-kKeepDays))});
    });
}

std::optional<BackupHealthLog::Check> BackupHealthLog::latest(const QString &environment)
{
    const qint64 environmentId = EnvironmentRepository(m_workspace).get(environment).id;
    QSqlQuery query = m_workspace.exec(
        QStringLiteral(
            "SELECT checked_at, checked_by, jobs, alerts, last_run_at, last_run_ok, "
            "last_verified_at, last_verified_backup FROM backup_checks WHERE environment_id = ? "
            "ORDER BY checked_at DESC, id DESC LIMIT 1"),
        {environmentId});
    if (!query.next())
        return std::nullopt;
    Check check;
    check.environment = environment;
    check.checkedAt = fromUtcTimestamp(query.value(0).toString());
    check.checkedBy = query.value(1).toString();
    check.jobs = query.value(2).toInt();
    for (const QJsonValue &value :
         QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array()) {
        const QJsonObject object = value.toObject();
        const std::optional<BackupAlerts::Kind> kind =
            kindFromKey(object.value(QStringLiteral("kind")).toString());
        // A kind only a newer console knows is still an alert.
        const QString since = object.value(QStringLiteral("since")).toString();
        check.alerts.append({object.value(QStringLiteral("job")).toString(),
                             kind.value_or(BackupAlerts::Kind::Failed),
                             since.isEmpty() ? QDateTime() : fromUtcTimestamp(since)});
    }
    if (const QString lastRun = query.value(4).toString(); !lastRun.isEmpty())
        check.lastRunAt = fromUtcTimestamp(lastRun);
    check.lastRunOk = query.value(5).toInt() != 0;
    if (const QString verified = query.value(6).toString(); !verified.isEmpty())
        check.lastVerifiedAt = fromUtcTimestamp(verified);
    check.lastVerifiedBackup = query.value(7).toString();
    return check;
}

} // namespace blihops
