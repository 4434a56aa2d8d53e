// Refreshing a compose project through the app against the engine's own list call, in one
// process and alternately, so that both see the same engine at the same moment.
//   raw:      GET /containers/json?all=1&filters={"label":[project]} (one request, kept-alive
//             connection, API version already negotiated)
//   snapshot: an EnvironmentMonitor in Snapshot mode, from start() to ready(): connect,
//             negotiate, list, and inspect every container, as the app does
// Usage: refreshhelper PROJECT RUNS   (the engine: BLIHOPS_TEST_DOCKER_SOCKET)
#include "BenchLab.h"
#include "docker/DockerClient.h"
#include "docker/EnvironmentMonitor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QUrl>
#include <algorithm>
#include <cstdio>

using namespace blihops;
using namespace std::chrono_literals;

namespace {

// Milliseconds of one raw list call; count gets the number of containers listed.
double timeRawList(DockerClient &client, const QByteArray &path, qsizetype &count)
{
    QElapsedTimer timer;
    timer.start();
    bool done = false;
    client.get(path, [&](const DockerReply &reply) {
        if (!reply.ok()) {
            std::fprintf(stderr, "list failed: %s\n", qPrintable(reply.error));
            std::exit(1);
        }
        count = reply.json().array().size();
        done = true;
    });
    bench::waitUntil([&] { return done; }, 60s, "the list call");
    return double(timer.nsecsElapsed()) / 1e6;
}

// Milliseconds of one monitor snapshot; count gets the number of containers it holds.
double timeSnapshot(const Environment &environment, qsizetype &count)
{
    QElapsedTimer timer;
    timer.start();
    EnvironmentMonitor monitor(environment);
    bool ready = false;
    QObject::connect(&monitor, &EnvironmentMonitor::ready, [&] { ready = true; });
    monitor.start(EnvironmentMonitor::Mode::Snapshot);
    bench::waitUntil([&] { return ready; }, 120s, "the snapshot");
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    if (!monitor.isReachable()) {
        std::fprintf(stderr, "snapshot failed: %s\n", qPrintable(monitor.rollupReason()));
        std::exit(1);
    }
    count = monitor.containers().size();
    return elapsed;
}

// Milliseconds of one refresh of a monitor that already holds the project.
double timeRefresh(EnvironmentMonitor &monitor)
{
    QElapsedTimer timer;
    timer.start();
    bool refreshed = false;
    const QMetaObject::Connection connection =
        QObject::connect(&monitor, &EnvironmentMonitor::refreshed, [&] { refreshed = true; });
    monitor.refresh();
    bench::waitUntil([&] { return refreshed; }, 120s, "the refresh");
    QObject::disconnect(connection);
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: refreshhelper PROJECT RUNS\n");
        return 2;
    }
    const QString project = QString::fromLocal8Bit(argv[1]);
    const int runs = QByteArray(argv[2]).toInt();
    const QString socket = bench::lab("BLIHOPS_TEST_DOCKER_SOCKET");

    DockerClient client(HttpEndpoint::unixSocket(socket));
    QString negotiated = QStringLiteral("pending");
    client.negotiate([&](const QString &error) { negotiated = error; });
    bench::waitUntil([&] { return negotiated != QLatin1String("pending"); }, 10s, "/_ping");
    if (!negotiated.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(negotiated));
        return 1;
    }
    const QByteArray path =
        "/containers/json?all=1&filters=" +
        QUrl::toPercentEncoding(
            QStringLiteral(R"({"label":["com.docker.compose.project=%1"]})").arg(project));
    Environment environment;
    environment.name = project;
    environment.engineUrl = QStringLiteral("unix://") + socket;
    environment.projectName = project;

    QList<double> raw;
    QList<double> snapshot;
    QList<double> refresh;
    EnvironmentMonitor kept(environment);
    bool keptReady = false;
    QObject::connect(&kept, &EnvironmentMonitor::ready, [&] { keptReady = true; });
    kept.start(EnvironmentMonitor::Mode::Snapshot);
    bench::waitUntil([&] { return keptReady; }, 120s, "the first snapshot");
    for (int run = 0; run <= runs; ++run) { // run 0 warms up the engine's caches
        qsizetype listed = 0;
        qsizetype held = 0;
        const double rawMs = timeRawList(client, path, listed);
        const double snapshotMs = timeSnapshot(environment, held);
        if (held != listed) {
            std::fprintf(stderr, "the snapshot holds %lld containers, the list has %lld\n",
                         qlonglong(held), qlonglong(listed));
            return 1;
        }
        if (run == 0) {
            std::printf("%lld containers\n", qlonglong(listed));
            continue;
        }
        raw << rawMs;
        snapshot << snapshotMs;
        refresh << timeRefresh(kept);
    }
    const double rawMedian = bench::median(raw);
    const double snapshotMedian = bench::median(snapshot);
    std::printf("%-32s median %8.1f ms   min %8.1f ms   %5.2fx baseline\n",
                "baseline: raw list call", rawMedian, *std::min_element(raw.begin(), raw.end()),
                1.0);
    std::printf("%-32s median %8.1f ms   min %8.1f ms   %5.2fx baseline\n",
                "monitor snapshot (list+inspect)", snapshotMedian,
                *std::min_element(snapshot.begin(), snapshot.end()), snapshotMedian / rawMedian);
    const double refreshMedian = bench::median(refresh);
    std::printf("%-32s median %8.1f ms   min %8.1f ms   %5.2fx baseline\n",
                "monitor refresh (list, changes)", refreshMedian,
                *std::min_element(refresh.begin(), refresh.end()), refreshMedian / rawMedian);
    return 0;
}
