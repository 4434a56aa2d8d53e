#include "ContradictionsModel.h"
#include "DashboardMode.h"
#include "GuiSettings.h"
#include "GuiTest.h"
#include "MainWindow.h"
#include "Require.h"
#include "StreamTrendChart.h"
#include "StreamUnitsModel.h"
#include "StreamView.h"
#include "StreamsModel.h"
#include "TestWorkspace.h"
#include "WindowTest.h"
#include "checks/SmokeHistory.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLineSeries>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace blihops;
using namespace blihops::gui;
using blihops::test::snapshot;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(BLIHOPS_TEST_DATA_DIR "/streams/") + QString::fromLatin1(name);
}

} // namespace

// The Dashboard mode in the main window, offscreen: streams imported from their documents,
// what they state beside what their checkboxes show, the trend over re-imports, the
// environments, the PDF.
class TestDashboard : public test::WindowTest
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> openDashboard()
    {
        // Whatever an earlier test left: a console that can import.
        GuiSettings().setValue(GuiSettings::Key::ReadOnly, false);
        auto window = openWindow();
        DashboardMode *mode = window->dashboardMode();
        QSignalSpy loaded(mode, &DashboardMode::dashboardLoaded);
        window->showMode(mode);
        if (!loaded.wait(30000))
            qFatal("the dashboard never loaded");
        return window;
    }

    static void import(DashboardMode *mode, const QStringList &paths)
    {
        QSignalSpy loaded(mode, &DashboardMode::dashboardLoaded);
        mode->importFiles(paths);
        if (!loaded.wait(30000))
            qFatal("the import never came back");
    }

