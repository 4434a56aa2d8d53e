#include "CliRun.h"
#include "LabSupport.h"
#include "Require.h"
#include "SshAgent.h"
#include "docker/DockerClient.h"
#include "logs/LogBuffer.h"
#include "logs/LogLineAssembler.h"
#include "logs/LogSession.h"
#include "logs/LogTimestamp.h"
#include "remote/Process.h"
#include "remote/SshConnection.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace blihops;
using namespace std::chrono_literals;

namespace {

QString lab(const char *name)
{
    return test::labValue(name);
}

// Stops a container's writing while a comparison runs, so that both sides read one log.
class Paused
{
public:
    explicit Paused(const QStringList &containers) : m_containers(containers)
    {
        test::labDocker(QStringList{QStringLiteral("pause")} + m_containers);
        QTest::qWait(300); // what the engine had read from them is in the log file
    }
    ~Paused() { test::labDocker(QStringList{QStringLiteral("unpause")} + m_containers); }

private:
    QStringList m_containers;
};

// The numbers N of "out N …" lines, in order.
QList<int> numbersIn(const QByteArray &text, const QByteArray &word)
{
    QList<int> numbers;
    const QRegularExpression line(QStringLiteral("^%1 (\\d+) ").arg(QString::fromLatin1(word)),
                                  QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(QString::fromUtf8(text)); it.hasNext();)
        numbers << it.next().captured(1).toInt();
    return numbers;
}

bool consecutive(const QList<int> &numbers)
{
    for (qsizetype i = 1; i < numbers.size(); ++i) {
        if (numbers.at(i) != numbers.at(i - 1) + 1)
            return false;
    }
    return !numbers.isEmpty();
}

// Consecutive within each run of the container: the lab's writers count from 1 with every
// start, and a whole log holds every start since the container was made.
bool consecutiveInEachRun(const QList<int> &numbers)
{
    for (qsizetype i = 1; i < numbers.size(); ++i) {
        if (numbers.at(i) != numbers.at(i - 1) + 1 && numbers.at(i) != 1)
            return false;
    }
    return !numbers.isEmpty();
}

// grep -E PATTERN over input, as a shell pipeline would run it.
QByteArray grep(const QString &pattern, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral("grep"), {QStringLiteral("-a"), QStringLiteral("-E"), pattern});
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return process.readAllStandardOutput();
}

struct Collected
{
    QList<LogRecord> records;
    QByteArray out; // as docker logs -t prints the stdout stream
    QByteArray err;
    QByteArray outText; // as docker logs prints it
    QByteArray errText;
};

} // namespace

// The logs of the lab's logs stack (tests/lab/lab.sh up logs): the core's session, and
// blihopsctl logs against docker logs, over the local socket and over SSH.
class TestLogs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    std::unique_ptr<test::SshAgent> m_agent;
    HostKeyStore m_keys;
    QString m_workspace;

    Environment environment(const QString &engineUrl) const
    {
        Environment environment = test::labEnvironment(QStringLiteral("LOGS"), engineUrl);
        environment.name = QStringLiteral("logs");
        return environment;
    }

    // Reads the log of target with a session until it ends (or, following, until done()).
    Collected collect(LogSession &session, const std::function<bool(const Collected &)> &done = {})
    {
        Collected collected;
        connect(&session, &LogSession::records, this, [&](const QList<LogRecord> &records) {
            for (const LogRecord &record : records) {
                collected.records << record;
                const bool err = record.stream == StreamDemuxer::Stream::Stderr;
                (err ? collected.err : collected.out) += record.bytes;
                (err ? collected.errText : collected.outText) += record.text();
            }
        });
        session.start();
        const bool finished = QTest::qWaitFor(
            [&] {
                return session.state() == LogSession::State::Ended ||
                       session.state() == LogSession::State::Failed || (done && done(collected));
            },
            60000);
        session.disconnect(this);
        if (!finished)
            qWarning("the session did not finish");
        return collected;
    }

    test::CliRun ctl(const QStringList &arguments)
    {
        return test::runCtl(m_home,
                            QStringList{QStringLiteral("--workspace"), m_workspace} + arguments);
    }

