#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace blihops::test {

// A real HTTP/1.1 server on a loopback port for webhook tests: it reads each request (head
// and Content-Length body), keeps it, and answers with the next status of a script (the last
// one repeats), then closes the connection.
class HttpSink : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray head;
        QByteArray body;
    };

    explicit HttpSink(QList<int> statuses = {200}) : m_statuses(std::move(statuses))
    {
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("HttpSink cannot listen");
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path = QStringLiteral("/hook")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
    }
    const QList<Request> &requests() const { return m_requests; }
    // Waits (running the event loop) until count requests have come.
    bool waitFor(int count, int timeoutMs = 30000)
    {
        return QTest::qWaitFor([&] { return m_requests.size() >= count; }, timeoutMs);
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QList<QByteArray> words = head.left(head.indexOf('\r')).split(' ');
        m_requests.append({words.value(0), words.value(1), head, buffer.mid(end + 4, length)});
        m_buffers.remove(socket);
        const int status =
            m_statuses.at(std::min<qsizetype>(m_requests.size() - 1, m_statuses.size() - 1));
        socket->write("HTTP/1.1 " + QByteArray::number(status) +
                      " Status\r\nContent-Type: "
                      "text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QList<int> m_statuses;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace blihops::test
