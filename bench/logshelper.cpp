// The logs viewer's figures, against the lab's engine (containers made by bench_logs.sh):
//   logshelper load CONTAINER PROJECT RUNS
//     the whole log of CONTAINER read into the viewer's model (LogSession, LogLineAssembler,
//     LogListModel) against the same log read with one raw engine call (DockerClient::logs,
//     timestamps=1, its bytes only), alternately, medians of RUNS each; then the model's
//     memory per 100,000 lines against the text docker logs prints for them.
//   logshelper stall CONTAINER PROJECT SECONDS
//     an offscreen LogViewer following CONTAINER for SECONDS: the longest and the 99th
//     percentile wait of a 2 ms timer beyond its interval (the GUI event loop's stalls), the
//     GUI thread's own CPU time in those waits (what of a stall is its work, not waiting
//     for a core), and the lines a second the viewer took in.
#include "BenchLab.h"
#include "LogListModel.h"
#include "LogViewer.h"
#include "docker/DockerClient.h"
#include "logs/LogLineAssembler.h"
#include "logs/LogSession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>
#include <ctime>

using namespace blihops;
using namespace std::chrono_literals;

namespace {

Environment benchEnvironment(const QString &project)
{
    Environment environment;
    environment.name = project;
    environment.engineUrl = bench::lab("BLIHOPS_TEST_DOCKER_HOST");
    environment.projectName = project;
    return environment;
}

double rawRead(const QString &container, qsizetype *bytes)
{
    DockerClient client(HttpEndpoint::unixSocket(bench::lab("BLIHOPS_TEST_DOCKER_SOCKET")));
    bool negotiated = false;
    client.negotiate([&](const QString &) { negotiated = true; });
    bench::waitUntil([&] { return negotiated; }, 10s, "the engine");
    // The id, as the session finds it (one list call) before reading.
    QElapsedTimer timer;
    timer.start();
    bool listed = false;
    QString id;
    client.get("/containers/" + container.toLatin1() + "/json", [&](const DockerReply &reply) {
        id = reply.json().object().value(QStringLiteral("Id")).toString();
        listed = true;
    });
    bench::waitUntil([&] { return listed; }, 10s, "the inspect");
    bool done = false;
    *bytes = 0;
    LogsQuery query;
    query.timestamps = true;
    client.logs(
        id, false, query,
        [&](StreamDemuxer::Stream, const QByteArray &data) { *bytes += data.size(); },
        [&](const QString &, int) { done = true; });
    bench::waitUntil([&] { return done; }, 120s, "the raw read");
    return double(timer.nsecsElapsed()) / 1e6;
}

double modelLoad(const QString &container, const QString &project, qsizetype *lines,
                 qsizetype *memory, qsizetype *text)
{
    QElapsedTimer timer;
    timer.start();
    LogQuery query;
    query.tail = -1;
    query.follow = false;
    LogSession session(benchEnvironment(project), container, query);
    LogLineAssembler assembler;
    gui::LogListModel model(1000000);
    QObject::connect(&session, &LogSession::records, [&](const QList<LogRecord> &records) {
        QList<LogLine> batch;
        assembler.add(records, &batch);
        model.append(batch);
    });
    session.start();
    bench::waitUntil([&] { return session.state() == LogSession::State::Ended; }, 120s,
                     "the model");
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    *lines = model.buffer().size();
    *memory = model.buffer().memoryBytes();
    *text = 0;
    for (qsizetype i = 0; i < model.buffer().size(); ++i)
        *text += model.buffer().text(i).size() + 1; // as docker logs prints it
    return ms;
}

int load(const QString &container, const QString &project, int runs)
{
    QList<double> raw;
    QList<double> ours;
    qsizetype bytes = 0;
    qsizetype lines = 0;
    qsizetype memory = 0;
    qsizetype text = 0;
    for (int run = 0; run < runs; ++run) {
        raw << rawRead(container, &bytes);
        ours << modelLoad(container, project, &lines, &memory, &text);
    }
    const double rawMs = bench::median(raw);
    const double oursMs = bench::median(ours);
    std::printf("%-44s %9.1f ms  (%lld bytes from the engine)\n",
                "baseline: raw engine call, timestamps=1", rawMs, static_cast<long long>(bytes));
    std::printf("%-44s %9.1f ms  %5.2fx  (goal: 1.3x; %lld lines)\n", "viewer's model: load",
                oursMs, oursMs / rawMs, static_cast<long long>(lines));
    const double per100k = double(memory) * 100000.0 / double(lines);
    const double text100k = double(text) * 100000.0 / double(lines);
    std::printf("%-44s %9.2f MB  %5.2fx the text (%.2f MB; goal: < 2x)\n",
                "memory per 100,000 lines", per100k / 1e6, per100k / text100k, text100k / 1e6);
    return 0;
}

int stall(const QString &container, const QString &project, int seconds)
{
    gui::LogViewer::Options options;
    options.tail = 0;
    gui::LogViewer viewer(benchEnvironment(project), container, HostKeyStore(), options);
    viewer.resize(1200, 700);
    viewer.show();
    bench::waitUntil([&] { return viewer.session()->state() == LogSession::State::Following; }, 30s,
                     "the viewer");
    QList<double> waits;
    // The GUI thread's own CPU time in each wait: a wait far longer than it was the thread
    // waiting for a core (the writer, the engine and this process share two), not its work.
    QList<double> busy;
    const auto threadCpuMs = [] {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    };
    double lastCpu = threadCpuMs();
    QElapsedTimer clock;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    constexpr int kIntervalMs = 2;
    qint64 last = 0;
    clock.start();
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        waits << std::max(0.0, double(now - last) / 1e6 - kIntervalMs);
        const double cpu = threadCpuMs();
        busy << std::max(0.0, cpu - lastCpu - kIntervalMs);
        last = now;
        lastCpu = cpu;
    });
    const qsizetype before = viewer.model()->buffer().endSerial();
    tick.start(kIntervalMs);
    bench::waitUntil([&] { return clock.elapsed() >= seconds * 1000; },
                     std::chrono::seconds(seconds + 30), "the run");
    tick.stop();
    const double rate =
        double(viewer.model()->buffer().endSerial() - before) / (double(clock.elapsed()) / 1000);
    std::sort(waits.begin(), waits.end());
    std::sort(busy.begin(), busy.end());
    std::printf("%-44s max %7.1f ms  p99 %6.1f ms  (goal: none over 50 ms; %.0f lines/s, "
                "%lld lines kept)\n",
                qPrintable(QStringLiteral("event loop stall, following %1").arg(container)),
                waits.isEmpty() ? 0.0 : waits.last(),
                waits.value(qsizetype(double(waits.size()) * 0.99)), rate,
                static_cast<long long>(viewer.model()->buffer().size()));
    std::printf("%-44s max %7.1f ms  p99 %6.1f ms  (the GUI thread's CPU time in a wait)\n",
                "  of which the thread's own work", busy.isEmpty() ? 0.0 : busy.last(),
                busy.value(qsizetype(double(busy.size()) * 0.99)));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 5) {
        std::fprintf(stderr, "usage: logshelper load|stall CONTAINER PROJECT RUNS|SECONDS\n");
        return 2;
    }
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QString container = QString::fromLocal8Bit(argv[2]);
    const QString project = QString::fromLocal8Bit(argv[3]);
    const int count = QByteArray(argv[4]).toInt();
    return mode == QLatin1String("load") ? load(container, project, count)
                                         : stall(container, project, count);
}
