#pragma once

#include "LabSupport.h"
#include "remote/Process.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <csignal>
#include <sys/prctl.h>

namespace blihops::test {

// An ssh-agent of our own holding the lab's key, as on a workstation: SSH_AUTH_SOCK points
// at it while it lives. It ends with this object, or with the process however that ends
// (a crash, or a helper that gives up with exit(), which runs no destructor).
class SshAgent
{
public:
    explicit SshAgent(const QString &dir)
    {
        using namespace std::chrono_literals;
        const QString socket = dir + QStringLiteral("/agent.sock");
        m_process.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_process.start(QStringLiteral("ssh-agent"),
                        {QStringLiteral("-D"), QStringLiteral("-a"), socket});
        const QDeadlineTimer deadline(5s);
        while (!QFile::exists(socket) && !deadline.hasExpired())
            QThread::msleep(20);
        if (!QFile::exists(socket)) {
            m_error = QStringLiteral("ssh-agent did not start");
            return;
        }
        qputenv("SSH_AUTH_SOCK", socket.toLocal8Bit());
        const ProcessResult added =
            Process::run(QStringLiteral("ssh-add"), {labValue("BLIHOPS_TEST_SSH_IDENTITY")}, 10s);
        if (!added.ok())
            m_error = QStringLiteral("ssh-add failed: ") + added.summary();
    }

    ~SshAgent()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }

    SshAgent(const SshAgent &) = delete;
    SshAgent &operator=(const SshAgent &) = delete;

    // Empty when the agent runs with the lab's key.
    QString error() const { return m_error; }

private:
    QProcess m_process;
    QString m_error;
};

} // namespace blihops::test
