#pragma once

#include "backup/BackupJob.h"

#include <QCoreApplication>
#include <QString>

namespace blihops {

// The POSIX sh script that runs a job on the Docker host, from cron or a systemd timer, with
// no workstation involved. What it does, in order (docs/backups.md has the details):
//  1. takes the job's lock (flock, or a mkdir lock where flock is missing): a second run
//     while one is under way exits 75 and touches nothing; then removes what a killed run
//     left (the *.partial files it listed in .partials);
//  2. for each database: finds the running container of the compose service by the labels
//     com.docker.compose.project and .service, opens a REPEATABLE READ transaction and
//     exports its snapshot, runs `pg_dump -Fc --snapshot` inside the container while the
//     same session computes TableChecksumSql's figures in that snapshot;
//  3. for each volume (its mount point when root, else a throwaway container of the stack's
//     own image mounting it read-only) and host path: tar, compressed with zstd (gzip where
//     zstd is missing), while every regular file's size and SHA-256 are listed;
//  4. writes each backup as NAME.partial, fsyncs it, takes its size and SHA-256, appends one
//     line to the folder's manifest.jsonl, then renames it into place; with a second copy,
//     sends it over ssh, where its SHA-256 is checked before it is renamed;
//  5. on any failure appends a failed line with the error and POSTs to the webhook (curl,
//     else wget), then exits 1.
// Every name and path of the job enters the script through shellQuote() only.
//
// Files: <databaseDestination>/<job>/ and <storageDestination>/<job>/, each with its
// manifest.jsonl; names SOURCE-YYYYMMDDTHHMMSSZ.dump and SOURCE-STAMP.tar.zst (or .tar.gz),
// SOURCE made file-safe by fileToken().
class BackupScript
{
    Q_DECLARE_TR_FUNCTIONS(BackupScript)

public:
    // Throws Error(BadInput) for a job that does not validate.
    static QString generate(const BackupJob &job, const QString &composeProject);

    // The job's folder for one kind of backup.
    static QString databaseFolder(const BackupJob &job);
    static QString storageFolder(const BackupJob &job);
    // Where the installer puts the script and its log: <first destination>/.blihops/.
    static QString scriptPath(const BackupJob &job);
    static QString logPath(const BackupJob &job);
    // A database, volume or path as a file-name part: [A-Za-z0-9._-], others as '_', at most
    // 64 characters, never empty or starting with a dot.
    static QString fileToken(const QString &source);

    // Exit statuses of the script.
    static constexpr int ExitFailed = 1;
    static constexpr int ExitLocked = 75;
};

} // namespace blihops
