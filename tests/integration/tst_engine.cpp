#include "CliRun.h"
#include "LabSupport.h"
#include "Require.h"
#include "SshAgent.h"
#include "TestWorkspace.h"
#include "docker/DockerClient.h"
#include "docker/EnvironmentMonitor.h"
#include "remote/HostKeyStore.h"
#include "remote/Process.h"
#include "remote/SshConnection.h"
#include "util/Error.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace blihops;
using namespace std::chrono_literals;

namespace {

using test::sshEngineUrl;
using test::sshTarget;

QString lab(const char *name)
{
    return test::labValue(name);
}

ProcessResult labScript(const QStringList &arguments)
{
    return Process::run(QStringLiteral(BLIHOPS_SOURCE_DIR "/tests/lab/lab.sh"), arguments, 120s);
}

Environment devEnvironment(const QString &engineUrl)
{
    return test::labEnvironment(QStringLiteral("DEV"), engineUrl);
}

ContainerState containerOf(const EnvironmentMonitor &monitor, const QString &service)
{
    for (const ContainerState &container : monitor.containers()) {
        if (container.service == service)
            return container;
    }
    return {};
}

bool waitReady(EnvironmentMonitor &monitor)
{
    QSignalSpy ready(&monitor, &EnvironmentMonitor::ready);
    return ready.wait(30000);
}

// ssh processes still running that use a control path.
int sshProcessesFor(const QString &controlPath)
{
    const ProcessResult found =
        Process::run(QStringLiteral("pgrep"), {QStringLiteral("-f"), controlPath}, 10s);
    return int(found.standardOutput.count('\n'));
}

} // namespace

// Against the lab's real Docker Engine and sshd: over the local socket and over SSH.
class TestEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::SshAgent> m_agent;
    QString m_knownHosts;
    QString m_labFingerprint;

    // docker stop from outside the app shows, from the event stream.
    void checkStopIsSeen(const QString &engineUrl, const HostKeyStore &keys)
    {
        EnvironmentMonitor monitor(devEnvironment(engineUrl), keys);
        monitor.start(EnvironmentMonitor::Mode::Live);
        QVERIFY(waitReady(monitor));
        const QString bot = containerOf(monitor, QStringLiteral("bot")).name;
        QVERIFY(containerOf(monitor, QStringLiteral("bot")).isRunning());
        QTest::qWait(300); // the event stream is open

        QVERIFY(test::labDocker(
                    {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("1"), bot})
                    .ok());
        // How soon is a benchmark's figure (bench/bench_events.sh), not an assertion here.
        QVERIFY(QTest::qWaitFor(
            [&] { return !containerOf(monitor, QStringLiteral("bot")).isRunning(); }, 10000));
        QCOMPARE(monitor.rollup(), EnvironmentMonitor::Rollup::Degraded);
        QVERIFY(monitor.rollupReason().contains(QStringLiteral("bot is exited")));

        QVERIFY(test::labDocker({QStringLiteral("start"), bot}).ok());
        QVERIFY(QTest::qWaitFor(
            [&] { return containerOf(monitor, QStringLiteral("bot")).isRunning(); }, 5000));
    }

