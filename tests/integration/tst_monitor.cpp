#include "LabSupport.h"
#include "Require.h"
#include "docker/DockerClient.h"
#include "docker/EngineConnector.h"
#include "docker/EnvironmentMonitor.h"

#include <QJsonArray>
#include <QLocalServer>
#include <QLocalSocket>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace blihops;

namespace {

QString lab(const char *name)
{
    return test::labValue(name);
}

// A socket in front of the lab's engine that passes everything through and counts the
// container list calls; told to, it answers requests itself with a refusal (status 500 or
// what it is given) and the message given, as the engine words its own refusals.
class CountingProxy : public QObject
{
public:
    explicit CountingProxy(const QString &path) : m_path(path)
    {
        QLocalServer::removeServer(path);
        if (!m_server.listen(path))
            qFatal("cannot listen on %s", qPrintable(path));
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *client = m_server.nextPendingConnection())
                relay(client);
        });
    }

    int listCalls() const { return m_listCalls; }
    void failNextList()
    {
        refuse(QStringLiteral("/containers/json\\?"), 1, "the proxy made this call fail");
    }
    // The next `times` requests whose request line matches pattern (-1: all of them).
    void refuse(const QString &pattern, int times, const QByteArray &message, int status = 500)
    {
        m_refusals.append({QRegularExpression(pattern), times, message, status});
    }
    void stopRefusing() { m_refusals.clear(); }
    // The request lines seen ("GET /v1.45/events?… HTTP/1.1").
    QList<QByteArray> requestLines() const { return m_lines; }

private:
    struct Refusal
    {
        QRegularExpression pattern;
        int remaining;
        QByteArray message;
        int status;
    };

    const Refusal *refusalFor(const QByteArray &line)
    {
        for (Refusal &refusal : m_refusals) {
            if (refusal.remaining != 0 &&
                refusal.pattern.match(QString::fromLatin1(line)).hasMatch()) {
                if (refusal.remaining > 0)
                    --refusal.remaining;
                return &refusal;
            }
        }
        return nullptr;
    }

    void relay(QLocalSocket *client)
    {
        auto *engine = new QLocalSocket(client);
        auto pending = std::make_shared<QByteArray>();
        engine->connectToServer(lab("BLIHOPS_TEST_DOCKER_SOCKET"));
        connect(engine, &QLocalSocket::readyRead, client,
                [client, engine] { client->write(engine->readAll()); });
        connect(engine, &QLocalSocket::disconnected, client, &QLocalSocket::disconnectFromServer);
        connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QLocalSocket::readyRead, this, [this, client, engine, pending] {
            pending->append(client->readAll());
            // Requests without bodies (GET): whole ones end with an empty line.
            qsizetype end;
            while ((end = pending->indexOf("\r\n\r\n")) >= 0) {
                const QByteArray request = pending->left(end + 4);
                pending->remove(0, end + 4);
                const QByteArray line = request.left(request.indexOf("\r\n"));
                m_lines.append(line);
                if (line.startsWith("GET ") && line.contains("/containers/json?"))
                    ++m_listCalls;
                if (const Refusal *refusal = refusalFor(line)) {
                    const QByteArray body = R"({"message":")" + refusal->message + R"("})";
                    client->write("HTTP/1.1 " + QByteArray::number(refusal->status) +
                                  " Refused\r\nContent-Type: application/json\r\nContent-Length: " +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    continue;
                }
                engine->write(request);
            }
        });
    }

    QString m_path;
    QLocalServer m_server;
    int m_listCalls = 0;
    QList<Refusal> m_refusals;
    QList<QByteArray> m_lines;
};

bool waitReady(EnvironmentMonitor &monitor)
{
    QSignalSpy ready(&monitor, &EnvironmentMonitor::ready);
    return ready.wait(30000);
}

// A client of the lab's engine of the test's own, negotiated.
std::unique_ptr<DockerClient> labClient()
{
    auto client =
        std::make_unique<DockerClient>(HttpEndpoint::unixSocket(lab("BLIHOPS_TEST_DOCKER_SOCKET")));
    bool negotiated = false;
    client->negotiate([&](const QString &) { negotiated = true; });
    if (!QTest::qWaitFor([&] { return negotiated; }, 10000))
        qFatal("the lab's engine did not answer _ping");
    return client;
}

