#include "remote/Process.h"
#include "remote/ShellQuote.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace blihops;
using namespace std::chrono_literals;

namespace {

const QString kHelper = QStringLiteral(BLIHOPS_PROCESS_HELPER);

} // namespace

// The process wrapper against a child that exits, crashes, hangs and floods.
class TestProcess : public QObject
{
    Q_OBJECT

private slots:
    void reportsTheExitCode()
    {
        const ProcessResult result =
            Process::run(kHelper, {QStringLiteral("exit"), QStringLiteral("7")}, 10s);
        QCOMPARE(result.status, ProcessResult::Status::Finished);
        QCOMPARE(result.exitCode, 7);
        QVERIFY(!result.ok());
        QVERIFY(result.summary().contains(QStringLiteral("exited with code 7")));
    }

    void reportsACrashWithWhatItSaid()
    {
        const ProcessResult result = Process::run(kHelper, {QStringLiteral("crash")}, 10s);
        QCOMPARE(result.status, ProcessResult::Status::Crashed);
        QVERIFY(result.summary().endsWith(QStringLiteral("crashed: about to crash")));
    }

    void killsAHangingChildAtTheTimeout()
    {
        QElapsedTimer timer;
        timer.start();
        const ProcessResult result = Process::run(kHelper, {QStringLiteral("hang")}, 300ms);
        QCOMPARE(result.status, ProcessResult::Status::TimedOut);
        // It ignores SIGTERM: the wrapper must follow with SIGKILL.
        QVERIFY(timer.elapsed() < 8000);
    }

    void cancelEndsTheChildWithOneSignal()
    {
        Process process;
        QSignalSpy done(&process, &Process::done);
        process.start(kHelper, {QStringLiteral("hang")});
        QTest::qWait(100);
        process.cancel();
        process.cancel();
        QVERIFY(done.wait(8000));
        QTest::qWait(100);
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.at(0).at(0).value<ProcessResult>().status, ProcessResult::Status::Cancelled);
        QVERIFY(!process.isRunning());
    }

    void reportsAMissingProgram()
    {
        const ProcessResult result = Process::run(QStringLiteral("/nonexistent/tool"), {}, 5s);
        QCOMPARE(result.status, ProcessResult::Status::FailedToStart);
        QVERIFY(result.summary().contains(QStringLiteral("could not be started")));
    }

    void survivesAFloodAndKeepsItsLimit()
    {
        Process process;
        process.setOutputLimit(1024 * 1024);
        int lines = 0;
        connect(&process, &Process::standardOutputLine, this, [&] { ++lines; });
        QSignalSpy done(&process, &Process::done);
        process.start(kHelper, {QStringLiteral("flood"), QStringLiteral("20000000")});
        QVERIFY(done.wait(30000));
        const auto result = done.at(0).at(0).value<ProcessResult>();
        QVERIFY(result.ok());
        QCOMPARE(result.standardOutput.size(), 1024 * 1024);
        QCOMPARE(lines, 200000);
    }

    void deliversWholeLinesAndTheUnfinishedLast()
    {
        Process process;
        QStringList lines;
        connect(&process, &Process::standardOutputLine, this,
                [&](const QString &line) { lines << line; });
        QSignalSpy done(&process, &Process::done);
        process.start(kHelper, {QStringLiteral("lines"), QStringLiteral("3")});
        QVERIFY(done.wait(10000));
        QCOMPARE(lines,
                 (QStringList{QStringLiteral("line 0"), QStringLiteral("line 1"),
                              QStringLiteral("line 2"), QStringLiteral("no newline at the end")}));
    }

    void argvReachesTheChildUnchanged()
    {
        const QStringList words = {QStringLiteral("a b"), QStringLiteral("$(touch /tmp/x)"),
                                   QStringLiteral("it's"), QStringLiteral("semi;colon"),
                                   QStringLiteral("new\nline")};
        const ProcessResult result =
            Process::run(kHelper, QStringList{QStringLiteral("argv")} + words, 10s);
        QList<QByteArray> received = result.standardOutput.split('\0');
        received.removeLast();
        QCOMPARE(received.size(), words.size());
        for (int i = 0; i < words.size(); ++i)
            QCOMPARE(QString::fromUtf8(received.at(i)), words.at(i));
    }

    void shellQuotingSurvivesAPosixShell_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("spaces") << "two words";
        QTest::newRow("single quote") << "it's";
        QTest::newRow("double quote") << "say \"hi\"";
        QTest::newRow("substitution") << "$(touch SENTINEL)";
        QTest::newRow("backticks") << "`touch SENTINEL`";
        QTest::newRow("semicolon") << "x; touch SENTINEL";
        QTest::newRow("newline") << "x\ntouch SENTINEL";
        QTest::newRow("variable") << "$HOME";
        QTest::newRow("empty") << "";
        QTest::newRow("glob") << "*";
    }

    void shellQuotingSurvivesAPosixShell()
    {
        QFETCH(QString, word);
        QTemporaryDir dir;
        const QString sentinel = dir.filePath(QStringLiteral("SENTINEL"));
        word.replace(QStringLiteral("SENTINEL"), sentinel);
        // The same thing ssh does on the far side: hand the line to sh -c.
        const QString line = shellQuote(QStringList{kHelper, QStringLiteral("argv"), word});
        const ProcessResult result =
            Process::run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), line}, 10s);
        QVERIFY(result.ok());
        QCOMPARE(QString::fromUtf8(result.standardOutput.split('\0').first()), word);
        QVERIFY(!QFile::exists(sentinel));
    }
};

QTEST_GUILESS_MAIN(TestProcess)
#include "tst_process.moc"
