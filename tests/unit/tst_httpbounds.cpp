#include "checks/HttpProbe.h"
#include "checks/SmokeCheck.h"
#include "docker/DockerClient.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace blihops;

namespace {

// Answers every connection with headers, then body bytes for as long as it is read.
template <typename Socket> void pour(Socket *socket, const QByteArray &headers)
{
    socket->write(headers);
    auto *timer = new QTimer(socket);
    const QByteArray chunk(1024 * 1024, 'x');
    QObject::connect(timer, &QTimer::timeout, socket, [socket, chunk] {
        while (socket->bytesToWrite() < 8 * chunk.size())
            socket->write(chunk);
    });
    timer->start(0);
}

} // namespace

// Answers too large to keep: bounded, with a clear message, and no memory spent on them.
class TestHttpBounds : public QObject
{
    Q_OBJECT

private slots:
    void anEngineAnswerOver64MiBIsRefused()
    {
        QTemporaryDir dir;
        QLocalServer server;
        QVERIFY(server.listen(dir.filePath(QStringLiteral("engine.sock"))));
        qint64 sent = 0;
        connect(&server, &QLocalServer::newConnection, this, [&] {
            QLocalSocket *socket = server.nextPendingConnection();
            connect(socket, &QLocalSocket::bytesWritten, this, [&](qint64 n) { sent += n; });
            pour(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                         "1000000000\r\n\r\n[");
        });
        DockerClient client(HttpEndpoint::unixSocket(server.fullServerName()));
        HttpExchange *exchange =
            client.http().send({"GET", "/containers/json", {}, {}}, std::chrono::seconds(60));
        QString error;
        connect(exchange, &HttpExchange::finished, this,
                [&] { error = exchange->errorString(); });
        QSignalSpy finished(exchange, &HttpExchange::finished);
        QVERIFY(finished.wait(60000));
        QVERIFY2(error.contains(QStringLiteral("larger than 64 MiB")), qPrintable(error));
        QVERIFY(exchange->body().size() <= HttpClient::kMaxBodyBytes);
        QVERIFY(sent < 1000000000);
    }

    void aProbeReadsTheBeginningOfAnEndlessBody()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                if (socket->property("answered").toBool())
                    return;
                socket->setProperty("answered", true);
                // No length, no end: the server talks until the connection closes.
                pour(socket, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nready ");
            });
        });
        SmokeCheck check;
        check.kind = SmokeCheck::Kind::Http;
        check.path = QStringLiteral("/health");
        check.expectedBody = QStringLiteral("ready");
        ProbeTarget target;
        target.host = QStringLiteral("127.0.0.1");
        target.port = server.serverPort();
        target.description = QStringLiteral("127.0.0.1:%1").arg(server.serverPort());
        target.timeoutMs = 20000;
        const ProbeAnswer answer = HttpProbe::run(target, check);
        QVERIFY2(answer.passed, qPrintable(answer.message));
        QVERIFY2(answer.message.contains(QStringLiteral("the body contains \"ready\"")),
                 qPrintable(answer.message));
    }
};

QTEST_GUILESS_MAIN(TestHttpBounds)
#include "tst_httpbounds.moc"
