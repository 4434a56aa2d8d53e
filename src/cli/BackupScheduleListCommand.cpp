#include "BackupScheduleListCommand.h"

#include "BackupCli.h"
#include "CliContext.h"
#include "backup/BackupJobRepository.h"

#include <QJsonArray>

namespace blihops::cli {

QList<QCommandLineOption> BackupScheduleListCommand::options() const
{
    return {};
}

int BackupScheduleListCommand::run(CliContext &context, const QCommandLineParser &,
                                   const QStringList &positional)
{
    const QList<BackupJob> jobs =
        BackupJobRepository(context.workspace()).list(positional.value(0));
    if (context.json()) {
        QJsonArray list;
        for (const BackupJob &job : jobs)
            list.append(BackupCli::jobJson(job));
        context.printJson({{QStringLiteral("jobs"), list}});
        return 0;
    }
    QTextStream &out = context.out();
    if (jobs.isEmpty())
        out << "No backup jobs.\n";
    for (const BackupJob &job : jobs) {
        QStringList what;
        for (const QString &database : job.databases)
            what << job.databaseService + QLatin1Char(':') + database;
        what << job.volumes << job.paths;
        out << QStringLiteral("%1/%2  %3  %4  keep %5 days, at least %6  %7%8\n")
                   .arg(job.environment, job.name, job.cron, BackupJob::schedulerKey(job.scheduler))
                   .arg(job.keepDays)
                   .arg(job.keepMin)
                   .arg(what.join(QStringLiteral(", ")),
                        job.enabled ? QString() : QStringLiteral("  (disabled)"));
    }
    return 0;
}

} // namespace blihops::cli
