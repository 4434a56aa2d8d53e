// Opening the dashboard over 50 streams with 20 snapshots each: from DashboardMode::reload()
// (the store read on the runner's thread, every report's contradictions found, the models
// filled, the first stream's tasks and trend chart set up) to the window painted once.
// The workspace is SQLite in a temporary folder, filled before the first run.
// Usage: dashboardhelper RUNS   (QT_QPA_PLATFORM=offscreen for no display)
#include "ActionLauncher.h"
#include "BackupMonitor.h"
#include "BenchLab.h"
#include "BottomPanel.h"
#include "DashboardMode.h"
#include "EnvironmentMonitors.h"
#include "StreamsModel.h"
#include "WorkspaceRunner.h"
#include "streams/StreamParser.h"
#include "streams/StreamRepository.h"
#include "workspace/BuiltinProfile.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QWidget>
#include <cstdio>

using namespace blihops;
using namespace std::chrono_literals;

namespace {

constexpr int kStreams = 50;
constexpr int kSnapshots = 20;

// A stream document of ten tasks, four boxes each, with statements that contradict some.
QByteArray streamDocument(int stream)
{
    QByteArray text = "# STREAM " + QByteArray::number(stream) + ": Work stream " +
                      QByteArray::number(stream) + "\n\n**Status**: PARTIAL\n\n";
    for (int task = 1; task <= 10; ++task) {
        text += "### TASK " + QByteArray::number(stream) + '.' + QByteArray::number(task) +
                ": Task\n**Status**: " + (task % 3 == 0 ? "COMPLETE" : "IN PROGRESS") + "\n\n";
        for (int item = 0; item < 4; ++item)
            text += (item < task % 5 ? "- [x] " : "- [ ] ") + QByteArray("A step\n");
        text += "\n";
    }
    return text;
}

void fill(Workspace &workspace)
{
    StreamRepository streams(workspace);
    for (int stream = 1; stream <= kStreams; ++stream) {
        const QByteArray bytes = streamDocument(stream);
        StreamReport report = StreamParser::parseDocument(bytes, QString());
        report.source = QStringLiteral("/streams/stream-%1.md").arg(stream);
        for (int snapshot = 0; snapshot < kSnapshots; ++snapshot) {
            // The document moves on between imports: one more box ticked each time.
            report.done = std::min(report.total, report.done + 1);
            streams.store(report, bytes + QByteArray::number(snapshot));
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // The built-in profile's files go to a folder of the run's own, not the user's.
    QTemporaryDir dir;
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("share")).toLocal8Bit());
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: dashboardhelper RUNS\n");
        return 2;
    }
    const int runs = std::max(1, QByteArray(argv[1]).toInt());
    const WorkspaceLocation location =
        WorkspaceLocation::fromString(dir.filePath(QStringLiteral("dashboard.sqlite")));
    {
        Workspace workspace(location);
        workspace.open();
        BuiltinProfile::ensure(workspace);
        fill(workspace);
    }

    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        gui::WorkspaceRunner runner(std::make_shared<Workspace>(location));
        gui::EnvironmentMonitors monitors;
        QWidget window;
        window.resize(1280, 760);
        auto *layout = new QVBoxLayout(&window);
        gui::BottomPanel panel;
        gui::ActionLauncher actions(runner, panel, &window);
        gui::BackupMonitor backups(runner, location.displayName(), &window);
        gui::DashboardMode mode({runner, monitors, actions, panel, backups, location.displayName()},
                                &window);
        layout->addWidget(mode.widget());
        window.show();
        QCoreApplication::processEvents();
        QSignalSpy loaded(&mode, &gui::DashboardMode::dashboardLoaded);
        QElapsedTimer timer;
        timer.start();
        mode.reload();
        bench::waitUntil([&] { return !loaded.isEmpty(); }, 60s, "the dashboard");
        window.repaint(); // the first paint of what was loaded, synchronously
        times << double(timer.nsecsElapsed()) / 1e6;
        if (mode.streamsModel()->rowCount() != kStreams) {
            std::fprintf(stderr, "the dashboard shows %d streams, not %d\n",
                         mode.streamsModel()->rowCount(), kStreams);
            return 1;
        }
    }
    std::printf("dashboard:           %d streams x %d snapshots, %d runs\n", kStreams, kSnapshots,
                runs);
    std::printf("first paint:         %.1f ms (median), first run %.1f ms  [goal: < 300 ms]\n",
                bench::median(times), times.first());
    return 0;
}
