#include "backup/BackupPruner.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupHost.h"
#include "util/Error.h"

namespace blihops {

QList<BackupPruner::Result> BackupPruner::prune(BackupHost &host, const BackupJob &job, bool dryRun,
                                                const QDateTime &now)
{
    QList<Result> results;
    for (const BackupCatalog::Folder &folder : BackupCatalog::read(host, job)) {
        Result result;
        result.folder = folder.path;
        result.plan = RetentionPlanner::plan(folder.manifest.records, folder.present,
                                             {job.keepDays, job.keepMin}, now);
        QStringList paths;
        for (const RetentionPlanner::Decision &decision : std::as_const(result.plan.remove))
            paths << folder.path + QLatin1Char('/') + decision.file;
        if (!dryRun && !paths.isEmpty()) {
            host.runOrThrow(
                QStringList{QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--")} +
                    paths,
                tr("delete old backups in %1").arg(folder.path));
            result.deleted = paths;
        }
        results << result;
    }
    return results;
}

QString BackupPruner::deleteOne(BackupHost &host, const BackupCatalog::Entry &entry)
{
    if (entry.record.file.isEmpty()) {
        throw Error(
            ErrorKind::BadInput,
            tr("Backup %1 is a failed run: it has no file to delete.").arg(entry.record.id));
    }
    host.runOrThrow(
        {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), entry.path()},
        tr("delete %1").arg(entry.path()));
    return entry.path();
}

} // namespace blihops
