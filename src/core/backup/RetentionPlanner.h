#pragma once

#include "backup/BackupRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace blihops {

// Which backups of one job's folder go, and why: the preview `backup prune --dry-run`
// shows, and exactly the list a prune then deletes.
//
// Only the manifest decides. Per source (each database, each volume), the newest keepMin
// good backups stay however old they are; other good backups stay while younger than
// keepDays. A good backup is a successful run whose file is there with the size the
// manifest gives: failed runs, and backups whose file is missing or has another size, never
// count toward keepMin. A failed run's file (should one be left) goes once older than
// keepDays. A file the manifest does not name is reported and never deleted, and so is a
// file whose size disagrees with its line (it is not the backup the line describes). Hidden
// files (the script's .lock and .partials) and the manifest itself are not reported.
// Nothing is matched by a name pattern.
class RetentionPlanner
{
    Q_DECLARE_TR_FUNCTIONS(RetentionPlanner)

public:
    struct Policy
    {
        int keepDays = 30;
        int keepMin = 3;
    };

    // A file in the job's folder, as `stat` lists it.
    struct PresentFile
    {
        QString name;
        qint64 size = 0;
    };

    struct Decision
    {
        QString file;
        QString id; // the manifest line's id
        qint64 size = 0;
        QString reason;
    };

    struct Plan
    {
        QList<Decision> remove;     // what a prune deletes
        QList<Decision> keep;       // what stays, with the rule that keeps it
        QList<Decision> mismatched; // named by the manifest, but of another size: kept
        QStringList unknownFiles;   // not in the manifest: kept
        QStringList missingFiles;   // in the manifest, not on disk
    };

    static Plan plan(const QList<BackupRecord> &records, const QList<PresentFile> &present,
                     const Policy &policy, const QDateTime &now);
};

} // namespace blihops
