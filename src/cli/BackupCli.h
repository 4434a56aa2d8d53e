#pragma once

#include "backup/BackupCatalog.h"
#include "backup/BackupHost.h"
#include "backup/BackupJob.h"
#include "workspace/Environment.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace blihops::cli {

class CliContext;

// What the `backup` commands share: the job option, reaching the environment's host with
// --trust-host-key, the JSON of jobs and backups, and the audit entry of each action.
class BackupCli
{
public:
    static QCommandLineOption jobOption();
    static BackupHost connect(const QCommandLineParser &parser, const Environment &environment);
    // The environment's jobs, or only --job's (Error(NotFound) naming it).
    static QList<BackupJob> jobs(CliContext &context, const QCommandLineParser &parser,
                                 const Environment &environment);

    // The backup whose id is id (or JOB/ID, when ids of two jobs are alike) among the
    // environment's jobs. Throws Error(NotFound) or, for an id of two jobs, Error(BadInput).
    static std::pair<BackupJob, BackupCatalog::Entry> findBackup(CliContext &context,
                                                                 BackupHost &host,
                                                                 const Environment &environment,
                                                                 const QString &id);

    static QJsonObject jobJson(const BackupJob &job);
    // {"id","job","kind","path","size","sha256","started","duration_ms","result","error",
    //  "verified_at"}
    // verifiedAt: when restore verification last proved it intact (null: never).
    static QJsonObject backupJson(const BackupCatalog::Entry &entry,
                                  const QDateTime &verifiedAt = {});
    static QJsonObject recordJson(const BackupRecord &record, const QString &folder,
                                  const QDateTime &verifiedAt = {});
    // Manifest lines that could not be read, one warning each on stderr.
    static void warnProblems(const QList<BackupCatalog::Folder> &folders);
    // Runs the job now with its progress on stderr and records it: {"environment","job",
    // "result":"ok"|"failed"|"locked","exit_code","duration_ms","error","backups":[...]}.
    static QJsonObject runNow(CliContext &context, BackupHost &host, const BackupJob &job);
    static void audit(CliContext &context, const QString &action, const BackupJob &job,
                      const QJsonObject &details);
};

} // namespace blihops::cli
