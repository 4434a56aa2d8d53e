#pragma once

#include "backup/BackupJob.h"
#include "workspace/Environment.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <optional>

namespace blihops {

class BackupHost;
class Workspace;

// What `backup schedule install` does, in the steps the command line and the console's
// wizard share: what an environment's compose files offer to back up, a compose volume name
// as the engine knows it, the job put on its host, the job saved with its audit entry.
class BackupSchedule
{
    Q_DECLARE_TR_FUNCTIONS(BackupSchedule)

public:
    // What the compose files offer to back up.
    struct Sources
    {
        // The PostgreSQL services, as the smoke suite finds them, each with the databases it
        // is known to hold (POSTGRES_DB, else its user, then the environment's databases).
        QMap<QString, QStringList> databases;
        QStringList volumes; // the top-level volumes, as the compose files name them
        QStringList paths;   // absolute host paths the services mount (bind mounts)
    };

    // Throws the compose files' Error(BadInput) naming the file and line.
    static Sources sources(const Environment &environment);

    // A volume as the compose file writes it, as the engine names it: the name: it sets (or
    // its own name when external), else <project>_<name>. Throws Error(BadInput) for a name
    // the compose files do not declare, listing those they do.
    static QString engineVolume(const Environment &environment, const QString &name);

    // The exact schedule entry and script install writes, for review, as `backup schedule
    // show` prints them. Throws Error(BadInput) for a job that does not validate.
    static QString review(const BackupJob &job, const Environment &environment);

    // Puts job on host (BackupInstaller::install); the previous version of the job (same
    // name) loses its schedule first when it used another scheduler or script folder, which
    // would otherwise go on running it. Blocks: worker threads and the CLI only.
    static void install(BackupHost &host, const BackupJob &job,
                        const std::optional<BackupJob> &previous, const QString &composeProject);

    // Adds the job, or replaces the one called originalName, with its backup.install audit
    // entry, in one transaction; returns it as stored.
    static BackupJob save(Workspace &workspace, const BackupJob &job, const QString &originalName,
                          const QString &hostDisplay);

    // The audit entry of a backup action (backup.install, backup.run, …): subject ENV/JOB,
    // details as compact JSON; who did it is Workspace::actor().
    static void audit(Workspace &workspace, const QString &action, const BackupJob &job,
                      const QJsonObject &details);
};

} // namespace blihops
