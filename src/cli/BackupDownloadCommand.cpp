#include "BackupDownloadCommand.h"

#include "BackupCli.h"
#include "CliContext.h"
#include "backup/BackupDownload.h"
#include "backup/BackupJobRepository.h"
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
    // JOB/ID names the job when ids of two jobs are alike.
    QString id = positional.at(1);
    QString onlyJob;
    if (const qsizetype slash = id.indexOf(QLatin1Char('/')); slash > 0) {
        onlyJob = id.left(slash);
        id = id.mid(slash + 1);
    }
    BackupHost host = BackupCli::connect(parser, environment);
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
                        .arg(environment.name, positional.at(1)));
    if (found.size() > 1)
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("Backup %1 is in the manifests of %2 and %3: name it as "
                                   "JOB/%1.")
                        .arg(id, found.at(0).first.name, found.at(1).first.name));
    const auto &[job, entry] = found.first();
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
