#include "backup/BackupJobRepository.h"

#include "util/Error.h"
#include "util/Timestamp.h"
#include "workspace/AuditLog.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace blihops {

namespace {

const QString kColumns = QStringLiteral(
    "j.id, e.name, j.name, j.database_service, j.databases, j.database_user, j.volumes, j.paths, "
    "j.cron, j.zone, j.keep_days, j.keep_min, j.database_destination, j.storage_destination, "
    "j.copy_to, j.webhook_url, j.scheduler, j.enabled, j.created_at, j.created_by, "
    "j.updated_at, j.updated_by, j.verify_cron");

QString listText(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList textList(const QString &text)
{
    QStringList list;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        list << value.toString();
    return list;
}

// The values of every column but id, environment and the created_* and updated_* pairs, in
// kColumns order.
QVariantList fields(const BackupJob &job)
{
    return {job.name,
            job.databaseService,
            listText(job.databases),
            job.databaseUser,
            listText(job.volumes),
            listText(job.paths),
            job.cron,
            job.zone,
            job.keepDays,
            job.keepMin,
            job.databaseDestination,
            job.storageDestination,
            job.copyTo,
            job.webhookUrl,
            BackupJob::schedulerKey(job.scheduler),
            job.enabled ? 1 : 0,
            job.verifyCron};
}

QString subject(const QString &environment, const QString &name)
{
    return environment + QLatin1Char('/') + name;
}

} // namespace

QList<BackupJob> BackupJobRepository::select(const QString &where, const QVariantList &values)
{
    QSqlQuery rows = m_workspace.exec(
        QStringLiteral("SELECT %1 FROM backup_jobs j JOIN environments e ON e.id = "
                       "j.environment_id %2")
            .arg(kColumns, where),
        values);
    QList<BackupJob> jobs;
    while (rows.next()) {
        BackupJob job;
        int column = 0;
        const auto next = [&] { return rows.value(column++); };
        job.id = next().toLongLong();
        job.environment = next().toString();
        job.name = next().toString();
        job.databaseService = next().toString();
        job.databases = textList(next().toString());
        job.databaseUser = next().toString();
        job.volumes = textList(next().toString());
        job.paths = textList(next().toString());
        job.cron = next().toString();
        job.zone = next().toString();
        job.keepDays = next().toInt();
        job.keepMin = next().toInt();
        job.databaseDestination = next().toString();
        job.storageDestination = next().toString();
        job.copyTo = next().toString();
        job.webhookUrl = next().toString();
        job.scheduler = BackupJob::schedulerFromKey(next().toString());
        job.enabled = next().toInt() != 0;
        job.createdAt = fromUtcTimestamp(next().toString());
        job.createdBy = next().toString();
        job.updatedAt = fromUtcTimestamp(next().toString());
        job.updatedBy = next().toString();
        job.verifyCron = next().toString();
        jobs.append(job);
    }
    // Sorted here, not in SQL: SQLite and PostgreSQL collate text differently.
    std::sort(jobs.begin(), jobs.end(), [](const BackupJob &a, const BackupJob &b) {
        return a.environment != b.environment ? a.environment < b.environment : a.name < b.name;
    });
    return jobs;
}

QList<BackupJob> BackupJobRepository::list(const QString &environment)
{
    if (environment.isEmpty())
        return select({}, {});
    const qint64 id = EnvironmentRepository(m_workspace).get(environment).id;
    return select(QStringLiteral("WHERE j.environment_id = ?"), {id});
}

std::optional<BackupJob> BackupJobRepository::find(const QString &environment, const QString &name)
{
    const QList<BackupJob> jobs =
        select(QStringLiteral("WHERE e.name = ? AND j.name = ?"), {environment, name});
    if (jobs.isEmpty())
        return std::nullopt;
    return jobs.first();
}

BackupJob BackupJobRepository::get(const QString &environment, const QString &name)
{
    if (std::optional<BackupJob> job = find(environment, name))
        return *job;
    EnvironmentRepository(m_workspace).get(environment); // names a missing environment
    throw Error(ErrorKind::NotFound,
                tr("Environment %1 has no backup job \"%2\": `blihopsctl backup schedule list "
                   "%1` shows its jobs.")
                    .arg(environment, name));
}

qint64 BackupJobRepository::idOf(const QString &environment, const QString &name)
{
    return get(environment, name).id;
}

BackupJob BackupJobRepository::add(const BackupJob &job)
{
    job.validate();
    m_workspace.inTransaction([&] {
        const qint64 environmentId = EnvironmentRepository(m_workspace).get(job.environment).id;
        if (find(job.environment, job.name)) {
            throw Error(ErrorKind::Conflict, tr("Environment %1 has a backup job \"%2\" already.")
                                                 .arg(job.environment, job.name));
        }
        const QString now = utcTimestamp();
        QVariantList values{environmentId};
        values += fields(job);
        values << now << Workspace::actor() << now << Workspace::actor();
        m_workspace.exec(
            QStringLiteral("INSERT INTO backup_jobs (environment_id, name, database_service, "
                           "databases, database_user, volumes, paths, cron, zone, keep_days, "
                           "keep_min, database_destination, storage_destination, copy_to, "
                           "webhook_url, scheduler, enabled, verify_cron, created_at, created_by, "
                           "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            values);
        AuditLog(m_workspace)
            .record(QStringLiteral("backup.job.add"), subject(job.environment, job.name),
                    QStringLiteral("cron %1, %2%3")
                        .arg(job.cron, BackupJob::schedulerKey(job.scheduler),
                             job.verifiesOnHost()
                                 ? QStringLiteral(", verify %1").arg(job.verifyCron)
                                 : QString()));
    });
    return get(job.environment, job.name);
}

BackupJob BackupJobRepository::update(const QString &environment, const QString &originalName,
                                      const BackupJob &job)
{
    job.validate();
    if (job.environment != environment) {
        throw Error(ErrorKind::BadInput,
                    tr("A backup job cannot move from %1 to %2: add it there and remove it here.")
                        .arg(environment, job.environment));
    }
    m_workspace.inTransaction([&] {
        const qint64 id = idOf(environment, originalName);
        if (job.name != originalName && find(environment, job.name)) {
            throw Error(
                ErrorKind::Conflict,
                tr("Environment %1 has a backup job \"%2\" already.").arg(environment, job.name));
        }
        QVariantList values = fields(job);
        values << utcTimestamp() << Workspace::actor() << id;
        m_workspace.exec(
            QStringLiteral(
                "UPDATE backup_jobs SET name = ?, database_service = ?, databases = ?, "
                "database_user = ?, volumes = ?, paths = ?, cron = ?, zone = ?, "
                "keep_days = ?, keep_min = ?, database_destination = ?, "
                "storage_destination = ?, copy_to = ?, webhook_url = ?, scheduler = ?, "
                "enabled = ?, verify_cron = ?, updated_at = ?, updated_by = ? WHERE id = ?"),
            values);
        AuditLog(m_workspace)
            .record(QStringLiteral("backup.job.update"), subject(environment, originalName),
                    job.name == originalName ? QStringLiteral("cron %1").arg(job.cron)
                                             : QStringLiteral("renamed to %1").arg(job.name));
    });
    return get(environment, job.name);
}

void BackupJobRepository::setEnabled(const QString &environment, const QString &name, bool enabled)
{
    m_workspace.inTransaction([&] {
        const qint64 id = idOf(environment, name);
        m_workspace.exec(QStringLiteral("UPDATE backup_jobs SET enabled = ?, updated_at = ?, "
                                        "updated_by = ? WHERE id = ?"),
                         {enabled ? 1 : 0, utcTimestamp(), Workspace::actor(), id});
        AuditLog(m_workspace)
            .record(enabled ? QStringLiteral("backup.job.enable")
                            : QStringLiteral("backup.job.disable"),
                    subject(environment, name));
    });
}

void BackupJobRepository::remove(const QString &environment, const QString &name)
{
    m_workspace.inTransaction([&] {
        const qint64 id = idOf(environment, name);
        m_workspace.exec(QStringLiteral("DELETE FROM backup_jobs WHERE id = ?"), {id});
        AuditLog(m_workspace)
            .record(QStringLiteral("backup.job.remove"), subject(environment, name));
    });
}

} // namespace blihops
