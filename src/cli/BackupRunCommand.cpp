#include "BackupRunCommand.h"

#include "BackupCli.h"
#include "CliContext.h"
#include "backup/BackupJobRepository.h"
#include "backup/BackupRunNow.h"
#include "backup/BackupScript.h"
#include "util/ExitCode.h"
#include "workspace/EnvironmentRepository.h"

#include <QJsonArray>

namespace blihops::cli {

namespace {

const QCommandLineOption kWait(QStringLiteral("wait"),
                               QStringLiteral("Wait for the run to end, showing its progress."));

} // namespace

QList<QCommandLineOption> BackupRunCommand::options() const
{
    return {kWait, CliContext::trustHostKeyOption()};
}

int BackupRunCommand::run(CliContext &context, const QCommandLineParser &parser,
                          const QStringList &positional)
{
    const Environment environment =
        EnvironmentRepository(context.workspace()).get(positional.at(0));
    const BackupJob job =
        BackupJobRepository(context.workspace()).get(environment.name, positional.at(1));
    BackupHost host = BackupCli::connect(parser, environment);
    if (parser.isSet(kWait)) {
        const QJsonObject summary = BackupCli::runNow(context, host, job);
        if (context.json())
            context.printJson(summary);
        else
            context.out() << QStringLiteral("%1/%2: %3, %4 backups written\n")
                                 .arg(job.environment, job.name,
                                      summary.value(QStringLiteral("result")).toString())
                                 .arg(summary.value(QStringLiteral("backups")).toArray().size());
        return summary.value(QStringLiteral("result")).toString() == QLatin1String("ok")
                   ? ExitOk
                   : ExitCheckFailed;
    }
    const qint64 pid = BackupRunNow::start(host, job);
    const QJsonObject summary = {
        {QStringLiteral("environment"), job.environment},      {QStringLiteral("job"), job.name},
        {QStringLiteral("result"), QStringLiteral("started")}, {QStringLiteral("pid"), double(pid)},
        {QStringLiteral("log"), BackupScript::logPath(job)},
    };
    BackupCli::audit(context, QStringLiteral("backup.run"), job, summary);
    if (context.json())
        context.printJson(summary);
    else
        context.out() << QStringLiteral("Started %1/%2 on %3 (pid %4); its output goes to %5\n")
                             .arg(job.environment, job.name, host.display())
                             .arg(pid)
                             .arg(BackupScript::logPath(job));
    return ExitOk;
}

} // namespace blihops::cli
