// A remote command over the SSH master against a fresh ssh connection, alternately:
//   master: SshConnection::run({"true"}) with the master up, as the app runs commands
//           (it checks the master with `ssh -O check`, then runs over it)
//   fresh:  ssh -o BatchMode=yes -o UserKnownHostsFile=… -p PORT user@host true, a new
//           connection each time (key exchange and login included)
// Both are started the same way (Process::run) and find the key in the same agent.
// Usage: sshhelper RUNS
#include "BenchLab.h"
#include "remote/Process.h"
#include "remote/SshConnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace blihops;
using namespace std::chrono_literals;

namespace {

double timeMs(const std::function<ProcessResult()> &command)
{
    QElapsedTimer timer;
    timer.start();
    const ProcessResult result = command();
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    if (!result.ok()) {
        std::fprintf(stderr, "remote true failed: %s\n", qPrintable(result.summary()));
        std::exit(1);
    }
    return elapsed;
}

void print(const char *what, const QList<double> &times, double baseline)
{
    const double median = bench::median(times);
    std::printf("%-32s median %7.1f ms   min %7.1f ms   %5.2fx baseline\n", what, median,
                *std::min_element(times.begin(), times.end()), median / baseline);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: sshhelper RUNS\n");
        return 2;
    }
    const int runs = QByteArray(argv[1]).toInt();
    QTemporaryDir dir;
    const bench::LabSsh ssh(dir.path());
    const HostKeyStore &keys = ssh.keys();
    const SshTarget target = bench::sshTarget();
    const std::shared_ptr<SshConnection> connection = SshConnection::acquire(target, keys);
    connection->connect();

    // ControlPath=none: a master from the user's own ssh config must not serve this one.
    const QStringList fresh = {
        QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
        QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + keys.path(),
        QStringLiteral("-o"), QStringLiteral("ControlPath=none"),
        QStringLiteral("-p"), QString::number(target.port),
        target.destination(), QStringLiteral("true")};
    QList<double> overMaster;
    QList<double> overFresh;
    for (int run = 0; run <= runs; ++run) { // run 0 warms up
        const double master =
            timeMs([&] { return connection->run({QStringLiteral("true")}, 20s); });
        const double plain =
            timeMs([&] { return Process::run(QStringLiteral("ssh"), fresh, 20s); });
        if (run == 0)
            continue;
        overMaster << master;
        overFresh << plain;
    }
    const double baseline = bench::median(overFresh);
    print("baseline: fresh ssh true", overFresh, baseline);
    print("SshConnection::run over master", overMaster, baseline);
    return 0;
}
