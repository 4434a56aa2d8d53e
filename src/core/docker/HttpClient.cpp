#include "docker/HttpClient.h"

#include "util/LogCategories.h"

#include <QSslSocket>

namespace blihops {

QByteArray HttpExchange::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void HttpExchange::abort()
{
    if (m_done)
        return;
    m_done = true;
    emit finished();
}

QString HttpEndpoint::display() const
{
    return isTls() ? QStringLiteral("%1:%2").arg(host).arg(port) : socketPath;
}

struct HttpClient::Connection
{
    QIODevice *device = nullptr; // a QLocalSocket or a QSslSocket
    QPointer<HttpExchange> exchange;
    std::unique_ptr<HttpResponseParser> parser;
    QByteArray request;
    QTimer *timer = nullptr;
    bool stream = false;
};

QString HttpClient::describe(QLocalSocket::LocalSocketError error) const
{
    const QString where = m_endpoint.display();
    switch (error) {
    case QLocalSocket::ServerNotFoundError:
        return tr("there is no socket at %1 (is the engine running?)").arg(where);
    case QLocalSocket::ConnectionRefusedError:
        return tr("%1 refused the connection (is the engine running?)").arg(where);
    case QLocalSocket::SocketAccessError:
        return tr("permission denied on %1 (is your user in the docker group?)").arg(where);
    case QLocalSocket::PeerClosedError:
        return tr("the engine closed the connection");
    default:
        return tr("socket error %1 on %2").arg(int(error)).arg(where);
    }
}

QString HttpClient::describe(QAbstractSocket::SocketError error, const QString &detail) const
{
    const QString where = m_endpoint.display();
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return tr("%1 refused the connection (is the engine listening there?)").arg(where);
    case QAbstractSocket::HostNotFoundError:
        return tr("the host of %1 was not found").arg(where);
    case QAbstractSocket::RemoteHostClosedError:
        return tr("the engine closed the connection");
    case QAbstractSocket::SslHandshakeFailedError:
        return tr("the TLS handshake with %1 failed: %2 (check the engine's certificate and "
                  "your client certificate)")
            .arg(where, detail);
    default:
        return tr("%1: %2").arg(where, detail);
    }
}

HttpClient::HttpClient(const HttpEndpoint &endpoint, QObject *parent)
    : QObject(parent), m_endpoint(endpoint)
{}

HttpClient::~HttpClient()
{
    for (Connection *connection : m_busy + m_idle) {
        connection->device->disconnect(this);
        delete connection->device;
        delete connection;
    }
}

HttpClient::Connection *HttpClient::open()
{
    auto *connection = new Connection;
    ++m_opened;
    if (m_endpoint.isTls()) {
        auto *socket = new QSslSocket(this);
        socket->setSslConfiguration(m_endpoint.tls);
        connection->device = socket;
        connect(socket, &QSslSocket::encrypted, this, [this, connection] { startOn(connection); });
        connect(socket, &QAbstractSocket::errorOccurred, this,
                [this, connection, socket](QAbstractSocket::SocketError error) {
                    QString detail = socket->errorString();
                    const QList<QSslError> sslErrors = socket->sslHandshakeErrors();
                    if (!sslErrors.isEmpty())
                        detail = sslErrors.first().errorString();
                    onSocketError(connection, describe(error, detail),
                                  error == QAbstractSocket::RemoteHostClosedError);
                });
    } else {
        auto *socket = new QLocalSocket(this);
        connection->device = socket;
        connect(socket, &QLocalSocket::connected, this,
                [this, connection] { startOn(connection); });
        connect(socket, &QLocalSocket::errorOccurred, this,
                [this, connection](QLocalSocket::LocalSocketError error) {
                    onSocketError(connection, describe(error),
                                  error == QLocalSocket::PeerClosedError);
                });
    }
    connection->timer = new QTimer(connection->device);
    connection->timer->setSingleShot(true);
    connect(connection->device, &QIODevice::readyRead, this,
            [this, connection] { onReadyRead(connection); });
    connect(connection->timer, &QTimer::timeout, this,
            [this, connection] { finish(connection, tr("no answer within the time limit")); });
    return connection;
}