// Containers of a compose project of their own (made by hand, as compose labels them).
Environment projectEnvironment(const QString &project, const QString &engineUrl)
{
    Environment environment;
    environment.name = QStringLiteral("churn");
    environment.engineUrl = engineUrl;
    environment.projectName = project;
    return environment;
}

QString newProject()
{
    return QStringLiteral("blihops-churn-%1").arg(QRandomGenerator::global()->generate());
}

// What creates container n of project, labelled as compose labels its containers.
QByteArray createPath(const QString &project, int n)
{
    return "/containers/create?name=" + project.toLatin1() + "-" + QByteArray::number(n);
}

QByteArray createBody(const QString &project, int n)
{
    const QJsonObject body{{QStringLiteral("Image"), lab("BLIHOPS_LAB_IMAGE")},
                           {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("true")}},
                           {QStringLiteral("Labels"),
                            QJsonObject{{QStringLiteral("com.docker.compose.project"), project},
                                        {QStringLiteral("com.docker.compose.service"),
                                         QStringLiteral("s%1").arg(n)}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// Creates count containers of project at once (no waiting between them); returns their ids.
QStringList createContainers(DockerClient &client, const QString &project, int count)
{
    QStringList ids;
    int outstanding = 0;
    for (int n = 0; n < count; ++n) {
        ++outstanding;
        client.post(createPath(project, n), createBody(project, n), [&](const DockerReply &reply) {
            --outstanding;
            if (reply.ok())
                ids << reply.json().object().value(QStringLiteral("Id")).toString();
            else
                qWarning() << "create failed:" << reply.error;
        });
    }
    if (!QTest::qWaitFor([&] { return outstanding == 0; }, 60000))
        qFatal("the lab's engine did not create the containers");
    return ids;
}

void removeContainers(DockerClient &client, const QStringList &ids)
{
    int outstanding = 0;
    for (const QString &id : ids) {
        ++outstanding;
        client.remove("/containers/" + id.toLatin1() + "?force=1",
                      [&](const DockerReply &) { --outstanding; });
    }
    if (!QTest::qWaitFor([&] { return outstanding == 0; }, 60000))
        qFatal("the lab's engine did not remove the containers");
}

int existing(const EnvironmentMonitor &monitor)
{
    int count = 0;
    for (const ContainerState &container : monitor.containers())
        count += container.exists() ? 1 : 0;
    return count;
}

// An inspect of one container, as the proxy sees its request line.
const QString kInspectLine = QStringLiteral("^GET \\S*/containers/[0-9a-f]{64}/json ");

} // namespace

// The live state against the lab's engine, under the conditions of a long day: calls that
// fail, reloads at the wrong moment, containers that come and go while a picture is taken.
class TestMonitor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        BLIHOPS_REQUIRE(!lab("BLIHOPS_TEST_DOCKER_SOCKET").isEmpty(),
                        "the lab's Docker Engine is not up: tests/lab/lab.sh up");
    }

    // A failed list call is one failure and one retry, not a storm: reloads during the
    // retry's wait start no second attempt, and once a picture is good nothing is armed.
    void noReconnectStorm()
    {
        CountingProxy proxy(m_dir.filePath(QStringLiteral("proxy.sock")));
        EnvironmentMonitor monitor(test::labEnvironment(
            QStringLiteral("DEV"),
            QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("proxy.sock"))));
        int events = 0;
        connect(&monitor, &EnvironmentMonitor::eventSeen, this,
                [&](const QString &action, const QString &) {
                    if (!action.startsWith(QLatin1String("exec_")))
                        ++events;
                });
        monitor.start(EnvironmentMonitor::Mode::Live);
        QVERIFY(waitReady(monitor));
        QVERIFY2(monitor.isReachable(), qPrintable(monitor.rollupReason()));
        QCOMPARE(proxy.listCalls(), 1);

        proxy.failNextList();
        monitor.refresh(); // its list call fails
        QVERIFY(QTest::qWaitFor([&] { return !monitor.isReachable(); }, 10000));
        QVERIFY(monitor.connector().isRetryPending());
        const int reloads = 3;
        const int attemptsBefore = monitor.connector().attempts();
        for (int i = 0; i < reloads; ++i) {
            monitor.refresh(); // F5 while the monitor waits to reconnect
            // The first takes the waiting retry over as the one attempt; the others join it.
            QVERIFY(monitor.connector().isConnecting());
            QVERIFY(!monitor.connector().isRetryPending());
            QCOMPARE(monitor.connector().attempts(), attemptsBefore + 1);
        }
        QVERIFY(QTest::qWaitFor([&] { return monitor.isReachable(); }, 10000));

        // Two minutes of an ordinary day: health checks run, nothing else happens.
        QTest::qWait(120000);
        QVERIFY2(monitor.isReachable(), qPrintable(monitor.rollupReason()));
        QVERIFY(!monitor.connector().isRetryPending());
        // The first picture, the failed call, one per reload at most, and one per event.
        QVERIFY2(
            proxy.listCalls() <= 2 + reloads + events,
            qPrintable(
                QStringLiteral("%1 list calls, %2 events").arg(proxy.listCalls()).arg(events)));
        QVERIFY2(monitor.connector().attempts() <= 1 + reloads + 1,
                 qPrintable(QString::number(monitor.connector().attempts())));
    }

    // An engine that answers the event stream with an error has refused it: the monitor says
    // so with the engine's words, and asks again later each time. That its list calls are
    // answered does not start the delays over: only a connection that holds does.
    void aRefusedEventStreamIsNamedAndBacksOff()
    {
        const QString path = m_dir.filePath(QStringLiteral("refusing.sock"));
        CountingProxy proxy(path);
        proxy.refuse(QStringLiteral("^GET \\S*/events\\?"), -1,
                     "the proxy refused the event stream", 400);
        EnvironmentMonitor monitor(
            test::labEnvironment(QStringLiteral("DEV"), QStringLiteral("unix://") + path));
        monitor.start(EnvironmentMonitor::Mode::Live);
        QVERIFY(waitReady(monitor));
        const EngineConnector &connector = monitor.connector();
        QVERIFY(QTest::qWaitFor(
            [&] { return connector.attempts() >= 4 && connector.isRetryPending(); }, 30000));
        QVERIFY(monitor.failure().has_value());
        const QString message = monitor.failure()->message();
        QVERIFY2(message.contains(QStringLiteral("refused its event stream")) &&
                     message.contains(QStringLiteral("the proxy refused the event stream")),
                 qPrintable(message));
        QVERIFY(!monitor.isReachable());
        // Four failures: waits of 0.5, 1, 2 and 4 s armed, the next one the longest.
        QCOMPARE(connector.attempts(), 4);
        QCOMPARE(connector.nextRetryDelayMs(), 5000);

        proxy.stopRefusing();
        QVERIFY(QTest::qWaitFor([&] { return monitor.isReachable(); }, 15000));
        QVERIFY(!connector.isRetryPending());
        // Not held for long yet: a drop now waits as long as the last one.
        QCOMPARE(connector.nextRetryDelayMs(), 5000);
    }

    // Fifty containers created at once are fifty events in a burst: they are inspected a few at
    // a time over kept-alive connections, not on a socket each.
    void aBurstOfEventsIsInspectedAFewAtATime()
    {
        const QString project = newProject();
        EnvironmentMonitor monitor(projectEnvironment(project, lab("BLIHOPS_TEST_DOCKER_HOST")));
        monitor.start(EnvironmentMonitor::Mode::Live);
        QVERIFY(waitReady(monitor));
        QVERIFY2(monitor.isReachable(), qPrintable(monitor.rollupReason()));
        const std::unique_ptr<DockerClient> client = labClient();
        const QStringList ids = createContainers(*client, project, 50);
        QCOMPARE(ids.size(), 50);
        QVERIFY(QTest::qWaitFor([&] { return existing(monitor) == 50; }, 30000));
        QCOMPARE(monitor.connector().attempts(), 1);
        // The event stream's, and eight at most for the ping, the picture and the inspects.
        const int opened = monitor.connector().client()->http().connectionsOpened();
        QVERIFY2(opened <= 1 + 8, qPrintable(QString::number(opened)));
        removeContainers(*client, ids);
        QVERIFY(QTest::qWaitFor([&] { return existing(monitor) == 0; }, 30000));
    }

    // An inspect the engine fails (not a 404: the container is there) is asked again; the
    // container is shown once an answer comes, on the same connection.
    void aFailedInspectIsAskedAgain()
    {
        const QString path = m_dir.filePath(QStringLiteral("inspect.sock"));
        CountingProxy proxy(path);
        const QString project = newProject();
        EnvironmentMonitor monitor(projectEnvironment(project, QStringLiteral("unix://") + path));
        monitor.start(EnvironmentMonitor::Mode::Live);
        QVERIFY(waitReady(monitor));
        QVERIFY2(monitor.isReachable(), qPrintable(monitor.rollupReason()));
        QTest::qWait(300); // the event stream is open
        proxy.refuse(kInspectLine, 2, "the proxy is busy");
        const std::unique_ptr<DockerClient> client = labClient();
        const QStringList ids = createContainers(*client, project, 1);
        QCOMPARE(ids.size(), 1);
        QVERIFY(QTest::qWaitFor([&] { return existing(monitor) == 1; }, 10000));
        QVERIFY2(monitor.isReachable(), qPrintable(monitor.rollupReason()));
        QCOMPARE(monitor.connector().attempts(), 1);
        int inspects = 0;
        for (const QByteArray &line : proxy.requestLines())
            inspects +=
                QRegularExpression(kInspectLine).match(QString::fromLatin1(line)).hasMatch();
        QVERIFY2(inspects >= 3, qPrintable(QString::number(inspects)));
        removeContainers(*client, ids);
    }

    // A picture in which one container could not be inspected (an error other than 404) is
    // no picture: the container is neither dropped nor shown half-known; the next picture,
    // taken after the retry, has them all.
    void aPictureWithAFailedInspectIsNotTaken()
    {
        const QString path = m_dir.filePath(QStringLiteral("snapshot.sock"));
        CountingProxy proxy(path);
        proxy.refuse(kInspectLine, 1, "the proxy is busy");
        EnvironmentMonitor monitor(
            test::labEnvironment(QStringLiteral("DEV"), QStringLiteral("unix://") + path));
        QStringList shown; // reachable pictures, by how many containers exist in them
        connect(&monitor, &EnvironmentMonitor::refreshed, this,
                [&] { shown << QString::number(existing(monitor)); });
        monitor.start(EnvironmentMonitor::Mode::Live);
        QVERIFY(waitReady(monitor));
        QVERIFY(QTest::qWaitFor([&] { return monitor.isReachable(); }, 15000));
        QCOMPARE(existing(monitor), 4);
        QCOMPARE(shown, QStringList{QStringLiteral("4")});
        QCOMPARE(monitor.connector().attempts(), 2);
    }

    // The first event stream reaches back to a second before the ping, by the engine's own
    // clock: what happens between the picture and the engine's taking the subscription is
    // not missed.
    void theFirstStreamReachesBackBeforeThePing()
    {
        const QString path = m_dir.filePath(QStringLiteral("since.sock"));
        CountingProxy proxy(path);
        EnvironmentMonitor monitor(
            test::labEnvironment(QStringLiteral("DEV"), QStringLiteral("unix://") + path));
        monitor.start(EnvironmentMonitor::Mode::Live);
        QVERIFY(waitReady(monitor));
        QVERIFY2(monitor.isReachable(), qPrintable(monitor.rollupReason()));
        const QDateTime ping = monitor.connector().client()->pingTime();
        QVERIFY(ping.isValid());
        // The lab's engine runs on this machine: its clock is ours (read as UTC, not local).
        QVERIFY2(qAbs(ping.secsTo(QDateTime::currentDateTimeUtc())) < 60,
                 qPrintable(ping.toString(Qt::ISODate)));
        QByteArray stream;
        for (const QByteArray &line : proxy.requestLines()) {
            if (line.contains("/events?"))
                stream = line;
        }
        QVERIFY2(stream.contains("&since=" + QByteArray::number(ping.toSecsSinceEpoch() - 1) +
                                 " HTTP/1.1"),
                 stream.constData());
    }

    // Containers created and removed while pictures are taken: at the end the monitor shows
    // exactly what the engine has, none lost and none back from the dead.
    void noLostOrGhostContainers()
    {
        const QString project =
            QStringLiteral("blihops-churn-%1").arg(QRandomGenerator::global()->generate());
        Environment environment;
        environment.name = QStringLiteral("churn");
        environment.engineUrl = lab("BLIHOPS_TEST_DOCKER_HOST");
        environment.projectName = project;
        EnvironmentMonitor monitor(environment);
        monitor.start(EnvironmentMonitor::Mode::Live);
        QVERIFY(waitReady(monitor));

        DockerClient client(HttpEndpoint::unixSocket(lab("BLIHOPS_TEST_DOCKER_SOCKET")));
        bool negotiated = false;
        client.negotiate([&](const QString &) { negotiated = true; });
        QVERIFY(QTest::qWaitFor([&] { return negotiated; }, 10000));
        QStringList alive;
        int outstanding = 0;
        const auto create = [&](int n) {
            ++outstanding;
            client.post(createPath(project, n), createBody(project, n),
                        [&](const DockerReply &reply) {
                            --outstanding;
                            QVERIFY2(reply.ok(), qPrintable(reply.error));
                            alive << reply.json().object().value(QStringLiteral("Id")).toString();
                        });
        };
        const auto remove = [&](const QString &id) {
            ++outstanding;
            client.remove("/containers/" + id.toLatin1() + "?force=1",
                          [&](const DockerReply &reply) {
                              --outstanding;
                              QVERIFY2(reply.ok(), qPrintable(reply.error));
                          });
        };
        for (int n = 0; n < 100; ++n) {
            create(n);
            if (n % 3 == 2 && !alive.isEmpty())
                remove(alive.takeFirst());
            monitor.refresh(); // a picture under way while the engine changes
            QTest::qWait(n % 5 == 0 ? 40 : 5);
        }
        QVERIFY(QTest::qWaitFor([&] { return outstanding == 0; }, 30000));

        const auto engineIds = [&] {
            QSet<QString> ids;
            bool listed = false;
            client.get("/containers/json?all=1&filters=" +
                           QUrl::toPercentEncoding(
                               QStringLiteral(R"({"label":["com.docker.compose.project=%1"]})")
                                   .arg(project)),
                       [&](const DockerReply &reply) {
                           for (const QJsonValue &value : reply.json().array())
                               ids << value.toObject().value(QStringLiteral("Id")).toString();
                           listed = true;
                       });
            if (!QTest::qWaitFor([&] { return listed; }, 10000))
                QTest::qFail("the engine did not list the containers", __FILE__, __LINE__);
            return ids;
        };
        const auto monitorIds = [&] {
            QSet<QString> ids;
            for (const ContainerState &container : monitor.containers())
                ids << container.id;
            return ids;
        };
        const QSet<QString> expected = engineIds();
        QCOMPARE(expected.size(), int(alive.size()));
        QVERIFY(QTest::qWaitFor([&] { return monitorIds() == expected; }, 10000));
        QTest::qWait(1000); // and it stays so: no late answer brings one back
        QCOMPARE(monitorIds(), expected);
        for (const ContainerState &container : monitor.containers())
            QCOMPARE(container.state, QStringLiteral("created"));

        for (const QString &id : std::as_const(alive))
            remove(id);
        QVERIFY(QTest::qWaitFor([&] { return outstanding == 0; }, 30000));
        QVERIFY(QTest::qWaitFor([&] { return monitor.containers().isEmpty(); }, 10000));
    }
};

QTEST_GUILESS_MAIN(TestMonitor)
#include "tst_monitor.moc"
