#include "verify/VerificationSetup.h"

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
        // An unreadable file is told by the verification's first step.
        const ProcessResult head =
            m_sourceHost->run({QStringLiteral("head"), QStringLiteral("-c"), QStringLiteral("16"),
                               QStringLiteral("--"), m_file.path},
                              std::chrono::seconds(60));
        m_storage = head.ok() &&
                    RestoreVerification::kindOf(head.standardOutput) == BackupRecord::Kind::Storage;
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
    if (m_backup)
        source.entry = m_backup->entry;
    else if (m_file.onHost)
        source.hostFile = m_file.path;
    else
        source.file = m_file.path;
    return RestoreVerification(
        source, {m_target.name, targetHost(), m_target.projectName, m_service, m_user});
}

} // namespace blihops
