#pragma once

#include "backup/BackupCatalog.h"
#include "backup/BackupJob.h"
#include "backup/RetentionPlanner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace blihops {

class BackupHost;

// Retention carried out: RetentionPlanner over each of the job's folders as the host has it
// (manifest and files), then exactly the files the plan removes are deleted, by name, and
// nothing else; a dry run deletes nothing and shows the same plan. Blocks: worker threads and
// the CLI only.
class BackupPruner
{
    Q_DECLARE_TR_FUNCTIONS(BackupPruner)

public:
    struct Result
    {
        QString folder;
        RetentionPlanner::Plan plan;
        QStringList deleted; // paths on the host; empty for a dry run
    };

    static QList<Result> prune(BackupHost &host, const BackupJob &job, bool dryRun,
                               const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Deletes the one backup file a manifest line names, by that name (its line stays: the
    // manifest is append-only, and a missing file never counts as a good backup). Returns
    // its path. Throws Error(BadInput) for a failed run's line, which has no file.
    static QString deleteOne(BackupHost &host, const BackupCatalog::Entry &entry);
};

} // namespace blihops
