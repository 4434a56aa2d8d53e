#include "BackupCli.h"

#include "CliContext.h"
#include "backup/BackupJobRepository.h"
#include "backup/BackupRunNow.h"
#include "backup/BackupSchedule.h"
#include "backup/BackupScript.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace blihops::cli {

QCommandLineOption BackupCli::jobOption()
{
    return {QStringLiteral("job"), QStringLiteral("Only this backup job."), QStringLiteral("JOB")};
}

BackupHost BackupCli::connect(const QCommandLineParser &parser, const Environment &environment)
{
    return BackupHost::connect(
        environment,
        CliContext::hostKeys(environment, parser.value(CliContext::trustHostKeyOption())));
}

QList<BackupJob> BackupCli::jobs(CliContext &context, const QCommandLineParser &parser,
                                 const Environment &environment)
{
    BackupJobRepository repository(context.workspace());
    if (parser.isSet(jobOption()))
        return {repository.get(environment.name, parser.value(jobOption()))};
    return repository.list(environment.name);
}

QJsonObject BackupCli::jobJson(const BackupJob &job)
{
    return {
        {QStringLiteral("environment"), job.environment},
        {QStringLiteral("job"), job.name},
        {QStringLiteral("database_service"), job.databaseService},
        {QStringLiteral("databases"), QJsonArray::fromStringList(job.databases)},
        {QStringLiteral("volumes"), QJsonArray::fromStringList(job.volumes)},
        {QStringLiteral("paths"), QJsonArray::fromStringList(job.paths)},
        {QStringLiteral("cron"), job.cron},
        {QStringLiteral("verify_cron"), job.verifyCron},
        {QStringLiteral("zone"), job.zone},
        {QStringLiteral("keep_days"), job.keepDays},
        {QStringLiteral("keep_min"), job.keepMin},
        {QStringLiteral("database_destination"), job.databaseDestination},
        {QStringLiteral("storage_destination"), job.storageDestination},
        {QStringLiteral("copy_to"), job.copyTo},
        // The URL is the webhook's credential: only whether there is one.
        {QStringLiteral("webhook"), !job.webhookUrl.isEmpty()},
        {QStringLiteral("scheduler"), BackupJob::schedulerKey(job.scheduler)},
        {QStringLiteral("enabled"), job.enabled},
        {QStringLiteral("updated"), job.updatedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("updated_by"), job.updatedBy},
    };
}

std::pair<BackupJob, BackupCatalog::Entry> BackupCli::findBackup(CliContext &context,
                                                                 BackupHost &host,
                                                                 const Environment &environment,
                                                                 const QString &given)
{
    QString id = given;
    QString onlyJob;
    if (const qsizetype slash = id.indexOf(QLatin1Char('/')); slash > 0) {
        onlyJob = id.left(slash);
        id = id.mid(slash + 1);
    }
    QList<std::pair<BackupJob, BackupCatalog::Entry>> found;
    for (const BackupJob &job : BackupJobRepository(context.workspace()).list(environment.name)) {
        if (!onlyJob.isEmpty() && job.name != onlyJob)
            continue;
        if (const std::optional<BackupCatalog::Entry> entry =
                BackupCatalog::find(BackupCatalog::read(host, job), id))
            found.append({job, *entry});
    }
    if (found.isEmpty())
        throw Error(ErrorKind::NotFound,
                    QStringLiteral("%1 has no backup %2: `blihopsctl backup list %1` shows the "
                                   "ids.")
                        .arg(environment.name, given));
    if (found.size() > 1)
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("Backup %1 is in the manifests of %2 and %3: name it as "
                                   "JOB/%1.")
                        .arg(id, found.at(0).first.name, found.at(1).first.name));
    return found.first();
}

QJsonObject BackupCli::recordJson(const BackupRecord &record, const QString &folder,
                                  const QDateTime &verifiedAt)
{
    return {
        {QStringLiteral("id"), record.id},
        {QStringLiteral("job"), record.job},
        {QStringLiteral("kind"), BackupRecord::kindKey(record.kind)},
        {QStringLiteral("path"),
         record.file.isEmpty() ? QString() : folder + QLatin1Char('/') + record.file},
        {QStringLiteral("size"), double(record.size)},
        {QStringLiteral("sha256"), record.sha256},
        {QStringLiteral("started"), record.started.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("duration_ms"), double(record.durationMs)},
        {QStringLiteral("result"), record.ok ? QStringLiteral("ok") : QStringLiteral("failed")},
        {QStringLiteral("error"), record.error},
        // When restore verification last proved it intact.
        {QStringLiteral("verified_at"), verifiedAt.isValid()
                                            ? QJsonValue(verifiedAt.toUTC().toString(Qt::ISODate))
                                            : QJsonValue()},
    };
}

QJsonObject BackupCli::backupJson(const BackupCatalog::Entry &entry, const QDateTime &verifiedAt)
{
    return recordJson(entry.record, entry.folder, verifiedAt);
}

void BackupCli::warnProblems(const QList<BackupCatalog::Folder> &folders)
{
    QTextStream err(stderr);
    for (const BackupCatalog::Folder &folder : folders) {
        for (const BackupManifest::Problem &problem : folder.manifest.problems)
            err << QStringLiteral("blihopsctl: warning: %1/%2 line %3 skipped: %4\n")
                       .arg(folder.path, BackupManifest::fileName())
                       .arg(problem.line)
                       .arg(problem.message);
        if (folder.manifest.tornLine > 0)
            err << QStringLiteral("blihopsctl: warning: %1/%2 line %3 was never finished (a run "
                                  "killed while writing it): skipped\n")
                       .arg(folder.path, BackupManifest::fileName())
                       .arg(folder.manifest.tornLine);
    }
    err.flush();
}

QJsonObject BackupCli::runNow(CliContext &context, BackupHost &host, const BackupJob &job)
{
    QTextStream err(stderr);
    const BackupRunNow::Result result = BackupRunNow::run(host, job, [&err](const QString &line) {
        err << line << '\n';
        err.flush();
    });
    QJsonArray backups;
    for (const BackupRecord &record : result.records) {
        const QString folder = record.kind == BackupRecord::Kind::Database
                                   ? BackupScript::databaseFolder(job)
                                   : BackupScript::storageFolder(job);
        backups.append(recordJson(record, folder));
    }
    const QString outcome = BackupRunNow::outcome(result);
    const QJsonObject summary = {
        {QStringLiteral("environment"), job.environment},
        {QStringLiteral("job"), job.name},
        {QStringLiteral("result"), outcome},
        {QStringLiteral("exit_code"), result.exitCode},
        {QStringLiteral("duration_ms"), double(result.durationMs)},
        {QStringLiteral("error"), result.error},
        {QStringLiteral("backups"), backups},
    };
    audit(context, QStringLiteral("backup.run"), job, summary);
    if (!result.ok())
        err << QStringLiteral("blihopsctl: the run of %1 %2: %3\n")
                   .arg(job.name,
                        outcome == QLatin1String("locked") ? QStringLiteral("did not start")
                                                           : QStringLiteral("failed"),
                        result.error);
    err.flush();
    return summary;
}

void BackupCli::audit(CliContext &context, const QString &action, const BackupJob &job,
                      const QJsonObject &details)
{
    BackupSchedule::audit(context.workspace(), action, job, details);
}

} // namespace blihops::cli
