#include "GuiSettings.h"
#include "GuiTest.h"
#include "LabSupport.h"
#include "LanguageManager.h"
#include "LogListModel.h"
#include "LogViewer.h"
#include "Require.h"
#include "SettingsDialog.h"
#include "logs/LogTimestamp.h"
#include "remote/Process.h"
#include "util/AppIdentity.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace blihops;
using namespace blihops::gui;
using namespace std::chrono_literals;

namespace {

QString lab(const char *name)
{
    return test::labValue(name);
}

Environment logsEnvironment()
{
    Environment environment =
        test::labEnvironment(QStringLiteral("LOGS"), lab("BLIHOPS_TEST_DOCKER_HOST"));
    environment.name = QStringLiteral("logs");
    return environment;
}

QStringList rowsOf(const LogListModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << model.index(row).data(LogListModel::TextRole).toString();
    return rows;
}

int numberOf(const QString &row)
{
    static const QRegularExpression number(QStringLiteral("^(?:out|err) (\\d+) "));
    return number.match(row).captured(1).toInt();
}

} // namespace

// The logs viewer offscreen, on the lab's logs stack: follow, filter, search, pause, save,
// a long line's whole text. With BLIHOPS_SCREENSHOT_DIR set it keeps pictures of each step.
class TestLogViewer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        BLIHOPS_REQUIRE(!lab("BLIHOPS_LAB_LOGS_PROJECT").isEmpty(),
                        "the lab's logs stack is not up: tests/lab/lab.sh up logs");
    }

    void followsFiltersSearchesPausesAndSaves()
    {
        LogViewer::Options options;
        options.tail = 40;
        LogViewer viewer(logsEnvironment(), test::logsContainer(QStringLiteral("stream")),
                         HostKeyStore(), options);
        viewer.resize(1100, 500);
        viewer.show();
        QCOMPARE(viewer.title(), QStringLiteral("%1 (logs)").arg(test::logsContainer("stream")));
        LogListModel &model = *viewer.model();
        QVERIFY(QTest::qWaitFor(
            [&] { return viewer.session()->state() == LogSession::State::Following; }, 30000));
        // The history, then what the container writes next.
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() >= 50; }, 30000));
        QVERIFY(viewer.statusText().contains(QStringLiteral("Following")));
        test::snapshot(&viewer, "logviewer-follow");

        // Both streams, told apart; numbers in order on each.
        QList<int> out;
        QList<int> err;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const QString text = index.data(LogListModel::TextRole).toString();
            const bool isErr =
                index.data(LogListModel::StreamRole).toInt() == int(StreamDemuxer::Stream::Stderr);
            QCOMPARE(isErr, text.startsWith(QStringLiteral("err ")));
            (isErr ? err : out) << numberOf(text);
        }
        for (const QList<int> *numbers : {&out, &err}) {
            for (qsizetype i = 1; i < numbers->size(); ++i)
                QCOMPARE(numbers->at(i), numbers->at(i - 1) + 1);
        }

        // A filter hides what does not match: exactly the lines with a number ending in 3.
        viewer.setFilter(QStringLiteral("^(out|err) \\d*3 "), true, true);
        QVERIFY(QTest::qWaitFor([&] { return !model.isFiltering(); }, 10000));
        const LogBuffer &buffer = model.buffer();
        int expected = 0;
        const QRegularExpression three(QStringLiteral("^(out|err) \\d*3 "));
        for (qsizetype i = 0; i < buffer.size(); ++i)
            expected += three.match(QString::fromUtf8(buffer.text(i))).hasMatch();
        QVERIFY(expected > 0);
        QCOMPARE(model.rowCount(), expected);
        for (const QString &row : rowsOf(model))
            QVERIFY2(three.match(row).hasMatch(), qPrintable(row));
        QVERIFY(viewer.statusText().contains(QStringLiteral("match")));
        test::snapshot(&viewer, "logviewer-filter");
        viewer.setFilter(QString(), false, false);
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() == buffer.size(); }, 10000));

        // Pause: nothing new; then follow again, from where it was, without a gap.
        viewer.setFollowing(false);
        QVERIFY(QTest::qWaitFor(
            [&] { return viewer.session()->state() == LogSession::State::Paused; }, 5000));
        const int paused = model.rowCount();
        QTest::qWait(1500);
        QCOMPARE(model.rowCount(), paused);
        QVERIFY(viewer.statusText().contains(QStringLiteral("Paused")));
        test::snapshot(&viewer, "logviewer-paused");
        viewer.setFollowing(true);
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() >= paused + 10; }, 20000));
        out.clear();
        for (const QString &row : rowsOf(model)) {
            if (row.startsWith(QStringLiteral("out ")))
                out << numberOf(row);
        }
        for (qsizetype i = 1; i < out.size(); ++i)
            QCOMPARE(out.at(i), out.at(i - 1) + 1);

        // Search: next and previous among the lines that match, highlighted.
        viewer.setSearch(QStringLiteral("err"));
        QSignalSpy found(&model, &LogListModel::found);
        viewer.view()->setCurrentIndex(model.index(0));
        viewer.findNext();
        QVERIFY(found.wait(5000));
        const int first = found.last().at(0).toInt();
        QVERIFY(model.index(first).data(LogListModel::TextRole).toString().startsWith("err "));
        QVERIFY(model.index(first).data(LogListModel::CurrentMatchRole).toBool());
        for (int row = 1; row < first; ++row)
            QVERIFY(!model.index(row).data(LogListModel::TextRole).toString().contains("err"));
        QCOMPARE(viewer.view()->currentIndex().row(), first);
        viewer.findNext();
        QVERIFY(found.wait(5000));
        const int second = found.last().at(0).toInt();
        QVERIFY(second > first);
        test::snapshot(&viewer, "logviewer-search");
        viewer.findPrevious();
        QVERIFY(found.wait(5000));
        QCOMPARE(found.last().at(0).toInt(), first);
        // By the keyboard too: F3 from the search box.
        viewer.findChild<QLineEdit *>(QStringLiteral("logSearch"))->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F3);
        QVERIFY(found.wait(5000));
        QCOMPARE(found.last().at(0).toInt(), second);

        // Save: the visible rows with a filter, and every line.
        viewer.setFollowing(false);
        QVERIFY(QTest::qWaitFor(
            [&] { return viewer.session()->state() == LogSession::State::Paused; }, 5000));
        viewer.setFilter(QStringLiteral("out"), false, true);
        QVERIFY(QTest::qWaitFor([&] { return !model.isFiltering(); }, 10000));
        QSignalSpy saved(&viewer, &LogViewer::saved);
        const QString visiblePath = m_dir.filePath(QStringLiteral("visible.log"));
        viewer.saveTo(visiblePath, true);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.last().at(1).toString(), QString());
        QFile visible(visiblePath);
        QVERIFY(visible.open(QIODevice::ReadOnly));
        const QList<QByteArray> visibleLines = visible.readAll().split('\n');
        QCOMPARE(visibleLines.size() - 1, model.rowCount());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(QString::fromUtf8(visibleLines.at(row)),
                     model.index(row).data(LogListModel::TextRole).toString());
        viewer.setTimestampsShown(true);
        const QString fullPath = m_dir.filePath(QStringLiteral("full.log"));
        viewer.saveTo(fullPath, false);
        QVERIFY(saved.wait(10000));
        QFile full(fullPath);
        QVERIFY(full.open(QIODevice::ReadOnly));
        const QList<QByteArray> fullLines = full.readAll().split('\n');
        QCOMPARE(fullLines.size() - 1, buffer.size());
        QVERIFY(fullLines.first().contains(buffer.text(0).toByteArray()));
        QVERIFY(LogTimestamp::parse(fullLines.first().left(fullLines.first().indexOf(' '))));
        test::snapshot(&viewer, "logviewer-saved");
    }

    void aLongLineShowsAMarkerAndItsWholeText()
    {
        LogViewer::Options options;
        options.tail = -1;
        options.since = test::logsLongLineStart(); // the latest start's three lines
        QVERIFY(LogTimestamp::parse(options.since.toLatin1()));
        LogViewer viewer(logsEnvironment(), test::logsContainer(QStringLiteral("longline")),
                         HostKeyStore(), options);
        viewer.resize(900, 300);
        viewer.show();
        LogListModel &model = *viewer.model();
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() == 3; }, 30000));
        const QModelIndex index = model.index(1);
        QVERIFY(index.data(LogListModel::TruncatedRole).toBool());
        QVERIFY(index.data(LogListModel::TextRole).toString().contains(QStringLiteral("102,405")));
        test::snapshot(&viewer, "logviewer-longline");
        viewer.view()->setCurrentIndex(index);
        viewer.view()->setFocus();
        QTest::keyClick(viewer.view(), Qt::Key_Return);
        auto *dialog = viewer.findChild<QDialog *>(QStringLiteral("fullLogLine"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return dialog ||
                       (dialog = viewer.findChild<QDialog *>(QStringLiteral("fullLogLine")));
            },
            5000));
        const QString text =
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("fullLogLineText"))->toPlainText();
        QCOMPARE(text.size(), 102405);
        QVERIFY(text.endsWith(QStringLiteral("000010239,")));
        test::snapshot(dialog, "logviewer-wholeline");
        dialog->close();
    }

    void aServiceTagsItsLinesAndAnUnknownNameIsSaid()
    {
        LogViewer service(logsEnvironment(), QStringLiteral("tty"));
        service.resize(900, 300);
        service.show();
        QVERIFY(QTest::qWaitFor([&] { return service.model()->rowCount() > 5; }, 30000));
        QVERIFY(service.session()->isService());
        QCOMPARE(service.model()->index(0).data(LogListModel::TagRole).toString(),
                 test::logsContainer(QStringLiteral("tty")));
        QVERIFY(service.model()
                    ->index(0)
                    .data(Qt::DisplayRole)
                    .toString()
                    .startsWith(test::logsContainer(QStringLiteral("tty")) +
                                QStringLiteral(" | tty ")));
        test::snapshot(&service, "logviewer-service");

        LogViewer unknown(logsEnvironment(), QStringLiteral("no-such-service"));
        unknown.show();
        QVERIFY(QTest::qWaitFor(
            [&] { return unknown.session()->state() == LogSession::State::Failed; }, 30000));
        QVERIFY(unknown.noticeText().contains(QStringLiteral("no service or container")));
        QVERIFY(unknown.statusText().contains(QStringLiteral("Failed")));
        test::snapshot(&unknown, "logviewer-failed");
        QSignalSpy close(&unknown, &LogViewer::closeRequested);
        unknown.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&unknown));
        unknown.setFocus();
        QTest::keySequence(&unknown, QKeySequence(QStringLiteral("Ctrl+W")));
        QCOMPARE(close.count(), 1);
    }

    // Settings: the lines a viewer keeps, within 1,000 and 10,000,000; stored at once, read
    // back by the next dialog, and the capacity of the next viewer.
    void theSettingsSetTheLinesAViewerKeeps()
    {
        const auto key = GuiSettings::Key::LogBufferLines;
        GuiSettings().setValue(key, QVariant());
        LanguageManager languages;
        {
            SettingsDialog dialog(languages, false);
            dialog.show();
            auto *spin = dialog.findChild<QSpinBox *>(QStringLiteral("logBufferSpin"));
            QVERIFY(spin);
            QCOMPARE(spin->minimum(), 1000);
            QCOMPARE(spin->maximum(), 10000000);
            QCOMPARE(spin->value(), int(LogBuffer::kDefaultCapacity));
            spin->setValue(5);
            QCOMPARE(GuiSettings().value(key).toInt(), 1000);
            spin->setValue(20000000);
            QCOMPARE(GuiSettings().value(key).toInt(), 10000000);
            spin->setFocus();
            spin->selectAll();
            QTest::keyClicks(spin, QStringLiteral("2500"));
            QTest::keyClick(spin, Qt::Key_Enter);
            QCOMPARE(spin->value(), 2500);
            test::snapshot(&dialog, "settings-logbuffer");
        }
        QCOMPARE(GuiSettings().value(key).toInt(), 2500);
        QCOMPARE(QSettings().value(QStringLiteral("logs/bufferLines")).toInt(), 2500);
        QCOMPARE(GuiSettings().logBufferLines(), 2500);
        SettingsDialog again(languages, false);
        QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("logBufferSpin"))->value(), 2500);
        LogViewer viewer(logsEnvironment(), test::logsContainer(QStringLiteral("stream")));
        QCOMPARE(viewer.model()->buffer().capacity(), 2500);
        GuiSettings().setValue(key, QVariant());
        QCOMPARE(GuiSettings().logBufferLines(), LogBuffer::kDefaultCapacity);
    }
};

QTEST_MAIN(TestLogViewer)
#include "tst_logviewer.moc"
