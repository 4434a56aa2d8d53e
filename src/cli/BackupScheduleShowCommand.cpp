#include "BackupScheduleShowCommand.h"

#include "BackupCli.h"
#include "CliContext.h"
#include "backup/BackupInstaller.h"
#include "backup/BackupJobRepository.h"
#include "backup/BackupSchedule.h"
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
    if (context.json()) {
        const QString entry =
            BackupInstaller::scheduleEntry(job, BackupHost::dockerHostFor(environment));
        const QString script = BackupScript::generate(job, environment.projectName);
        QJsonObject document = BackupCli::jobJson(job);
        document.insert(QStringLiteral("script_path"), BackupScript::scriptPath(job));
        document.insert(QStringLiteral("script"), script);
        document.insert(QStringLiteral("entry"), entry);
        context.printJson(document);
        return 0;
    }
    context.out() << BackupSchedule::review(job, environment);
    return 0;
}

} // namespace blihops::cli
