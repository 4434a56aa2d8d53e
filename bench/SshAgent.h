#pragma once

#include <QProcess>
#include <QString>

namespace blihops::bench {

// An ssh-agent of our own holding the lab's key, as on a workstation: SSH_AUTH_SOCK points
// at it while it lives. It ends with this object, or with the process however that ends
// (a helper that gives up calls exit(), which runs no destructor).
class SshAgent
{
public:
    explicit SshAgent(const QString &dir);
    ~SshAgent();
    SshAgent(const SshAgent &) = delete;
    SshAgent &operator=(const SshAgent &) = delete;

private:
    QProcess m_process;
};

} // namespace blihops::bench
