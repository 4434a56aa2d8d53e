#include "BackupScheduleShowCommand.h"

#include "BackupCli.h"
#include "CliContext.h"
#include "backup/BackupInstaller.h"
#include "backup/BackupJobRepository.h"
#include "backup/BackupScript.h"
#include "workspace/EnvironmentRepository.h"

namespace blihops::cli {

QList<QCommandLineOption> BackupScheduleShowCommand::options() const
{
    return {};
}

int BackupScheduleShowCommand::run(CliContext &context, const QCommandLineParser &,
                                   const QStringList &positional)
{
    const Environment environment =
        EnvironmentRepository(context.workspace()).get(positional.at(0));
    const BackupJob job =
        BackupJobRepository(context.workspace()).get(environment.name, positional.at(1));
    const QString entry =
        BackupInstaller::scheduleEntry(job, BackupHost::dockerHostFor(environment));
    const QString script = BackupScript::generate(job, environment.projectName);
    if (context.json()) {
        QJsonObject document = BackupCli::jobJson(job);
        document.insert(QStringLiteral("script_path"), BackupScript::scriptPath(job));
        document.insert(QStringLiteral("script"), script);
        document.insert(QStringLiteral("entry"), entry);
        context.printJson(document);
        return 0;
    }
    QTextStream &out = context.out();
    out << "# Schedule entry (" << BackupJob::schedulerKey(job.scheduler) << ")\n"
        << entry << (entry.endsWith(QLatin1Char('\n')) ? "" : "\n") << "\n# "
        << BackupScript::scriptPath(job) << " (mode 700)\n"
        << script;
    return 0;
}

} // namespace blihops::cli