private slots:
    void initTestCase()
    {
        BLIHOPS_REQUIRE(!lab("BLIHOPS_TEST_DOCKER_SOCKET").isEmpty() &&
                            !lab("BLIHOPS_TEST_SSH_PORT").isEmpty(),
                        "the lab's Docker Engine and sshd are not up: tests/lab/lab.sh up");
        // Keys come from an agent, as on a workstation; the agent is ours and ends with us.
        m_agent = std::make_unique<test::SshAgent>(m_dir.path());
        QVERIFY2(m_agent->error().isEmpty(), qPrintable(m_agent->error()));
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        m_labFingerprint = test::labSshFingerprint();
        QVERIFY(m_labFingerprint.startsWith(QStringLiteral("SHA256:")));
    }

    // A failed test may leave a container stopped or sshd down: bring the lab back.
    void cleanup()
    {
        if (QTest::currentTestFailed())
            labScript({QStringLiteral("up")});
    }

    void cleanupTestCase() { m_agent.reset(); }

    void keepAliveReusesOneConnection()
    {
        DockerClient client(HttpEndpoint::unixSocket(lab("BLIHOPS_TEST_DOCKER_SOCKET")));
        QString negotiated = QStringLiteral("pending");
        client.negotiate([&](const QString &error) { negotiated = error; });
        QVERIFY(QTest::qWaitFor([&] { return negotiated != QLatin1String("pending"); }, 10000));
        QVERIFY2(negotiated.isEmpty(), qPrintable(negotiated));
        QVERIFY(!client.apiVersion().isEmpty());
        int answered = 0;
        for (int i = 0; i < 3; ++i) {
            bool done = false;
            client.get("/version", [&](const DockerReply &reply) {
                QVERIFY(reply.ok());
                QVERIFY(!reply.json()
                             .object()
                             .value(QStringLiteral("ApiVersion"))
                             .toString()
                             .isEmpty());
                ++answered;
                done = true;
            });
            QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
        }
        QCOMPARE(answered, 3);
        QCOMPARE(client.http().connectionsOpened(), 1);
    }

    void engineErrorsCarryTheEnginesMessage()
    {
        DockerClient client(HttpEndpoint::unixSocket(lab("BLIHOPS_TEST_DOCKER_SOCKET")));
        bool done = false;
        client.negotiate([&](const QString &) {
            client.get("/containers/no-such-container/json", [&](const DockerReply &reply) {
                QCOMPARE(reply.status, 404);
                QVERIFY2(reply.error.contains(QStringLiteral("no-such-container")),
                         qPrintable(reply.error));
                done = true;
            });
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    }

    void snapshotListsTheStackOverTheLocalSocket()
    {
        EnvironmentMonitor monitor(devEnvironment(lab("BLIHOPS_TEST_DOCKER_HOST")));
        monitor.start(EnvironmentMonitor::Mode::Snapshot);
        QVERIFY(waitReady(monitor));
        QVERIFY2(monitor.isReachable(), qPrintable(monitor.rollupReason()));
        const ContainerState postgres = containerOf(monitor, QStringLiteral("postgres"));
        QVERIFY(postgres.exists());
        QCOMPARE(postgres.state, QStringLiteral("running"));
        QCOMPARE(postgres.health, QStringLiteral("healthy"));
        QCOMPARE(postgres.restartPolicy, QStringLiteral("unless-stopped"));
        QVERIFY(postgres.name.startsWith(QStringLiteral("blihops-lab-dev")));
        QVERIFY(postgres.startedAt.isValid());
        QVERIFY(std::any_of(postgres.volumes.begin(), postgres.volumes.end(), [](const QString &v) {
            return v.endsWith(QStringLiteral(":/var/lib/postgresql/data"));
        }));
        QVERIFY(containerOf(monitor, QStringLiteral("api")).isRunning());
        QVERIFY(!containerOf(monitor, QStringLiteral("redis")).healthOutput.isNull());
        const QJsonObject json = monitor.statusJson();
        QCOMPARE(json.value(QStringLiteral("engine"))
                     .toObject()
                     .value(QStringLiteral("reachable"))
                     .toBool(),
                 true);
        QVERIFY(json.value(QStringLiteral("containers")).toArray().size() >= 4);
    }

    void refreshSeesWhatChangedAndKeepsTheRest()
    {
        // A snapshot monitor hears no events: only refresh() can show the change.
        EnvironmentMonitor monitor(devEnvironment(lab("BLIHOPS_TEST_DOCKER_HOST")));
        monitor.start(EnvironmentMonitor::Mode::Snapshot);
        QVERIFY(waitReady(monitor));
        const ContainerState bot = containerOf(monitor, QStringLiteral("bot"));
        QVERIFY(bot.isRunning());
        QVERIFY(test::labDocker(
                    {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("1"), bot.name})
                    .ok());
        QSignalSpy refreshed(&monitor, &EnvironmentMonitor::refreshed);
        monitor.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(containerOf(monitor, QStringLiteral("bot")).state, QStringLiteral("exited"));
        const ContainerState postgres = containerOf(monitor, QStringLiteral("postgres"));
        QCOMPARE(postgres.restartPolicy, QStringLiteral("unless-stopped"));
        QCOMPARE(postgres.health, QStringLiteral("healthy"));
        QVERIFY(test::labDocker({QStringLiteral("start"), bot.name}).ok());
        monitor.refresh();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(containerOf(monitor, QStringLiteral("bot")).isRunning());
    }

    void servicesWithoutContainersShowAsNotCreated()
    {
        Environment environment = devEnvironment(lab("BLIHOPS_TEST_DOCKER_HOST"));
        environment.projectName = QStringLiteral("blihops-lab-nothing");
        EnvironmentMonitor monitor(environment);
        monitor.start(EnvironmentMonitor::Mode::Snapshot);
        QVERIFY(waitReady(monitor));
        QCOMPARE(monitor.rollup(), EnvironmentMonitor::Rollup::Down);
        QCOMPARE(containerOf(monitor, QStringLiteral("postgres")).state,
                 QStringLiteral("not created"));
    }

    void aStopOutsideTheAppShowsUpFromEvents()
    {
        checkStopIsSeen(lab("BLIHOPS_TEST_DOCKER_HOST"), HostKeyStore(m_knownHosts));
    }

    void aDroppedEventStreamResumesWithoutLosingAnEvent()
    {
        EnvironmentMonitor monitor(devEnvironment(lab("BLIHOPS_TEST_DOCKER_HOST")));
        monitor.start(EnvironmentMonitor::Mode::Live);
        QVERIFY(waitReady(monitor));
        const QString bot = containerOf(monitor, QStringLiteral("bot")).name;
        // One event first, so that the monitor has a point to resume from.
        QVERIFY(test::labDocker(
                    {QStringLiteral("restart"), QStringLiteral("-t"), QStringLiteral("1"), bot})
                    .ok());
        QVERIFY(QTest::qWaitFor(
            [&] { return containerOf(monitor, QStringLiteral("bot")).isRunning(); }, 5000));
        QTest::qWait(300);

        QStringList actions;
        connect(&monitor, &EnvironmentMonitor::eventSeen, this,
                [&](const QString &action, const QString &name) {
                    if (name == bot)
                        actions << action;
                });
        monitor.resumeEvents(); // the stream drops; the monitor reconnects after a pause
        QVERIFY(!monitor.isReachable());
        // Happens while the stream is down.
        QVERIFY(test::labDocker(
                    {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("1"), bot})
                    .ok());
        QVERIFY(QTest::qWaitFor([&] { return actions.contains(QStringLiteral("stop")); }, 10000));
        QVERIFY(actions.contains(QStringLiteral("die")));
        QVERIFY(QTest::qWaitFor([&] { return monitor.isReachable(); }, 10000));
        QVERIFY(!containerOf(monitor, QStringLiteral("bot")).isRunning());
        QVERIFY(test::labDocker({QStringLiteral("start"), bot}).ok());
    }

    void execRunsArgvInAContainerWithoutAShell()
    {
        EnvironmentMonitor monitor(devEnvironment(lab("BLIHOPS_TEST_DOCKER_HOST")));
        monitor.start(EnvironmentMonitor::Mode::Snapshot);
        QVERIFY(waitReady(monitor));
        const QString id = containerOf(monitor, QStringLiteral("redis")).id;
        DockerClient client(HttpEndpoint::unixSocket(lab("BLIHOPS_TEST_DOCKER_SOCKET")));
        std::optional<ExecResult> result;
        const QString word = QStringLiteral("it's $(id); `id` \"x\"\nnext");
        client.negotiate([&](const QString &) {
            client.exec(id, {QStringLiteral("printf"), QStringLiteral("%s"), word},
                        [&](const ExecResult &r) { result = r; });
        });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
        QVERIFY2(result->error.isEmpty(), qPrintable(result->error));
        QCOMPARE(result->exitCode, 0);
        QCOMPARE(QString::fromUtf8(result->standardOutput), word);

        result.reset();
        client.exec(id, {QStringLiteral("ls"), QStringLiteral("/no/such/path")},
                    [&](const ExecResult &r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
        QVERIFY(result->exitCode != 0);
        QVERIFY(result->standardOutput.isEmpty());
        QVERIFY(result->standardError.contains("/no/such/path"));
    }

    void logsAreDemultiplexedOrRawForATty()
    {
        DockerClient client(HttpEndpoint::unixSocket(lab("BLIHOPS_TEST_DOCKER_SOCKET")));
        bool negotiated = false;
        client.negotiate([&](const QString &) { negotiated = true; });
        QVERIFY(QTest::qWaitFor([&] { return negotiated; }, 10000));
        const auto readLogs = [&](const QString &container, bool tty) {
            QByteArray out;
            std::optional<QString> finished;
            client.logs(
                container, tty, LogsQuery{},
                [&](StreamDemuxer::Stream, const QByteArray &data) { out += data; },
                [&](const QString &error, int) { finished = error; });
            if (!QTest::qWaitFor([&] { return finished.has_value(); }, 20000))
                return QByteArray("(timed out)");
            return finished->isEmpty() ? out : finished->toUtf8();
        };
        // Two containers of our own, one with a TTY, that print and stop.
        const QString label = QStringLiteral("blihops.test=logs");
        const auto run = [&](bool tty) {
            QStringList arguments = {QStringLiteral("run"), QStringLiteral("-d"),
                                     QStringLiteral("--label"), label};
            if (tty)
                arguments << QStringLiteral("-t");
            arguments << lab("BLIHOPS_LAB_IMAGE") << QStringLiteral("busybox")
                      << QStringLiteral("echo") << QStringLiteral("hello from the log");
            return QString::fromUtf8(test::labDocker(arguments).standardOutput).trimmed();
        };
        const QString plain = run(false);
        const QString withTty = run(true);
        QVERIFY(!plain.isEmpty() && !withTty.isEmpty());
        QVERIFY(test::labDocker({QStringLiteral("wait"), plain, withTty}).ok());
        QCOMPARE(readLogs(plain, false), QByteArray("hello from the log\n"));
        QCOMPARE(readLogs(withTty, true), QByteArray("hello from the log\r\n"));
        test::labDocker({QStringLiteral("rm"), QStringLiteral("-f"), plain, withTty});
    }

    void tcpEnginesSpeakMutualTls()
    {
        const QString host = lab("BLIHOPS_TEST_DOCKER_TLS_HOST");
        BLIHOPS_REQUIRE(!host.isEmpty(), "the lab's TLS engine is not up: tests/lab/lab.sh up");
        const QString certificates = lab("BLIHOPS_TEST_DOCKER_CERT_PATH");
        qputenv("DOCKER_CERT_PATH", certificates.toLocal8Bit());
        {
            EnvironmentMonitor monitor(devEnvironment(host));
            monitor.start(EnvironmentMonitor::Mode::Snapshot);
            QVERIFY(waitReady(monitor));
            QVERIFY2(monitor.isReachable(), qPrintable(monitor.rollupReason()));
            QVERIFY(containerOf(monitor, QStringLiteral("postgres")).isRunning());
        }
        // An engine certificate our CA did not sign is refused.
        QTemporaryDir wrongCa;
        for (const char *name : {"cert.pem", "key.pem"})
            QVERIFY(QFile::copy(certificates + QLatin1Char('/') + QLatin1String(name),
                                wrongCa.filePath(QLatin1String(name))));
        QVERIFY(QFile::copy(certificates + QStringLiteral("/cert.pem"),
                            wrongCa.filePath(QStringLiteral("ca.pem"))));
        qputenv("DOCKER_CERT_PATH", wrongCa.path().toLocal8Bit());
        {
            EnvironmentMonitor monitor(devEnvironment(host));
            monitor.start(EnvironmentMonitor::Mode::Snapshot);
            QVERIFY(waitReady(monitor));
            QVERIFY(!monitor.isReachable());
            QVERIFY2(monitor.rollupReason().contains(QStringLiteral("TLS")),
                     qPrintable(monitor.rollupReason()));
        }
        // Missing files are named.
        QTemporaryDir empty;
        qputenv("DOCKER_CERT_PATH", empty.path().toLocal8Bit());
        {
            EnvironmentMonitor monitor(devEnvironment(host));
            monitor.start(EnvironmentMonitor::Mode::Snapshot);
            QVERIFY(waitReady(monitor));
            QCOMPARE(monitor.failure()->kind(), ErrorKind::BadInput);
            QVERIFY(monitor.rollupReason().contains(QStringLiteral("ca.pem")));
        }
        qunsetenv("DOCKER_CERT_PATH");
    }

    void unreachableEngineSaysWhere()
    {
        Environment environment = devEnvironment(QStringLiteral("unix:///nonexistent/docker.sock"));
        EnvironmentMonitor monitor(environment);
        monitor.start(EnvironmentMonitor::Mode::Snapshot);
        QVERIFY(waitReady(monitor));
        QCOMPARE(monitor.rollup(), EnvironmentMonitor::Rollup::Unreachable);
        QVERIFY(monitor.rollupReason().contains(QStringLiteral("/nonexistent/docker.sock")));
    }

    void anUnknownHostKeyIsAskedAboutAndTrustedOnlyAsOffered()
    {
        HostKeyStore keys(m_knownHosts);
        EnvironmentMonitor monitor(devEnvironment(sshEngineUrl()), keys);
        monitor.start(EnvironmentMonitor::Mode::Snapshot);
        QVERIFY(waitReady(monitor));
        QVERIFY(monitor.failure().has_value());
        QCOMPARE(monitor.failure()->kind(), ErrorKind::UntrustedHostKey);
        const QString offered =
            monitor.failure()->details().value(QStringLiteral("offered")).toString();
        QCOMPARE(offered, m_labFingerprint);
        QVERIFY(!QFile::exists(m_knownHosts)); // nothing trusted silently

        try {
            keys.trust(sshTarget(), QStringLiteral("SHA256:not-the-key"));
            QFAIL("trusted a fingerprint the host does not offer");
        } catch (const Error &error) {
            QVERIFY(error.message().contains(offered));
        }
        keys.trust(sshTarget(), offered);
        QCOMPARE(keys.trustedFingerprint(sshTarget()).value_or(QString()), offered);
    }

    void snapshotOverSshMatchesTheLocalSocket()
    {
        HostKeyStore keys(m_knownHosts);
        QString controlPath;
        {
            EnvironmentMonitor remote(devEnvironment(sshEngineUrl()), keys);
            remote.start(EnvironmentMonitor::Mode::Snapshot);
            QVERIFY(waitReady(remote));
            QVERIFY2(remote.isReachable(), qPrintable(remote.rollupReason()));
            EnvironmentMonitor local(devEnvironment(lab("BLIHOPS_TEST_DOCKER_HOST")));
            local.start(EnvironmentMonitor::Mode::Snapshot);
            QVERIFY(waitReady(local));
            QCOMPARE(remote.containers().size(), local.containers().size());
            QCOMPARE(containerOf(remote, QStringLiteral("redis")).name,
                     containerOf(local, QStringLiteral("redis")).name);
            controlPath = SshConnection::acquire(sshTarget(), keys)->controlPath();
            QCOMPARE(sshProcessesFor(controlPath), 1); // one master, shared
        }
        // The last user let go: no ssh process is left behind.
        QVERIFY(QTest::qWaitFor([&] { return sshProcessesFor(controlPath) == 0; }, 5000));
    }

    void aStopOverSshShowsUpFromEvents()
    {
        checkStopIsSeen(sshEngineUrl(), HostKeyStore(m_knownHosts));
    }

    void aTcpPortOnTheHostIsForwardedOverTheMaster()
    {
        auto connection = SshConnection::acquire(sshTarget(), HostKeyStore(m_knownHosts));
        quint16 local = 0;
        try {
            local = connection->forwardLocalPort(QStringLiteral("127.0.0.1"),
                                                 quint16(lab("BLIHOPS_LAB_DEV_HTTP_PORT").toInt()));
        } catch (const Error &error) {
            QFAIL(qPrintable(error.message()));
        }
        QVERIFY(local > 0);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, local);
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /health HTTP/1.0\r\n\r\n");
        QByteArray answer;
        while (socket.waitForReadyRead(5000))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.") && answer.endsWith("ok\n"), answer.constData());
        socket.close();
        // Cancelled, the local port is closed again: no other local user can use it.
        connection->cancelLocalPort(local);
        QTcpSocket after;
        after.connectToHost(QHostAddress::LocalHost, local);
        QVERIFY(!after.waitForConnected(2000));
    }

    void remoteQuotingSurvivesHostileNames_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("quotes") << "it's \"quoted\"";
        QTest::newRow("spaces") << "a  b";
        QTest::newRow("substitution") << "$(touch SENTINEL)";
        QTest::newRow("semicolon") << "x; touch SENTINEL";
        QTest::newRow("newline") << "x\ntouch SENTINEL";
        QTest::newRow("backtick") << "`touch SENTINEL`";
    }

    void remoteQuotingSurvivesHostileNames()
    {
        QFETCH(QString, word);
        const QString sentinel = m_dir.filePath(QStringLiteral("SENTINEL"));
        word.replace(QStringLiteral("SENTINEL"), sentinel);
        auto connection = SshConnection::acquire(sshTarget(), HostKeyStore(m_knownHosts));
        ProcessResult result;
        try {
            result = connection->run({QStringLiteral("printf"), QStringLiteral("%s"), word}, 20s);
        } catch (const Error &error) {
            QFAIL(qPrintable(error.message()));
        }
        QVERIFY2(result.ok(), qPrintable(result.summary()));
        QCOMPARE(QString::fromUtf8(result.standardOutput), word);
        QVERIFY(!QFile::exists(sentinel));
    }

    void sshdStoppedMidSessionIsClearAndRecovers()
    {
        HostKeyStore keys(m_knownHosts);
        EnvironmentMonitor monitor(devEnvironment(sshEngineUrl()), keys);
        monitor.start(EnvironmentMonitor::Mode::Live);
        QVERIFY(waitReady(monitor));
        QVERIFY(monitor.isReachable());
        QVERIFY(labScript({QStringLiteral("stop"), QStringLiteral("ssh")}).ok());
        QVERIFY(QTest::qWaitFor([&] { return !monitor.isReachable(); }, 20000));
        QVERIFY2(monitor.rollupReason().contains(QStringLiteral("lab-dev")) ||
                     monitor.rollupReason().contains(QStringLiteral("127.0.0.1")),
                 qPrintable(monitor.rollupReason()));
        QVERIFY(labScript({QStringLiteral("up"), QStringLiteral("ssh")}).ok());
        QVERIFY(QTest::qWaitFor([&] { return monitor.isReachable(); }, 30000));
        QVERIFY(containerOf(monitor, QStringLiteral("postgres")).isRunning());
    }

    void cliStatusPrintsTheContractOverTheLocalSocket()
    {
        QTemporaryDir home;
        const QString workspace = home.filePath(QStringLiteral("w.sqlite"));
        const auto ctl = [&](QStringList arguments) {
            return test::runCtl(home,
                                QStringList{QStringLiteral("--workspace"), workspace} + arguments);
        };
        QCOMPARE(ctl({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("lab-dev"),
                      QStringLiteral("--engine"), lab("BLIHOPS_TEST_DOCKER_HOST"),
                      QStringLiteral("--compose"), lab("BLIHOPS_LAB_DEV_COMPOSE"),
                      QStringLiteral("--project-name"), lab("BLIHOPS_LAB_DEV_PROJECT")})
                     .exitCode,
                 0);
        const test::CliRun status = ctl({QStringLiteral("env"), QStringLiteral("status"),
                                         QStringLiteral("lab-dev"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject json = status.json();
        QCOMPARE(json.value(QStringLiteral("environment")).toString(), QStringLiteral("lab-dev"));
        const QJsonObject engine = json.value(QStringLiteral("engine")).toObject();
        QVERIFY(engine.value(QStringLiteral("reachable")).toBool());
        QVERIFY(!engine.value(QStringLiteral("api_version")).toString().isEmpty());
        QVERIFY(engine.value(QStringLiteral("error")).isNull());
        const QJsonArray containers = json.value(QStringLiteral("containers")).toArray();
        QCOMPARE(containers.size(), 4);
        for (const QJsonValue &value : containers) {
            const QJsonObject container = value.toObject();
            for (const char *key : {"name", "service", "state", "health", "restart_policy",
                                    "memory_limit_bytes", "nano_cpus", "ports", "volumes"})
                QVERIFY2(container.contains(QString::fromLatin1(key)), key);
            QCOMPARE(container.value(QStringLiteral("state")).toString(),
                     QStringLiteral("running"));
        }

        QCOMPARE(ctl({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("gone"),
                      QStringLiteral("--engine"), QStringLiteral("unix:///nonexistent.sock"),
                      QStringLiteral("--compose"), lab("BLIHOPS_LAB_DEV_COMPOSE")})
                     .exitCode,
                 0);
        const test::CliRun unreachable = ctl({QStringLiteral("env"), QStringLiteral("status"),
                                              QStringLiteral("gone"), QStringLiteral("--json")});
        QCOMPARE(unreachable.exitCode, 3);
        QVERIFY(!unreachable.json()
                     .value(QStringLiteral("engine"))
                     .toObject()
                     .value(QStringLiteral("reachable"))
                     .toBool());
        const test::CliRun text =
            ctl({QStringLiteral("env"), QStringLiteral("status"), QStringLiteral("gone")});
        QCOMPARE(text.exitCode, 3);
        QVERIFY2(text.oneErrorLine() && text.err.contains("/nonexistent.sock"),
                 text.err.constData());
    }

    void cliTrustsAHostKeyOnlyWhenAskedWithItsFingerprint()
    {
        QTemporaryDir home;
        const QString workspace = home.filePath(QStringLiteral("w.sqlite"));
        const auto ctl = [&](QStringList arguments) {
            return test::runCtl(home,
                                QStringList{QStringLiteral("--workspace"), workspace} + arguments);
        };
        QCOMPARE(ctl({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("remote"),
                      QStringLiteral("--engine"), sshEngineUrl(), QStringLiteral("--compose"),
                      lab("BLIHOPS_LAB_DEV_COMPOSE"), QStringLiteral("--project-name"),
                      lab("BLIHOPS_LAB_DEV_PROJECT")})
                     .exitCode,
                 0);
        const QString offered = HostKeyStore(m_knownHosts).offeredFingerprint(sshTarget());
        const QStringList status = {QStringLiteral("env"), QStringLiteral("status"),
                                    QStringLiteral("remote"), QStringLiteral("--json")};
        const test::CliRun untrusted = ctl(status);
        QCOMPARE(untrusted.exitCode, 2);
        QVERIFY2(untrusted.oneErrorLine() && untrusted.err.contains(offered.toLatin1()),
                 untrusted.err.constData());

        const test::CliRun wrong = ctl(status + QStringList{QStringLiteral("--trust-host-key"),
                                                            QStringLiteral("SHA256:AAAA")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.err.contains("nothing was trusted"));

        const test::CliRun trusted =
            ctl(status + QStringList{QStringLiteral("--trust-host-key"), offered});
        QCOMPARE(trusted.exitCode, 0);
        QCOMPARE(trusted.json().value(QStringLiteral("containers")).toArray().size(), 4);
        QCOMPARE(ctl(status).exitCode, 0); // remembered
        // The CLI's master left with it.
        QVERIFY(QTest::qWaitFor([&] { return sshProcessesFor(home.path()) == 0; }, 5000));
    }

    void aChangedHostKeyStopsWithBothFingerprints()
    {
        HostKeyStore keys(m_knownHosts);
        const QString trusted = keys.trustedFingerprint(sshTarget()).value_or(QString());
        QVERIFY(!trusted.isEmpty());
        QVERIFY(labScript({QStringLiteral("rekey"), QStringLiteral("ssh")}).ok());
        const QString offered = keys.offeredFingerprint(sshTarget());
        QVERIFY(offered != trusted);

        EnvironmentMonitor monitor(devEnvironment(sshEngineUrl()), keys);
        monitor.start(EnvironmentMonitor::Mode::Live);
        QVERIFY(waitReady(monitor));
        QVERIFY(monitor.failure().has_value());
        QCOMPARE(monitor.failure()->kind(), ErrorKind::ChangedHostKey);
        const QString message = monitor.failure()->message();
        QVERIFY2(message.contains(trusted) && message.contains(offered) &&
                     message.contains(QStringLiteral("127.0.0.1")),
                 qPrintable(message));
        // The key was not replaced behind the user's back.
        QCOMPARE(keys.trustedFingerprint(sshTarget()).value_or(QString()), trusted);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
