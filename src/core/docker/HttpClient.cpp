#include "docker/HttpClient.h"

#include "util/LogCategories.h"

namespace blihops {

QByteArray HttpExchange::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

struct HttpClient::Connection
{
    QLocalSocket *socket = nullptr;
    QPointer<HttpExchange> exchange;
    std::unique_ptr<HttpResponseParser> parser;
    QByteArray request;
    QTimer *timer = nullptr;
    bool stream = false;
};

QString HttpClient::describe(QLocalSocket::LocalSocketError error) const
{
    switch (error) {
    case QLocalSocket::ServerNotFoundError:
        return tr("there is no socket at %1 (is the engine running?)").arg(m_socketPath);
    case QLocalSocket::ConnectionRefusedError:
        return tr("%1 refused the connection (is the engine running?)").arg(m_socketPath);
    case QLocalSocket::SocketAccessError:
        return tr("permission denied on %1 (is your user in the docker group?)").arg(m_socketPath);
    case QLocalSocket::PeerClosedError:
        return tr("the engine closed the connection");
    default:
        return tr("socket error %1 on %2").arg(int(error)).arg(m_socketPath);
    }
}

HttpClient::HttpClient(const QString &socketPath, QObject *parent)
    : QObject(parent), m_socketPath(socketPath)
{}

HttpClient::~HttpClient()
{
    for (Connection *connection : m_busy + m_idle) {
        connection->socket->disconnect(this);
        delete connection->socket;
        delete connection;
    }
}

void HttpExchange::abort()
{
    if (m_done)
        return;
    m_done = true;
    emit finished();
}

HttpExchange *HttpClient::send(const HttpRequest &request, std::chrono::milliseconds timeout,
                               bool stream)
{
    auto *exchange = new HttpExchange(this);
    exchange->m_streaming = stream;

    QByteArray bytes = request.method + ' ' + request.target +
                       " HTTP/1.1\r\nHost: docker\r\n"
                       "User-Agent: BlihOps-Console\r\n";
    if (!request.body.isEmpty() || request.method == "POST") {
        bytes += "Content-Type: " + request.contentType +
                 "\r\nContent-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    }
    bytes += "\r\n" + request.body;

    Connection *connection = nullptr;
    // Streams keep their connection for as long as they run; everything else shares.
    while (!stream && !m_idle.isEmpty() && !connection) {
        Connection *idle = m_idle.takeLast();
        if (idle->socket->state() == QLocalSocket::ConnectedState) {
            connection = idle;
        } else {
            idle->socket->deleteLater();
            delete idle;
        }
    }
    if (!connection) {
        connection = new Connection;
        connection->socket = new QLocalSocket(this);
        connection->timer = new QTimer(connection->socket);
        connection->timer->setSingleShot(true);
        ++m_opened;
        QLocalSocket *socket = connection->socket;
        connect(socket, &QLocalSocket::connected, this,
                [this, connection] { startOn(connection); });
        connect(socket, &QLocalSocket::readyRead, this,
                [this, connection] { onReadyRead(connection); });
        connect(socket, &QLocalSocket::errorOccurred, this, [this, connection] {
            if (!m_busy.contains(connection)) {
                // An idle keep-alive connection the engine closed: forget it.
                if (m_idle.removeOne(connection)) {
                    connection->socket->deleteLater();
                    delete connection;
                }
                return;
            }
            const QString reason = describe(connection->socket->error());
            if (connection->socket->error() == QLocalSocket::PeerClosedError) {
                onReadyRead(connection); // what arrived before the close
                if (!m_busy.contains(connection))
                    return;
                // A body that runs until the connection closes ends here.
                HttpResponseParser &parser = *connection->parser;
                if (parser.headersComplete() && parser.finishAtEof() && parser.isComplete()) {
                    const QByteArray body = parser.takeBody();
                    if (connection->exchange && !body.isEmpty()) {
                        if (connection->exchange->m_streaming)
                            emit connection->exchange->bodyData(body);
                        else
                            connection->exchange->m_body.append(body);
                    }
                    if (m_busy.contains(connection))
                        finish(connection, {});
                    return;
                }
            }
            finish(connection, reason);
        });
        connect(connection->timer, &QTimer::timeout, this,
                [this, connection] { finish(connection, tr("no answer within the time limit")); });
    }
    connection->exchange = exchange;
    connection->parser = std::make_unique<HttpResponseParser>();
    connection->request = bytes;
    connection->stream = stream;
    m_busy.append(connection);
    connection->timer->start(timeout);
    // Started from the event loop: a failure to connect must reach the caller's slots,
    // which are connected only after send() returns.
    QPointer<QLocalSocket> socket = connection->socket;
    QMetaObject::invokeMethod(
        this,
        [this, connection, socket] {
            if (!socket || !m_busy.contains(connection))
                return;
            if (socket->state() == QLocalSocket::ConnectedState)
                startOn(connection);
            else
                socket->connectToServer(m_socketPath);
        },
        Qt::QueuedConnection);
    return exchange;
}

void HttpClient::startOn(Connection *connection)
{
    connection->socket->write(connection->request);
    // Aborting a stream from our side closes its connection.
    if (connection->stream && connection->exchange) {
        connect(connection->exchange, &HttpExchange::finished, connection->socket,
                [this, connection] {
                    if (m_busy.contains(connection))
                        release(connection, false);
                });
    }
}

void HttpClient::onReadyRead(Connection *connection)
{
    HttpExchange *exchange = connection->exchange;
    if (!exchange || exchange->m_done)
        return;
    HttpResponseParser &parser = *connection->parser;
    if (!parser.feed(connection->socket->readAll()))
        return finish(connection, tr("malformed HTTP response: %1").arg(parser.error()));
    if (parser.headersComplete() && exchange->m_status == 0) {
        exchange->m_status = parser.status();
        for (const QByteArray &name :
             {QByteArrayLiteral("Api-Version"), QByteArrayLiteral("Content-Type"),
              QByteArrayLiteral("Docker-Experimental")}) {
            const QByteArray value = parser.header(name);
            if (!value.isEmpty())
                exchange->m_headers.append({name, value});
        }
        if (connection->stream)
            connection->timer->stop();
        emit exchange->headersReceived();
    }
    if (!m_busy.contains(connection)) // a slot aborted the exchange
        return;
    const QByteArray body = parser.takeBody();
    if (!body.isEmpty()) {
        if (exchange->m_streaming)
            emit exchange->bodyData(body);
        else
            exchange->m_body.append(body);
        if (!m_busy.contains(connection))
            return;
    }
    if (parser.isComplete())
        finish(connection, {});
}

void HttpClient::finish(Connection *connection, const QString &error)
{
    connection->timer->stop();
    HttpExchange *exchange = connection->exchange;
    const bool reusable = error.isEmpty() && connection->parser &&
                          connection->parser->keepAlive() &&
                          connection->parser->leftover().isEmpty() && !connection->stream;
    if (!error.isEmpty())
        qCDebug(lcDocker) << "request failed on" << m_socketPath << error;
    release(connection, reusable);
    if (exchange && !exchange->m_done) {
        exchange->m_error = error;
        exchange->m_done = true;
        emit exchange->finished();
    }
}

void HttpClient::release(Connection *connection, bool reusable)
{
    m_busy.removeOne(connection);
    connection->exchange = nullptr;
    if (reusable) {
        m_idle.append(connection);
        return;
    }
    connection->socket->disconnect(this);
    connection->socket->abort();
    connection->socket->deleteLater();
    delete connection;
}

} // namespace blihops
