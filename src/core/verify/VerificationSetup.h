#pragma once

#include "backup/BackupHost.h"
#include "backup/BackupJob.h"
#include "verify/PostgresContainer.h"
#include "verify/RestoreVerification.h"
#include "workspace/Environment.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace blihops {

// What one verification needs, connected, for the GUI's dialog and `blihopsctl verify`
// alike: the backup (a catalog entry of its job, on the environment's host) or a file on
// this machine or on the environment's host; whether it is a storage archive (streamed: no server)
// or a dump; the host of the target environment's PostgreSQL server (the backup's own host when the
// engines are the same), its service and login (the job's on its own environment, else the target's
// first PostgreSQL service and the container's default login). Blocks: worker threads and
// the CLI only. Neither copied nor moved: the verification points into it.
class VerificationSetup
{
    Q_DECLARE_TR_FUNCTIONS(VerificationSetup)

public:
    struct Backup
    {
        BackupJob job;
        BackupCatalog::Entry entry;
    };

    // A file that is no catalog's backup: on this machine, or on the environment's host.
    struct File
    {
        QString path;
        bool onHost = false;
    };

    // sourceHost: the environment's host that holds backup or the file on it (none for a
    // file here). connect reaches the target's host when it is another (its host-key trust
    // is the caller's). A file on the host is read first (its size and first bytes, once):
    // one that cannot be read throws Error(BadInput) naming it and the host (Unreachable when
    // the host does not answer), one that is neither a dump nor an archive Error(BadInput),
    // before the target is reached.
    VerificationSetup(const Environment &environment, const Environment &target,
                      std::optional<BackupHost> sourceHost, std::optional<Backup> backup,
                      const File &file,
                      const std::function<BackupHost(const Environment &)> &connect);
    VerificationSetup(const VerificationSetup &) = delete;
    VerificationSetup &operator=(const VerificationSetup &) = delete;

    bool storage() const { return m_storage; }
    const Environment &target() const { return m_target; }
    // The target's PostgreSQL server: for a dump only. Throws Error(Unreachable) when its
    // container is not running.
    PostgresContainer server();
    // A new verification of it.
    RestoreVerification verification();

private:
    Environment m_environment;
    Environment m_target;
    std::optional<BackupHost> m_sourceHost;
    std::optional<BackupHost> m_otherHost;
    std::optional<Backup> m_backup;
    File m_file;
    std::optional<RestoreVerification::Probe> m_hostFileProbe; // of a file on the host
    bool m_storage = false;
    QString m_service;
    QString m_user;

    BackupHost *targetHost();
};

} // namespace blihops