private slots:
    void initTestCase()
    {
        BLIHOPS_REQUIRE(!lab("BLIHOPS_LAB_LOGS_PROJECT").isEmpty() &&
                            !lab("BLIHOPS_TEST_SSH_PORT").isEmpty(),
                        "the lab's logs stack and sshd are not up: tests/lab/lab.sh up logs ssh");
        m_agent = std::make_unique<test::SshAgent>(m_dir.path());
        QVERIFY2(m_agent->error().isEmpty(), qPrintable(m_agent->error()));
        m_keys = test::trustedLabKeys(m_dir.filePath(QStringLiteral("known_hosts")));
        // The CLI's workspace: the stack on the local socket and over SSH.
        m_workspace = m_dir.filePath(QStringLiteral("workspace.sqlite"));
        const QString envFile = m_dir.filePath(QStringLiteral("logs.env"));
        QFile file(envFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("BLIHOPS_LAB_IMAGE=" + lab("BLIHOPS_LAB_IMAGE").toUtf8() +
                   "\nBLIHOPS_LAB_LOGS_HEALTH_DIR=" + lab("BLIHOPS_LAB_LOGS_HEALTH_DIR").toUtf8() +
                   '\n');
        file.close();
        for (const auto &[name, engine] :
             {std::pair{QStringLiteral("logs"), lab("BLIHOPS_TEST_DOCKER_HOST")},
              std::pair{QStringLiteral("logs-ssh"), test::sshEngineUrl()}}) {
            const test::CliRun added =
                ctl({QStringLiteral("env"), QStringLiteral("add"), name, QStringLiteral("--engine"),
                     engine, QStringLiteral("--compose"), lab("BLIHOPS_LAB_LOGS_COMPOSE"),
                     QStringLiteral("--project-name"), lab("BLIHOPS_LAB_LOGS_PROJECT"),
                     QStringLiteral("--env-file"), envFile});
            QVERIFY2(added.exitCode == 0, added.err.constData());
        }
    }

    void cleanupTestCase() { m_agent.reset(); }

    // What the session reads is what the engine holds, complete and in order: with
    // timestamps, byte for byte what docker logs -t prints, per stream.
    void sessionReadsTheWholeLogInOrder_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<bool>("overSsh");
        for (const char *service : {"stream", "tty", "longline"}) {
            QTest::addRow("%s local", service) << QString::fromLatin1(service) << false;
            QTest::addRow("%s ssh", service) << QString::fromLatin1(service) << true;
        }
    }

    void sessionReadsTheWholeLogInOrder()
    {
        QFETCH(QString, service);
        QFETCH(bool, overSsh);
        const Paused paused({test::logsContainer(service)});
        LogQuery query;
        query.tail = -1;
        query.follow = false;
        LogSession session(
            environment(overSsh ? test::sshEngineUrl() : lab("BLIHOPS_TEST_DOCKER_HOST")),
            test::logsContainer(service), query, m_keys);
        const Collected collected = collect(session);
        QCOMPARE(session.state(), LogSession::State::Ended);
        QVERIFY(!session.isService());
        const ProcessResult expected = test::labDocker(
            {QStringLiteral("logs"), QStringLiteral("-t"), test::logsContainer(service)});
        QVERIFY(expected.ok());
        QCOMPARE(collected.out, expected.standardOutput);
        QCOMPARE(collected.err, expected.standardError);
        QVERIFY(!collected.out.isEmpty());
        // Each stream in time order (the engine writes the two streams of one container as
        // they come, so across them its order is the file's).
        qint64 last[3] = {0, 0, 0};
        for (const LogRecord &record : collected.records) {
            QVERIFY(last[int(record.stream)] <= record.timestampNs);
            last[int(record.stream)] = record.timestampNs;
        }
        if (service == QLatin1String("tty"))
            QVERIFY(consecutiveInEachRun(numbersIn(collected.outText, "tty")));
        if (service == QLatin1String("stream")) {
            QVERIFY(consecutiveInEachRun(numbersIn(collected.outText, "out")));
            QVERIFY(consecutiveInEachRun(numbersIn(collected.errText, "err")));
        }
    }

    // blihopsctl logs CONTAINER prints what docker logs prints, byte for byte, per stream.
    void cliEqualsDockerLogs_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("environment");
        for (const char *service : {"stream", "tty", "longline"}) {
            for (const char *where : {"logs", "logs-ssh"}) {
                const QString s = QString::fromLatin1(service);
                const QString e = QString::fromLatin1(where);
                QTest::addRow("%s %s", service, where) << s << QStringList() << e;
                QTest::addRow("%s %s --tail 25", service, where)
                    << s << QStringList{QStringLiteral("--tail"), QStringLiteral("25")} << e;
                QTest::addRow("%s %s --timestamps", service, where)
                    << s << QStringList{QStringLiteral("--timestamps")} << e;
                QTest::addRow("%s %s --tail 7 --timestamps", service, where)
                    << s
                    << QStringList{QStringLiteral("--tail"), QStringLiteral("7"),
                                   QStringLiteral("--timestamps")}
                    << e;
                QTest::addRow("%s %s --tail 0", service, where)
                    << s << QStringList{QStringLiteral("--tail"), QStringLiteral("0")} << e;
            }
        }
    }

    void cliEqualsDockerLogs()
    {
        QFETCH(QString, service);
        QFETCH(QStringList, arguments);
        QFETCH(QString, environment);
        const Paused paused({test::logsContainer(service)});
        QStringList ours =
            QStringList{QStringLiteral("logs"), environment, test::logsContainer(service)} +
            arguments;
        // A first connection over SSH trusts the lab's key (--trust-host-key is for ssh:// only).
        if (environment == QLatin1String("logs-ssh"))
            ours << QStringLiteral("--trust-host-key") << test::labSshFingerprint();
        const test::CliRun run = ctl(ours);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const ProcessResult theirs =
            test::labDocker(QStringList{QStringLiteral("logs")} + arguments +
                            QStringList{test::logsContainer(service)});
        QVERIFY(theirs.ok());
        QCOMPARE(run.out, theirs.standardOutput);
        QCOMPARE(run.err, theirs.standardError);
    }

    // --since a time is inclusive, as for docker: from the line that carries it.
    void cliSinceEqualsDockerLogs()
    {
        const Paused paused({test::logsContainer(QStringLiteral("stream"))});
        const ProcessResult all =
            test::labDocker({QStringLiteral("logs"), QStringLiteral("-t"), QStringLiteral("--tail"),
                             QStringLiteral("40"), test::logsContainer(QStringLiteral("stream"))});
        const QByteArray line = all.standardOutput.split('\n').value(10);
        const QString since = QString::fromLatin1(line.left(line.indexOf(' ')));
        QVERIFY(LogTimestamp::parse(since.toLatin1()));
        for (const QStringList &extra :
             {QStringList{}, QStringList{QStringLiteral("--timestamps")}}) {
            const QStringList arguments = QStringList{QStringLiteral("--since"), since} + extra;
            const test::CliRun run =
                ctl(QStringList{QStringLiteral("logs"), QStringLiteral("logs"),
                                test::logsContainer(QStringLiteral("stream"))} +
                    arguments);
            QCOMPARE(run.exitCode, 0);
            const ProcessResult theirs =
                test::labDocker(QStringList{QStringLiteral("logs")} + arguments +
                                QStringList{test::logsContainer(QStringLiteral("stream"))});
            QCOMPARE(run.out, theirs.standardOutput);
            QCOMPARE(run.err, theirs.standardError);
            QVERIFY(run.out.count('\n') >= 5);
        }
        // A duration: docker and we both start at the same whole second before now.
        const test::CliRun recent = ctl({QStringLiteral("logs"), QStringLiteral("logs"),
                                         test::logsContainer(QStringLiteral("stream")),
                                         QStringLiteral("--since"), QStringLiteral("1d")});
        QCOMPARE(recent.exitCode, 0);
        QVERIFY(!recent.out.isEmpty());
    }

    // --grep RE: per stream, what docker logs | grep -E RE prints.
    void cliGrepEqualsDockerLogsThroughGrep_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("timestamps");
        QTest::newRow("stream") << QStringLiteral("stream") << QStringLiteral("^(out|err) [0-9]*7 ")
                                << false;
        QTest::newRow("stream, timestamps")
            << QStringLiteral("stream") << QStringLiteral(":[0-9]{2}\\.[0-9]+Z err [0-9]+3 ")
            << true;
        QTest::newRow("tty") << QStringLiteral("tty") << QStringLiteral("tty [0-9]*(1|9) on")
                             << false;
        QTest::newRow("long line")
            << QStringLiteral("longline") << QStringLiteral("0000102[0-9]{2},") << false;
    }

    void cliGrepEqualsDockerLogsThroughGrep()
    {
        QFETCH(QString, service);
        QFETCH(QString, pattern);
        QFETCH(bool, timestamps);
        const Paused paused({test::logsContainer(service)});
        QStringList arguments = {QStringLiteral("--grep"), pattern};
        QStringList dockerArguments = {QStringLiteral("logs")};
        if (timestamps) {
            arguments << QStringLiteral("--timestamps");
            dockerArguments << QStringLiteral("-t");
        }
        const test::CliRun run = ctl(QStringList{QStringLiteral("logs"), QStringLiteral("logs"),
                                                 test::logsContainer(service)} +
                                     arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const ProcessResult theirs =
            test::labDocker(dockerArguments + QStringList{test::logsContainer(service)});
        QCOMPARE(run.out, grep(pattern, theirs.standardOutput));
        QCOMPARE(run.err, grep(pattern, theirs.standardError));
        QVERIFY(!run.out.isEmpty() || !run.err.isEmpty());
    }

    // A service's lines are tagged with the container's name, as docker compose logs does.
    void cliTagsAServicesLines()
    {
        const Paused paused({test::logsContainer(QStringLiteral("stream"))});
        const test::CliRun run =
            ctl({QStringLiteral("logs"), QStringLiteral("logs"), QStringLiteral("stream"),
                 QStringLiteral("--tail"), QStringLiteral("20")});
        QCOMPARE(run.exitCode, 0);
        const ProcessResult theirs =
            test::labDocker({QStringLiteral("logs"), QStringLiteral("--tail"), QStringLiteral("20"),
                             test::logsContainer(QStringLiteral("stream"))});
        const auto tagged = [](const QByteArray &text) {
            QByteArray lines;
            for (const QByteArray &line : text.split('\n')) {
                if (!line.isEmpty())
                    lines += test::logsContainer(QStringLiteral("stream")).toUtf8() + " | " + line +
                             '\n';
            }
            return lines;
        };
        QCOMPARE(run.out, tagged(theirs.standardOutput));
        QCOMPARE(run.err, tagged(theirs.standardError));
        QCOMPARE(run.out.count('\n') + run.err.count('\n'), 20);
    }

    void cliExitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown container")
            << QStringList{"logs", "logs", "no-such-thing"} << 2 << "no service or container";
        QTest::newRow("unknown environment")
            << QStringList{"logs", "nowhere", "stream"} << 2 << "nowhere";
        QTest::newRow("bad since")
            << QStringList{"logs", "logs", "stream", "--since", "yesterday"} << 2 << "10m";
        QTest::newRow("bad tail") << QStringList{"logs", "logs", "stream", "--tail", "-3"} << 2
                                  << "--tail";
        QTest::newRow("bad grep") << QStringList{"logs", "logs", "stream", "--grep", "(open"} << 2
                                  << "--grep";
        QTest::newRow("unreachable")
            << QStringList{"logs", "gone", "stream"} << 3 << "Cannot reach the Docker Engine";
    }

    void cliExitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        if (arguments.at(1) == QLatin1String("gone")) {
            ctl({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("gone"),
                 QStringLiteral("--engine"),
                 QStringLiteral("unix://") + m_dir.filePath("none.sock"),
                 QStringLiteral("--compose"), lab("BLIHOPS_LAB_LOGS_COMPOSE"),
                 QStringLiteral("--env-file"), m_dir.filePath(QStringLiteral("logs.env"))});
        }
        const test::CliRun run = ctl(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.oneErrorLine(), run.err.constData());
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    // A followed stream that is cut resumes from the last time seen: every line once, none
    // missing. Cut on purpose (the session's own drop), and for real: the SSH master killed.
    void aCutFollowResumesWithoutGapOrDuplicate_data()
    {
        QTest::addColumn<bool>("overSsh");
        QTest::newRow("local, dropped") << false;
        QTest::newRow("ssh, master killed") << true;
    }

    void aCutFollowResumesWithoutGapOrDuplicate()
    {
        QFETCH(bool, overSsh);
        LogQuery query;
        query.tail = 3;
        LogSession session(
            environment(overSsh ? test::sshEngineUrl() : lab("BLIHOPS_TEST_DOCKER_HOST")),
            test::logsContainer(QStringLiteral("stream")), query, m_keys);
        QSignalSpy notices(&session, &LogSession::notice);
        int cuts = 0;
        const Collected collected = collect(session, [&](const Collected &so) {
            const qsizetype lines = so.outText.count('\n');
            // Three cuts, each once some lines came after the one before.
            if (cuts < 3 && lines >= 8 * (cuts + 1) &&
                session.state() == LogSession::State::Following) {
                ++cuts;
                if (!overSsh) {
                    session.dropStreams();
                } else {
                    const auto master = SshConnection::acquire(test::sshTarget(), m_keys);
                    Process::run(QStringLiteral("ssh"),
                                 {QStringLiteral("-o"),
                                  QStringLiteral("ControlPath=") + master->controlPath(),
                                  QStringLiteral("-p"), QString::number(test::sshTarget().port),
                                  QStringLiteral("-O"), QStringLiteral("exit"),
                                  QStringLiteral("--"), test::sshTarget().destination()},
                                 10s);
                }
            }
            return cuts == 3 && lines >= 40;
        });
        QCOMPARE(cuts, 3);
        QCOMPARE(session.reconnects(), 3);
        QVERIFY(notices.count() >= 3);
        const QList<int> out = numbersIn(collected.outText, "out");
        QVERIFY2(consecutive(out), collected.outText.constData());
        QVERIFY(consecutive(numbersIn(collected.errText, "err")));
        // And what came is what the engine holds from the first line on.
        session.pause();
        const QByteArray first = collected.out.left(collected.out.indexOf(' '));
        const Paused paused({test::logsContainer(QStringLiteral("stream"))});
        const ProcessResult engine = test::labDocker(
            {QStringLiteral("logs"), QStringLiteral("-t"), QStringLiteral("--since"),
             QString::fromLatin1(first), test::logsContainer(QStringLiteral("stream"))});
        QVERIFY(engine.standardOutput.startsWith(collected.out));
    }

    // A one-shot read without times (blihopsctl logs without --timestamps) cannot tell where
    // a cut stream would go on from: it fails, naming the container, instead of guessing.
    void aCutReadWithoutTimesFails()
    {
        LogQuery query;
        query.tail = -1;
        query.follow = false;
        query.times = false;
        LogSession session(environment(lab("BLIHOPS_TEST_DOCKER_HOST")),
                           test::logsContainer(QStringLiteral("stream")), query, m_keys);
        connect(&session, &LogSession::resolved, &session, &LogSession::dropStreams,
                Qt::QueuedConnection);
        collect(session);
        QCOMPARE(session.state(), LogSession::State::Failed);
        QCOMPARE(session.reconnects(), 0);
        QCOMPARE(session.failure()->kind(), ErrorKind::Unreachable);
        QVERIFY2(
            session.failure()->message().contains(test::logsContainer(QStringLiteral("stream"))),
            qPrintable(session.failure()->message()));
    }

    // The lines of a service's containers come in the engine's time order, each tagged.
    void aServiceInterleavesItsContainersByTime()
    {
        // A second container of the stream service, as compose --scale would make.
        const ProcessResult second = test::labDocker(
            {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"),
             QStringLiteral("none"), QStringLiteral("--label"),
             QStringLiteral("com.docker.compose.project=") + lab("BLIHOPS_LAB_LOGS_PROJECT"),
             QStringLiteral("--label"), QStringLiteral("com.docker.compose.service=stream"),
             QStringLiteral("--name"),
             test::logsContainer(QStringLiteral("stream")).chopped(1) + QLatin1Char('2'),
             lab("BLIHOPS_LAB_IMAGE"), QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("n=0; while [ $n -lt 50 ]; do n=$((n+1)); echo \"out $n second\"; "
                            "sleep 0.05; done; sleep 30")});
        QVERIFY2(second.ok(), second.standardError.constData());
        const QString id = QString::fromLatin1(second.standardOutput.trimmed());
        QTest::qWait(3000); // its fifty lines
        LogQuery query;
        query.tail = 30;
        query.follow = false;
        LogSession session(environment(lab("BLIHOPS_TEST_DOCKER_HOST")), QStringLiteral("stream"),
                           query, m_keys);
        const Collected collected = collect(session);
        test::labDocker({QStringLiteral("rm"), QStringLiteral("-f"), id});
        QVERIFY(session.isService());
        QCOMPARE(session.sourceNames().size(), 2);
        QVERIFY(session.sourceNames().contains(test::logsContainer(QStringLiteral("stream"))));
        QList<int> perSource[2];
        for (qsizetype i = 0; i < collected.records.size(); ++i) {
            const LogRecord &record = collected.records.at(i);
            if (i > 0)
                QVERIFY(collected.records.at(i - 1).timestampNs <= record.timestampNs);
            if (record.stream == StreamDemuxer::Stream::Stdout)
                perSource[record.source] << numbersIn(record.bytes.mid(record.textStart), "out");
        }
        // The last 30 of each container, each in its own order.
        QCOMPARE(collected.records.size(), 60);
        QCOMPARE(perSource[1].size(), 30);
        QVERIFY(consecutive(perSource[0]));
        QVERIFY(consecutive(perSource[1]));
    }

    // However long the log, the buffer keeps its capacity of the newest lines.
    void theBufferCapHolds()
    {
        const Paused paused({test::logsContainer(QStringLiteral("stream"))});
        LogQuery query;
        query.tail = -1;
        query.follow = false;
        LogSession session(environment(lab("BLIHOPS_TEST_DOCKER_HOST")),
                           test::logsContainer(QStringLiteral("stream")), query, m_keys);
        LogLineAssembler assembler;
        LogBuffer buffer(500);
        qsizetype total = 0;
        connect(&session, &LogSession::records, this, [&](const QList<LogRecord> &records) {
            QList<LogLine> lines;
            assembler.add(records, &lines);
            total += lines.size();
            buffer.append(lines);
        });
        session.start();
        QVERIFY(
            QTest::qWaitFor([&] { return session.state() == LogSession::State::Ended; }, 60000));
        QVERIFY(total > 500);
        QCOMPARE(buffer.size(), 500);
        QCOMPARE(buffer.droppedCount(), total - 500);
        const ProcessResult tail =
            test::labDocker({QStringLiteral("logs"), QStringLiteral("--tail"), QStringLiteral("1"),
                             test::logsContainer(QStringLiteral("stream"))});
        const QByteArray last = (tail.standardOutput + tail.standardError).trimmed();
        QVERIFY(buffer.text(499) == last || buffer.text(498) == last);
    }

    // The 100 KiB line: kept in part, with a marker in the viewer and its whole text here
    // (the latest start's three lines).
    void theLongLineIsKeptInPartWithItsWholeText()
    {
        LogQuery query;
        query.tail = -1;
        query.since = test::logsLongLineStart();
        QVERIFY(LogTimestamp::parse(query.since.toLatin1()));
        query.follow = false;
        LogSession session(environment(lab("BLIHOPS_TEST_DOCKER_HOST")),
                           test::logsContainer(QStringLiteral("longline")), query, m_keys);
        LogLineAssembler assembler;
        LogBuffer buffer;
        connect(&session, &LogSession::records, this, [&](const QList<LogRecord> &records) {
            QList<LogLine> lines;
            assembler.add(records, &lines);
            buffer.append(lines);
        });
        session.start();
        QVERIFY(
            QTest::qWaitFor([&] { return session.state() == LogSession::State::Ended; }, 60000));
        QByteArray expected = "long:";
        for (int i = 0; i < 10240; ++i)
            expected += QByteArray::number(i).rightJustified(9, '0') + ',';
        QCOMPARE(buffer.size(), 3);
        QCOMPARE(buffer.text(0), QByteArrayView("before the long line"));
        QCOMPARE(buffer.text(2), QByteArrayView("after the long line"));
        QVERIFY(buffer.isTruncated(1));
        QCOMPARE(buffer.text(1).size(), LogLineAssembler::kMaxKeptBytes);
        QCOMPARE(buffer.fullLength(1), expected.size());
        QCOMPARE(buffer.fullText(1), std::optional<QByteArray>(expected));
    }
};

QTEST_GUILESS_MAIN(TestLogs)
#include "tst_logs.moc"
