#include "backup/BackupRunNow.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupHost.h"
#include "backup/BackupInstaller.h"
#include "backup/BackupScript.h"
#include "util/Error.h"

#include <QElapsedTimer>
#include <QSet>

using namespace std::chrono_literals;

namespace blihops {

namespace {

void requireScript(BackupHost &host, const BackupJob &job)
{
    if (!host.run({QStringLiteral("test"), QStringLiteral("-f"), BackupScript::scriptPath(job)},
                  30s)
             .ok()) {
        throw Error(ErrorKind::NotFound,
                    BackupRunNow::tr("The script of %1 is not on %2 (%3): install the job's "
                                     "schedule again.")
                        .arg(job.name, host.display(), BackupScript::scriptPath(job)));
    }
}

QSet<QString> idsIn(const QList<BackupCatalog::Folder> &folders)
{
    QSet<QString> ids;
    for (const BackupCatalog::Entry &entry : BackupCatalog::entries(folders))
        ids << entry.record.id;
    return ids;
}

} // namespace

BackupRunNow::Result BackupRunNow::run(BackupHost &host, const BackupJob &job,
                                       const std::function<void(const QString &)> &progress,
                                       const std::atomic<bool> *cancel)
{
    requireScript(host, job);
    const QSet<QString> before = idsIn(BackupCatalog::read(host, job));
    QElapsedTimer clock;
    clock.start();
    const ProcessResult ended =
        host.stream(BackupInstaller::runArgv(job, host.dockerHost()), progress, {}, cancel);
    Result result;
    result.durationMs = clock.elapsed();
    result.exitCode = ended.status == ProcessResult::Status::Finished ? ended.exitCode : -1;
    if (result.exitCode == BackupScript::ExitLocked)
        result.error = tr("Another run of %1 is under way: this one did not start.").arg(job.name);
    else if (cancel && cancel->load())
        result.error = tr("Cancelled: the run of %1 was stopped.").arg(job.name);
    else if (!ended.ok())
        result.error = ended.summary();
    for (const BackupCatalog::Entry &entry :
         BackupCatalog::entries(BackupCatalog::read(host, job))) {
        if (!before.contains(entry.record.id))
            result.records << entry.record;
    }
    return result;
}

QString BackupRunNow::outcome(const Result &result)
{
    if (result.ok())
        return QStringLiteral("ok");
    return result.exitCode == BackupScript::ExitLocked ? QStringLiteral("locked")
                                                       : QStringLiteral("failed");
}

qint64 BackupRunNow::start(BackupHost &host, const BackupJob &job)
{
    requireScript(host, job);
    const QByteArray pid = host.runOrThrow(
        QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("log=$1; shift; nohup \"$@\" </dev/null >>\"$log\" 2>&1 & "
                                   "echo $!"),
                    QStringLiteral("sh"), BackupScript::logPath(job)} +
            BackupInstaller::runArgv(job, host.dockerHost()),
        tr("start the backup %1").arg(job.name));
    return pid.trimmed().toLongLong();
}

} // namespace blihops
