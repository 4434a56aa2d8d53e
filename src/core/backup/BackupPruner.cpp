#include "backup/BackupPruner.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupHost.h"

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

} // namespace blihops