bool HttpClient::isConnected(const Connection *connection) const
{
    if (auto *ssl = qobject_cast<QSslSocket *>(connection->device))
        return ssl->state() == QAbstractSocket::ConnectedState && ssl->isEncrypted();
    return static_cast<QLocalSocket *>(connection->device)->state() == QLocalSocket::ConnectedState;
}

void HttpClient::connectDevice(Connection *connection)
{
    if (auto *ssl = qobject_cast<QSslSocket *>(connection->device))
        ssl->connectToHostEncrypted(m_endpoint.host, m_endpoint.port);
    else
        static_cast<QLocalSocket *>(connection->device)->connectToServer(m_endpoint.socketPath);
}

void HttpClient::onSocketError(Connection *connection, const QString &reason, bool peerClosed)
{
    if (!m_busy.contains(connection)) {
        // An idle keep-alive connection the engine closed: forget it.
        if (m_idle.removeOne(connection)) {
            connection->device->deleteLater();
            delete connection;
        }
        return;
    }
    if (peerClosed) {
        onReadyRead(connection); // what arrived before the close
        if (!m_busy.contains(connection))
            return;
        // A body that runs until the connection closes ends here.
        HttpResponseParser &parser = *connection->parser;
        if (parser.headersComplete() && parser.finishAtEof() && parser.isComplete()) {
            if (deliver(connection, parser.takeBody()))
                finish(connection, {});
            return;
        }
    }
    finish(connection, reason);
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
        if (isConnected(idle)) {
            connection = idle;
        } else {
            idle->device->deleteLater();
            delete idle;
        }
    }
    if (!connection)
        connection = open();
    connection->exchange = exchange;
    connection->parser = std::make_unique<HttpResponseParser>();
    connection->request = bytes;
    connection->stream = stream;
    m_busy.append(connection);
    connection->timer->start(timeout);
    // Started from the event loop: a failure to connect must reach the caller's slots,
    // which are connected only after send() returns.
    QPointer<QIODevice> device = connection->device;
    QMetaObject::invokeMethod(
        this,
        [this, connection, device] {
            if (!device || !m_busy.contains(connection))
                return;
            if (isConnected(connection))
                startOn(connection);
            else
                connectDevice(connection);
        },
        Qt::QueuedConnection);
    return exchange;
}

void HttpClient::startOn(Connection *connection)
{
    connection->device->write(connection->request);
    // Aborting a stream from our side closes its connection.
    if (connection->stream && connection->exchange) {
        connect(connection->exchange, &HttpExchange::finished, connection->device,
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
    if (!parser.feed(connection->device->readAll()))
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
    if (deliver(connection, parser.takeBody()) && parser.isComplete())
        finish(connection, {});
}

bool HttpClient::deliver(Connection *connection, const QByteArray &body)
{
    HttpExchange *exchange = connection->exchange;
    if (exchange && !body.isEmpty()) {
        if (exchange->m_streaming) {
            emit exchange->bodyData(body);
        } else if (exchange->m_body.size() + body.size() > kMaxBodyBytes) {
            // Only streams (events, logs) may run long; anything else this big is a fault,
            // and must not take the memory of the console with it.
            finish(connection, tr("the answer is larger than %1 MiB, more than any engine "
                                  "reply should be")
                                   .arg(kMaxBodyBytes / (1024 * 1024)));
            return false;
        } else {
            exchange->m_body.append(body);
        }
    }
    return m_busy.contains(connection); // a slot may have aborted the exchange
}

void HttpClient::finish(Connection *connection, const QString &error)
{
    connection->timer->stop();
    HttpExchange *exchange = connection->exchange;
    const bool reusable = error.isEmpty() && connection->parser &&
                          connection->parser->keepAlive() &&
                          connection->parser->leftover().isEmpty() && !connection->stream;
    if (!error.isEmpty())
        qCDebug(lcDocker) << "request failed on" << m_endpoint.display() << error;
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
    connection->device->disconnect(this);
    if (auto *ssl = qobject_cast<QSslSocket *>(connection->device))
        ssl->abort();
    else
        static_cast<QLocalSocket *>(connection->device)->abort();
    connection->device->deleteLater();
    delete connection;
}

} // namespace blihops
