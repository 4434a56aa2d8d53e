#include "verify/VerificationSetup.h"

#include "util/Error.h"

#include <QFile>
#include <QFileInfo>

namespace blihops {

VerificationSetup::VerificationSetup(const Environment &environment, const Environment &target,
                                     std::optional<BackupHost> sourceHost,
                                     std::optional<Backup> backup, const File &file,
                                     const std::function<BackupHost(const Environment &)> &connect)
    : m_environment(environment), m_target(target), m_sourceHost(std::move(sourceHost)),
      m_backup(std::move(backup)), m_file(file)
{
    Q_ASSERT(!m_file.onHost || m_sourceHost);
    m_storage = m_backup && m_backup->entry.record.kind == BackupRecord::Kind::Storage;
    if (!m_file.path.isEmpty() && !m_file.onHost) {
        m_file.path = QFileInfo(m_file.path).absoluteFilePath();
        QFile opened(m_file.path);
        if (opened.open(QIODevice::ReadOnly))
            m_storage = RestoreVerification::kindOf(opened.read(16)) == BackupRecord::Kind::Storage;
    } else if (m_file.onHost) {
        // Read once, here: a wrong path is one error before anything else is done (no target
        // reached, no name asked for), and the verification does not read it again.
        RestoreVerification::Probe probed = RestoreVerification::probe(*m_sourceHost, m_file.path);
        if (!probed.result.ok()) {
            // A read that did not end: the host, not the path (one that cannot be reached at
            // all has thrown already, as its connection is made first).
            const bool unreachable = probed.result.status != ProcessResult::Status::Finished;
            QString error = tr("%1 cannot be read on %2: %3.")
                                .arg(m_file.path, m_sourceHost->display(), probed.result.summary());
            if (!unreachable)
                error += QLatin1Char(' ') + tr("Check the path.");
            throw Error(unreachable ? ErrorKind::Unreachable : ErrorKind::BadInput, error);
        }
        m_storage = RestoreVerification::kindOrThrow(probed.head, m_file.path) ==
                    BackupRecord::Kind::Storage;
        m_hostFileProbe = std::move(probed);
    }
    if (m_storage)
        return; // streamed from where it is: no server
    // One host, one connection: the backup's own, when the target's engine is the same.
    if (!m_sourceHost || target.engineUrl != environment.engineUrl)
        m_otherHost.emplace(connect(target));
    const bool ownServer = m_backup && target.name == environment.name;
    m_service = ownServer ? m_backup->job.databaseService : PostgresContainer::serviceOf(target);
    m_user = ownServer ? m_backup->job.databaseUser : QString();
}

BackupHost *VerificationSetup::targetHost()
{
    return m_otherHost ? &*m_otherHost : m_sourceHost ? &*m_sourceHost : nullptr;
}

PostgresContainer VerificationSetup::server()
{
    Q_ASSERT(!m_storage);
    return PostgresContainer::find(*targetHost(), m_target.projectName, m_service, m_user);
}

RestoreVerification VerificationSetup::verification()
{
    RestoreVerification::Source source;
    source.environment = m_environment.name;
    if (m_backup || m_file.onHost)
        source.host = &*m_sourceHost;
    if (m_backup) {
        source.entry = m_backup->entry;
    } else if (m_file.onHost) {
        source.hostFile = m_file.path;
        source.hostFileProbe = m_hostFileProbe;
    } else {
        source.file = m_file.path;
    }
    return RestoreVerification(
        source, {m_target.name, targetHost(), m_target.projectName, m_service, m_user});
}

} // namespace blihops
