#pragma once

#include "backup/BackupAlerts.h"
#include "backup/BackupJob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace blihops {

class BackupHost;

// Where a job stands, from its manifests and its destination on the host: the last run, the
// next one (in the host's zone), the free space and the alerts (BackupAlerts). Blocks:
// worker threads and the CLI only.
struct BackupStatus
{
    Q_DECLARE_TR_FUNCTIONS(BackupStatus)

public:
    BackupJob job;
    std::optional<BackupRecord> lastRun; // the newest line of any kind
    // The newest scheduled verification on the host, of any source, and the newest that
    // passed (a failed one of one source does not undo another's proof).
    std::optional<HostVerification> lastVerification;
    std::optional<HostVerification> lastPassedVerification;
    QDateTime nextRun;                 // UTC; invalid for a disabled job
    std::optional<qint64> freeBytes;   // the fuller of the job's destinations
    qint64 lastSize = 0;               // the newest good backup of each source, added up
    QList<BackupAlerts::Alert> alerts; // none for a disabled job
    QStringList problems;              // manifest lines that could not be read

    // hostZone: the zone the host reports, for a job that has none of its own.
    static BackupStatus of(BackupHost &host, const BackupJob &job, const QString &hostZone,
                           const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Takes a verification found on the host into lastVerification and
    // lastPassedVerification.
    void note(const HostVerification &verification);

    // {"environment","job","enabled","cron","next_run","last_run","last_result",
    //  "duration_ms","size","free_bytes","alerts":[{"kind","message","since"}],"problems",
    //  "verify_cron","last_verification":{HostVerification::toJson()} or null}
    QJsonObject toJson() const;
};

} // namespace blihops
