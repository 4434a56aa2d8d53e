#include "LabSupport.h"
#include "Require.h"
#include "docker/DockerClient.h"
#include "docker/EngineConnector.h"
#include "docker/EnvironmentMonitor.h"

#include <QJsonArray>
#include <QLocalServer>
#include <QLocalSocket>
#include <QRandomGenerator>
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
// container list calls; told to, it answers the next list call with an error itself.
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
    void failNextList() { m_failNext = true; }

private:
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
                if (request.startsWith("GET ") && request.contains("/containers/json?")) {
                    ++m_listCalls;
                    if (std::exchange(m_failNext, false)) {
                        const QByteArray body = R"({"message":"the proxy made this call fail"})";
                        client->write("HTTP/1.1 500 Internal Server Error\r\nContent-Type: "
                                      "application/json\r\nContent-Length: " +
                                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
                        continue;
                    }
                }
                engine->write(request);
            }
        });
    }

    QString m_path;
    QLocalServer m_server;
    int m_listCalls = 0;
    bool m_failNext = false;
};

bool waitReady(EnvironmentMonitor &monitor)
{
    QSignalSpy ready(&monitor, &EnvironmentMonitor::ready);
    return ready.wait(30000);
}

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
        for (int i = 0; i < reloads; ++i) {
            monitor.refresh(); // F5 while the monitor waits to reconnect
            QVERIFY(!monitor.connector().isRetryPending() || monitor.connector().isConnecting());
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
            const QJsonObject body{
                {QStringLiteral("Image"), lab("BLIHOPS_LAB_IMAGE")},
                {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("true")}},
                {QStringLiteral("Labels"),
                 QJsonObject{{QStringLiteral("com.docker.compose.project"), project},
                             {QStringLiteral("com.docker.compose.service"),
                              QStringLiteral("s%1").arg(n)}}}};
            ++outstanding;
            client.post(
                "/containers/create?name=" + project.toLatin1() + "-" + QByteArray::number(n),
                QJsonDocument(body).toJson(QJsonDocument::Compact), [&](const DockerReply &reply) {
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
