// Event-to-model latency: a container of a project of its own is started STARTS times from
// outside the app (the engine's API, as `docker start` would), and each time the wait from
// the moment the start call returned to the moment a live EnvironmentMonitor shows the
// container running is taken: the event's way from the engine, and the inspect that follows
// it. Once over the local socket, once over SSH (the lab's sshd, a forwarded socket), with
// monitors of the lab's own stacks running beside it. Prints median, p99 and max of each.
// Usage: eventshelper STARTS
#include "BenchLab.h"
#include "docker/DockerClient.h"
#include "docker/EnvironmentMonitor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <cstdio>

using namespace blihops;
using namespace std::chrono_literals;

namespace {

struct Figures
{
    double median = 0;
    double p99 = 0;
    double max = 0;
};

Figures figuresOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype p99 = std::min<qsizetype>(values.size() - 1, (values.size() * 99) / 100);
    return {bench::median(values), values.value(p99), values.isEmpty() ? 0 : values.last()};
}

DockerReply call(DockerClient &client, const QByteArray &method, const QByteArray &path,
                 const QByteArray &body = {})
{
    std::optional<DockerReply> reply;
    if (method == "POST")
        client.post(path, body, [&](const DockerReply &r) { reply = r; });
    else
        client.remove(path, [&](const DockerReply &r) { reply = r; });
    bench::waitUntil([&] { return reply.has_value(); }, 60s, path.constData());
    return *reply;
}

bool runningIn(const EnvironmentMonitor &monitor, const QString &id, bool running)
{
    for (const ContainerState &container : monitor.containers()) {
        if (container.id == id)
            return container.isRunning() == running;
    }
    return false;
}

Figures measure(const QString &engineUrl, const HostKeyStore &keys, int starts)
{
    const QString project = QStringLiteral("blihops-bench-events-%1").arg(getpid());
    Environment environment;
    environment.name = project;
    environment.engineUrl = engineUrl;
    environment.projectName = project;
    EnvironmentMonitor monitor(environment, keys);
    bool ready = false;
    QObject::connect(&monitor, &EnvironmentMonitor::ready, [&] { ready = true; });
    monitor.start(EnvironmentMonitor::Mode::Live);
    bench::waitUntil([&] { return ready; }, 60s, "the monitor");
    if (!monitor.isReachable()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(engineUrl), qPrintable(monitor.rollupReason()));
        std::exit(1);
    }

    DockerClient engine(HttpEndpoint::unixSocket(bench::lab("BLIHOPS_TEST_DOCKER_SOCKET")));
    bool negotiated = false;
    engine.negotiate([&](const QString &) { negotiated = true; });
    bench::waitUntil([&] { return negotiated; }, 10s, "the engine");
    const QJsonObject create{
        {QStringLiteral("Image"), bench::lab("BLIHOPS_LAB_IMAGE")},
        {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sleep"), QStringLiteral("3600")}},
        {QStringLiteral("HostConfig"),
         QJsonObject{{QStringLiteral("NetworkMode"), QStringLiteral("none")}}},
        {QStringLiteral("Labels"),
         QJsonObject{{QStringLiteral("com.docker.compose.project"), project},
                     {QStringLiteral("com.docker.compose.service"), QStringLiteral("probe")}}}};
    const DockerReply created = call(engine, "POST", "/containers/create",
                                     QJsonDocument(create).toJson(QJsonDocument::Compact));
    const QString id = created.json().object().value(QStringLiteral("Id")).toString();
    if (id.isEmpty()) {
        std::fprintf(stderr, "cannot create the container: %s\n", qPrintable(created.error));
        std::exit(1);
    }
    QList<double> waits;
    for (int i = 0; i < starts; ++i) {
        call(engine, "POST", "/containers/" + id.toLatin1() + "/start");
        QElapsedTimer seen;
        seen.start();
        bench::waitUntil([&] { return runningIn(monitor, id, true); }, 10s, "the start");
        waits << double(seen.nsecsElapsed()) / 1e6;
        call(engine, "POST", "/containers/" + id.toLatin1() + "/kill");
        bench::waitUntil([&] { return runningIn(monitor, id, false); }, 10s, "the kill");
    }
    call(engine, "DELETE", "/containers/" + id.toLatin1() + "?force=1");
    return figuresOf(waits);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: eventshelper STARTS\n");
        return 2;
    }
    const int starts = QByteArray(argv[1]).toInt();
    QTemporaryDir dir;
    const bench::LabSsh ssh(dir.path());
    // The lab's stacks live beside, as in the console: their health checks keep the engine's
    // event stream busy.
    EnvironmentMonitor dev(
        bench::labEnvironment(QStringLiteral("DEV"), bench::lab("BLIHOPS_TEST_DOCKER_HOST")),
        ssh.keys());
    dev.start(EnvironmentMonitor::Mode::Live);
    const Figures local = measure(bench::lab("BLIHOPS_TEST_DOCKER_HOST"), ssh.keys(), starts);
    const QString sshUrl =
        QStringLiteral("ssh://%1@%2:%3%4")
            .arg(bench::lab("BLIHOPS_TEST_SSH_USER"), bench::lab("BLIHOPS_TEST_SSH_HOST"),
                 bench::lab("BLIHOPS_TEST_SSH_PORT"), bench::lab("BLIHOPS_TEST_DOCKER_SOCKET"));
    const Figures remote = measure(sshUrl, ssh.keys(), starts);
    std::printf("%-34s median %7.1f ms  p99 %7.1f ms  max %7.1f ms  (goal: p99 < 200 ms)\n",
                qPrintable(QStringLiteral("start -> model, local socket (%1)").arg(starts)),
                local.median, local.p99, local.max);
    std::printf("%-34s median %7.1f ms  p99 %7.1f ms  max %7.1f ms  (goal: p99 < 300 ms)\n",
                qPrintable(QStringLiteral("start -> model, over SSH (%1)").arg(starts)),
                remote.median, remote.p99, remote.max);
    return 0;
}
