#pragma once

#include "backup/BackupAlerts.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace blihops {

class Workspace;
struct BackupStatus;

// What each check of an environment's backup jobs found (`backup status`, the console's
// refresh), kept in the workspace: the dashboard shows backup health from it, so a manager
// needs no way onto the hosts. Removing an environment removes its checks.
class BackupHealthLog
{
public:
    struct Alert
    {
        QString job;
        BackupAlerts::Kind kind = BackupAlerts::Kind::Failed;
        QDateTime since; // may be invalid
    };
    struct Check
    {
        QString environment;
        QDateTime checkedAt; // UTC
        QString checkedBy;
        int jobs = 0;
        QList<Alert> alerts;
        QDateTime lastRunAt; // the newest run of any job; invalid when none ran yet
        bool lastRunOk = false;
        // The newest passing verification on a host (a job's schedule), and its backup;
        // invalid when none passed yet.
        QDateTime lastVerifiedAt;
        QString lastVerifiedBackup;
        bool healthy() const { return alerts.isEmpty(); }
    };

    // Checks older than this (before the newest one recorded) are removed.
    static constexpr int kKeepDays = 90;

    explicit BackupHealthLog(Workspace &workspace) : m_workspace(workspace) {}

    // Records the statuses of environment's jobs, as checked at at, and removes its checks
    // from more than kKeepDays before. Throws Error(NotFound) for an unknown environment.
    void record(const QString &environment, const QList<BackupStatus> &statuses,
                const QDateTime &at = QDateTime::currentDateTimeUtc());
    // The newest check of environment, or nullopt when there was none.
    std::optional<Check> latest(const QString &environment);

private:
    Workspace &m_workspace;
};

} // namespace blihops
