#include "SshAgent.h"

#include "BenchLab.h"
#include "remote/Process.h"

#include <QFile>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <sys/prctl.h>

using namespace std::chrono_literals;

namespace blihops::bench {

SshAgent::SshAgent(const QString &dir)
{
    const QString socket = dir + QStringLiteral("/agent.sock");
    m_process.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start(QStringLiteral("ssh-agent"),
                    {QStringLiteral("-D"), QStringLiteral("-a"), socket});
    waitUntil([&] { return QFile::exists(socket); }, 5s, "ssh-agent");
    qputenv("SSH_AUTH_SOCK", socket.toLocal8Bit());
    const ProcessResult added =
        Process::run(QStringLiteral("ssh-add"), {lab("BLIHOPS_TEST_SSH_IDENTITY")}, 10s);
    if (!added.ok()) {
        std::fprintf(stderr, "ssh-add failed: %s\n", qPrintable(added.summary()));
        std::exit(1);
    }
}

SshAgent::~SshAgent()
{
    m_process.terminate();
    m_process.waitForFinished(5000);
}

} // namespace blihops::bench
