#pragma once

#include "backup/BackupJob.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace blihops {

class BackupHost;

// Puts a job on its host and takes it away again: the script (BackupScript) written to
// BackupScript::scriptPath() with mode 700, and its schedule, either a marked block in the
// login's crontab (read with `crontab -l`, only the block replaced, every other byte kept,
// written back with `crontab -`) or a systemd timer with Persistent=true (user units for an
// ordinary login, system units for root). Blocks: worker threads and the CLI only.
class BackupInstaller
{
    Q_DECLARE_TR_FUNCTIONS(BackupInstaller)

public:
    // What the schedule runs: the script with sh, DOCKER_HOST set when the engine's socket is
    // not the default one (cron and systemd start jobs with an empty environment).
    static QStringList runArgv(const BackupJob &job, const QString &dockerHost);
    // What the job's scheduled verification runs: the same script in its verify mode.
    static QStringList verifyArgv(const BackupJob &job, const QString &dockerHost);
    // The exact schedule entry install writes, for review: the crontab block (one line for
    // the backups, one for a scheduled verification), or the systemd units with their paths
    // (a service and a timer for each).
    static QString scheduleEntry(const BackupJob &job, const QString &dockerHost);

    // Writes the script and installs (or replaces) the schedule. Throws Error naming what
    // failed on the host; for systemd on a host without it, Error(BadInput) before anything
    // is written.
    static void install(BackupHost &host, const BackupJob &job, const QString &composeProject);

    struct Removal
    {
        QStringList deleted; // backups and the job's bookkeeping, with --delete-backups
        QStringList kept;    // files the manifest does not name: never deleted
    };
    // Takes the schedule, the script and its log away; with deleteBackups also every file
    // the job's manifests name, the manifests and the script's bookkeeping, then the folders
    // if nothing else is left in them.
    static Removal remove(BackupHost &host, const BackupJob &job, bool deleteBackups);

    // The login's crontab as `crontab -l` prints it (empty when it has none).
    static QByteArray readCrontab(BackupHost &host);
};

} // namespace blihops