private slots:
    void showsStatedBesideComputedWithContradictions()
    {
        auto window = openDashboard();
        DashboardMode *mode = window->dashboardMode();
        QCOMPARE(mode->streamsModel()->rowCount(), 0);
        QVERIFY(mode->importAction()->isVisible());
        snapshot(window.get(), "dashboard-empty");

        import(mode, {fixture("stream-contradictions.md"), fixture("stream-consistent.md")});
        StreamsModel *streams = mode->streamsModel();
        QCOMPARE(streams->rowCount(), 2);
        const int payments = streams->rowOf(QStringLiteral("7"));
        QCOMPARE(streams->index(payments, StreamsModel::ContradictionsColumn).data().toInt(), 7);
        QCOMPARE(streams->index(payments, StreamsModel::ItemsColumn).data().toString(),
                 QStringLiteral("8 of 11"));
        QCOMPARE(streams->index(payments, StreamsModel::StatedColumn).data().toString(),
                 QStringLiteral("COMPLETE; 40%"));
        QCOMPARE(mode->currentStream(), QStringLiteral("3")); // the last imported is shown
        QCOMPARE(
            streams->index(streams->rowOf(QStringLiteral("3")), StreamsModel::ContradictionsColumn)
                .data()
                .toInt(),
            0);

        mode->selectStream(QStringLiteral("7"));
        StreamView *view = mode->streamView();
        QCOMPARE(view->streamId(), QStringLiteral("7"));
        QVERIFY(view->headline().contains(QLatin1String("8 of 11 ticked")));
        StreamUnitsModel *tasks = view->tasksModel();
        QCOMPARE(tasks->rowCount(), 4);
        QCOMPARE(tasks->rowCount(tasks->index(0, 0)), 2); // Task 7.1's subtasks
        QVERIFY(tasks->index(0, 0).data(StreamUnitsModel::ContradictedRole).toBool()); // 7.1
        QVERIFY(tasks->index(2, 0).data(StreamUnitsModel::ContradictedRole).toBool()); // 7.3
        QCOMPARE(tasks->index(0, StreamUnitsModel::StatedColumn).data().toString(),
                 QStringLiteral("NOT STARTED; 80%"));
        QCOMPARE(tasks->index(0, StreamUnitsModel::ComputedColumn).data().toString(),
                 QStringLiteral("80.0%"));
        QVERIFY(view->testsModel()->index(1, 0).data(StreamUnitsModel::ContradictedRole).toBool());
        QVERIFY(!view->testsModel()->index(0, 0).data(StreamUnitsModel::ContradictedRole).toBool());
        QCOMPARE(view->contradictionsModel()->rowCount(), 7);
        QVERIFY(view->listingsText().contains(
            QLatin1String("Waiting for the provider's production keys")));
        QVERIFY(view->listingsText().contains(QLatin1String("Stream 2: needs the accounts API")));
        QCOMPARE(view->trendChart()->series()->count(), 1);
        snapshot(window.get(), "dashboard-stream");
        view->tabs()->setCurrentWidget(view->contradictionsView());
        snapshot(window.get(), "dashboard-contradictions");

        // Re-imported after work was done: the trend has a second, higher point.
        QFile original(fixture("stream-contradictions.md"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray text = original.readAll();
        text.replace("- [ ] Monthly report", "- [x] Monthly report")
            .replace("- [ ] Yearly report", "- [x] Yearly report");
        QTemporaryDir dir;
        const QString later = dir.filePath(QStringLiteral("stream-7.md"));
        QFile copy(later);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(text);
        copy.close();
        import(mode, {later});
        QCOMPARE(mode->currentStream(), QStringLiteral("7"));
        const QLineSeries *series = view->trendChart()->series();
        QCOMPARE(series->count(), 2);
        QVERIFY(series->at(1).y() > series->at(0).y());
        QCOMPARE(series->at(1).y(), 90.9); // 10 of 11 items, to one decimal
        // Task 7.3 is stated in progress and now has every box ticked: still contradicted.
        bool allTicked = false;
        for (const StreamContradiction &contradiction :
             view->contradictionsModel()->contradictions())
            allTicked =
                allTicked || (contradiction.where == QLatin1String("Task 7.3") &&
                              contradiction.message.contains(QLatin1String("all of its items")));
        QVERIFY(allTicked);
        view->tabs()->setCurrentIndex(0);
        snapshot(window.get(), "dashboard-trend");
    }

    void showsTheReferenceDocument()
    {
        const QString path = QStringLiteral(BLIHOPS_REFERENCE_DIR "/stream-1-devops.md");
        BLIHOPS_REQUIRE(QFileInfo::exists(path),
                        "../shared/reference/stream-1-devops.md is not there");
        auto window = openDashboard();
        DashboardMode *mode = window->dashboardMode();
        import(mode, {path});
        StreamView *view = mode->streamView();
        QCOMPARE(view->streamId(), QStringLiteral("1"));
        QVERIFY(view->contradictionsModel()->rowCount() > 0);
        // Shown repaired: the stated status has its emoji, not their Mac Roman reading.
        const QString stated = mode->streamsModel()
                                   ->index(0, StreamsModel::StatedColumn)
                                   .data(Qt::ToolTipRole)
                                   .toString();
        QVERIFY2(stated.startsWith(QStringLiteral("\U0001F7E1")), qPrintable(stated));
        snapshot(window.get(), "dashboard-reference");
    }

    void showsTheEnvironmentsLastSmokeResults()
    {
        {
            Workspace workspace(WorkspaceLocation::fromString(m_store->location()));
            workspace.open();
            auto window = openDashboard(); // adds the built-in environments
            window->close();
            SmokeRun run;
            run.environment = QStringLiteral("development");
            run.startedAt = QDateTime::currentDateTimeUtc().addSecs(-602);
            run.finishedAt = run.startedAt.addSecs(2);
            run.results = {{QStringLiteral("redis/redis"), SmokeCheck::Kind::Redis,
                            QStringLiteral("redis"), QStringLiteral("127.0.0.1:6379"), true, 4,
                            QStringLiteral("PONG")}};
            SmokeHistory(workspace).record(run);
        }
        auto window = openDashboard();
        QTableView *environments = window->dashboardMode()->environmentsView();
        QCOMPARE(environments->model()->rowCount(), 3);
        QCOMPARE(environments->model()->columnCount(), 2);
        QCOMPARE(environments->model()->headerData(1, Qt::Horizontal).toString(),
                 QStringLiteral("Last smoke test"));
        QVERIFY2(environments->model()->index(0, 1).data().toString().startsWith(
                     QLatin1String("passed, 1 of 1 checks, 10 min ago")),
                 qPrintable(environments->model()->index(0, 1).data().toString()));
        QCOMPARE(environments->model()->index(1, 1).data().toString(), QStringLiteral("none yet"));
    }

    void exportsThePdfAndStaysReadableWhenReadOnly()
    {
        auto window = openDashboard();
        DashboardMode *mode = window->dashboardMode();
        import(mode, {fixture("stream-contradictions.md")});
        window->setReadOnly(true);
        // The setting outlives the window: the next test programs must find it off.
        const auto writable = qScopeGuard([&] { window->setReadOnly(false); });
        QVERIFY(!mode->importAction()->isVisible());
        QVERIFY(mode->exportAction()->isVisible());
        mode->importFiles({fixture("stream-consistent.md")});
        QTest::qWait(300);
        QCOMPARE(mode->streamsModel()->rowCount(), 1); // nothing imported read-only

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("dashboard.pdf"));
        QSignalSpy exported(mode, &DashboardMode::exported);
        mode->exportPdf(pdf);
        QVERIFY(exported.wait(30000));
        QVERIFY(QFileInfo(pdf).size() > 0);
        const QString shots = qEnvironmentVariable("BLIHOPS_SCREENSHOT_DIR");
        if (!shots.isEmpty() &&
            !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
            QProcess::execute(QStringLiteral("pdftoppm"),
                              {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("70"),
                               pdf, shots + QStringLiteral("/dashboard-export")});
        BLIHOPS_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                        "pdftotext (poppler-utils) is not installed");
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(words.contains(QLatin1String("Stream 7: Payments")), qPrintable(words));
        QVERIFY(words.contains(QLatin1String("Task 7.1 is stated NOT STARTED")));
        snapshot(window.get(), "dashboard-read-only");
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestDashboard dashboard;
    return blihops::test::runTests(argc, argv, {&dashboard});
}
#include "tst_dashboard.moc"
