#pragma once

#include "backup/BackupJob.h"
#include "backup/BackupRecord.h"

#include <QCoreApplication>
#include <QList>
#include <atomic>
#include <functional>

namespace blihops {

class BackupHost;

// "Back up now": the job's installed script run on its host exactly as its schedule runs it.
// Blocks: worker threads and the CLI only.
class BackupRunNow
{
    Q_DECLARE_TR_FUNCTIONS(BackupRunNow)

public:
    struct Result
    {
        int exitCode = -1; // the script's: 0 ok, 1 a backup failed, 75 another run holds the lock
        QString error;     // how it ended, when it did not end with 0
        qint64 durationMs = 0;
        QList<BackupRecord> records; // the manifest lines this run appended
        bool ok() const { return exitCode == 0; }
    };

    // Runs the script to its end; progress gets each line the script prints. Once *cancel
    // holds, the script is stopped (what it wrote so far stays a .partial, which its next
    // run removes).
    static Result run(BackupHost &host, const BackupJob &job,
                      const std::function<void(const QString &)> &progress = {},
                      const std::atomic<bool> *cancel = nullptr);
    // "ok", "locked" (another run held the lock) or "failed".
    static QString outcome(const Result &result);
    // Starts the script on the host in the background (its output appended to the job's log)
    // and returns its pid there.
    static qint64 start(BackupHost &host, const BackupJob &job);
};

} // namespace blihops
