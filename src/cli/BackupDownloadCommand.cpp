#include "BackupDownloadCommand.h"

#include "BackupCli.h"
#include "CliContext.h"
#include "backup/BackupDownload.h"
#include "util/ExitCode.h"
#include "workspace/EnvironmentRepository.h"

#include <QTextStream>

namespace blihops::cli {

QList<QCommandLineOption> BackupDownloadCommand::options() const
{
    return {CliContext::trustHostKeyOption()};
}

int BackupDownloadCommand::run(CliContext &context, const QCommandLineParser &parser,
                               const QStringList &positional)
{
    const Environment environment =
        EnvironmentRepository(context.workspace()).get(positional.at(0));
    BackupHost host = BackupCli::connect(parser, environment);
    const auto [job, entry] = BackupCli::findBackup(context, host, environment, positional.at(1));
    QTextStream err(stderr);
    err << QStringLiteral("Copying %1 (%2 bytes) from %3…\n")
               .arg(entry.path())
               .arg(entry.record.size)
               .arg(host.display());
    err.flush();
    const BackupDownload::Result result = BackupDownload::download(host, entry, positional.at(2));
    const QJsonObject document = {
        {QStringLiteral("id"), entry.record.id},       {QStringLiteral("job"), job.name},
        {QStringLiteral("source"), entry.path()},      {QStringLiteral("path"), result.path},
        {QStringLiteral("size"), double(result.size)}, {QStringLiteral("sha256"), result.sha256},
        {QStringLiteral("verified"), result.ok},       {QStringLiteral("error"), result.error},
    };
    BackupCli::audit(context, QStringLiteral("backup.download"), job, document);
    if (context.json())
        context.printJson(document);
    if (!result.ok) {
        err << QStringLiteral("blihopsctl: %1\n").arg(result.error);
        return ExitCheckFailed;
    }
    if (!context.json())
        context.out() << QStringLiteral("%1: SHA-256 %2 matches the manifest\n")
                             .arg(result.path, result.sha256);
    return ExitOk;
}

} // namespace blihops::cli
