#include "backup/BackupStatus.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupHost.h"
#include "backup/CronExpression.h"

#include <QHash>
#include <QJsonArray>

namespace blihops {

BackupStatus BackupStatus::of(BackupHost &host, const BackupJob &job, const QString &hostZone,
                              const QDateTime &now)
{
    BackupStatus status;
    status.job = job;
    const QList<BackupCatalog::Folder> folders = BackupCatalog::read(host, job);
    QList<BackupRecord> records;
    QList<HostVerification> verifications;
    for (const BackupCatalog::Folder &folder : folders) {
        records << folder.manifest.records;
        verifications << folder.verifications.records;
        for (const HostVerification &verification : folder.verifications.records)
            status.note(verification);
        for (const BackupManifest::Problem &problem : folder.verifications.problems)
            status.problems << tr("%1/%2, line %3: %4")
                                   .arg(folder.path, HostVerification::fileName())
                                   .arg(problem.line)
                                   .arg(problem.message);
        for (const BackupManifest::Problem &problem : folder.manifest.problems)
            status.problems << tr("%1/%2, line %3: %4")
                                   .arg(folder.path, BackupManifest::fileName())
                                   .arg(problem.line)
                                   .arg(problem.message);
    }
    QHash<QString, qint64> perSource;
    QHash<QString, QDateTime> perSourceStarted;
    for (const BackupRecord &record : std::as_const(records)) {
        if (!status.lastRun || record.started >= status.lastRun->started)
            status.lastRun = record;
        const QString key = BackupRecord::kindKey(record.kind) + QLatin1Char(':') + record.source;
        if (record.ok && record.started >= perSourceStarted.value(key)) {
            perSource.insert(key, record.size);
            perSourceStarted.insert(key, record.started);
        }
    }
    for (const qint64 size : std::as_const(perSource))
        status.lastSize += size;
    for (const BackupCatalog::Folder &folder : folders) {
        const std::optional<qint64> free = host.freeBytes(folder.path);
        if (free && (!status.freeBytes || *free < *status.freeBytes))
            status.freeBytes = free;
    }
    if (!job.enabled)
        return status;
    const QString zoneName = job.zone.isEmpty() ? hostZone : job.zone;
    const QTimeZone zone = zoneName.isEmpty() ? QTimeZone::utc() : QTimeZone(zoneName.toUtf8());
    const CronExpression schedule = CronExpression::parse(job.cron);
    status.nextRun = schedule.nextRun(now, zone).toUTC();
    BackupAlerts::Input input;
    input.job = job.name;
    input.schedule = schedule;
    input.zone = zone;
    input.records = records;
    input.verifications = verifications;
    input.installed = job.updatedAt;
    input.freeBytes = status.freeBytes;
    input.now = now;
    status.alerts = BackupAlerts::evaluate(input);
    return status;
}

void BackupStatus::note(const HostVerification &verification)
{
    if (!lastVerification || verification.started >= lastVerification->started)
        lastVerification = verification;
    if (verification.ok &&
        (!lastPassedVerification || verification.started >= lastPassedVerification->started))
        lastPassedVerification = verification;
}

QJsonObject BackupStatus::toJson() const
{
    QJsonArray alertList;
    for (const BackupAlerts::Alert &alert : alerts) {
        alertList.append(QJsonObject{
            {QStringLiteral("kind"), BackupAlerts::kindKey(alert.kind)},
            {QStringLiteral("message"), alert.message},
            {QStringLiteral("since"), alert.since.isValid()
                                          ? QJsonValue(alert.since.toUTC().toString(Qt::ISODate))
                                          : QJsonValue()},
        });
    }
    const auto time = [](const QDateTime &at) {
        return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
    };
    return {
        {QStringLiteral("environment"), job.environment},
        {QStringLiteral("job"), job.name},
        {QStringLiteral("enabled"), job.enabled},
        {QStringLiteral("cron"), job.cron},
        {QStringLiteral("next_run"), time(nextRun)},
        {QStringLiteral("last_run"), lastRun ? time(lastRun->started) : QJsonValue()},
        {QStringLiteral("last_result"),
         lastRun ? QJsonValue(lastRun->ok ? QStringLiteral("ok") : QStringLiteral("failed"))
                 : QJsonValue()},
        {QStringLiteral("duration_ms"),
         lastRun ? QJsonValue(double(lastRun->durationMs)) : QJsonValue()},
        {QStringLiteral("size"), double(lastSize)},
        {QStringLiteral("free_bytes"), freeBytes ? QJsonValue(double(*freeBytes)) : QJsonValue()},
        {QStringLiteral("alerts"), alertList},
        {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
        {QStringLiteral("verify_cron"), job.verifyCron},
        {QStringLiteral("last_verification"),
         lastVerification ? QJsonValue(lastVerification->toJson()) : QJsonValue()},
    };
}

} // namespace blihops
