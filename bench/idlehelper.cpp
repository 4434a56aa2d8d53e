// CPU used while idle: first SECONDS with no monitor (the baseline: Qt's event loop and
// nothing else), then SECONDS with three environments live once all are ready: the lab's
// development stack over the local socket, its staging stack over the local socket, and
// the development stack again over SSH. CPU is this process's own (every thread, from
// getrusage) plus that of the SSH master it started (from /proc), in % of one core.
// Usage: idlehelper SECONDS
#include "BenchLab.h"
#include "docker/EnvironmentMonitor.h"
#include "remote/Process.h"
#include "remote/SshConnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace blihops;
using namespace std::chrono_literals;

namespace {

struct Idle
{
    double processPercent = 0;
    double masterPercent = 0;
    int events = 0;
};

// The pid ssh -O check reports for a master ("Master running (pid=1234)").
int masterPid(const SshConnection &connection)
{
    const ProcessResult checked = Process::run(
        QStringLiteral("ssh"),
        {QStringLiteral("-o"), QStringLiteral("ControlPath=") + connection.controlPath(),
         QStringLiteral("-p"), QString::number(connection.target().port), QStringLiteral("-O"),
         QStringLiteral("check"), QStringLiteral("--"), connection.target().destination()},
        10s);
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("pid=(\\d+)"))
            .match(QString::fromLocal8Bit(checked.standardError + checked.standardOutput));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

// User and system time of another process, from /proc/PID/stat (fields 14 and 15, in
// clock ticks, counted after the command name, which may hold spaces).
std::chrono::microseconds cpuTimeOf(int pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const long long ticks = fields.value(11).toLongLong() + fields.value(12).toLongLong();
    return std::chrono::microseconds(ticks * 1000000 / sysconf(_SC_CLK_TCK));
}

Idle idleFor(std::chrono::seconds duration, int master)
{
    const auto processBefore = bench::processCpuTime();
    const auto masterBefore = cpuTimeOf(master);
    QElapsedTimer wall;
    wall.start();
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    loop.exec();
    const double wallMicros = double(wall.nsecsElapsed()) / 1e3;
    return {100.0 * double((bench::processCpuTime() - processBefore).count()) / wallMicros,
            100.0 * double((cpuTimeOf(master) - masterBefore).count()) / wallMicros, 0};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: idlehelper SECONDS\n");
        return 2;
    }
    const std::chrono::seconds duration(QByteArray(argv[1]).toInt());
    QTemporaryDir dir;
    const bench::LabSsh ssh(dir.path());
    const HostKeyStore &keys = ssh.keys();

    const Idle baseline = idleFor(duration, 0);

    const QString local = bench::lab("BLIHOPS_TEST_DOCKER_HOST");
    std::vector<std::unique_ptr<EnvironmentMonitor>> monitors;
    monitors.push_back(std::make_unique<EnvironmentMonitor>(
        bench::labEnvironment(QStringLiteral("DEV"), local), keys));
    monitors.push_back(std::make_unique<EnvironmentMonitor>(
        bench::labEnvironment(QStringLiteral("STAGING"), local), keys));
    monitors.push_back(std::make_unique<EnvironmentMonitor>(
        bench::labEnvironment(QStringLiteral("DEV"), bench::sshEngineUrl()), keys));
    int ready = 0;
    int events = 0;
    for (const auto &monitor : monitors) {
        QObject::connect(monitor.get(), &EnvironmentMonitor::ready, [&] { ++ready; });
        QObject::connect(monitor.get(), &EnvironmentMonitor::eventSeen, [&] { ++events; });
        monitor->start(EnvironmentMonitor::Mode::Live);
    }
    bench::waitUntil([&] { return ready == int(monitors.size()); }, 60s, "three monitors");
    for (const auto &monitor : monitors) {
        if (!monitor->isReachable()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(monitor->environment().name),
                         qPrintable(monitor->rollupReason()));
            return 1;
        }
    }
    // The monitors share the master with anybody else who acquires this target.
    const int master = masterPid(*SshConnection::acquire(bench::sshTarget(), keys));
    if (master <= 0) {
        std::fprintf(stderr, "no SSH master runs for %s\n", qPrintable(bench::sshEngineUrl()));
        return 1;
    }
    events = 0;
    Idle live = idleFor(duration, master);
    live.events = events;

    std::printf("%-40s cpu %6.3f %% of one core\n", "baseline: idle, no monitor",
                baseline.processPercent);
    std::printf("%-40s cpu %6.3f %% of one core (+ ssh master %.3f %%), %d events\n",
                "3 environments live (2 local, 1 ssh)", live.processPercent, live.masterPercent,
                live.events);
    return 0;
}
