#pragma once

#include "docker/HttpResponseParser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QLocalSocket>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <chrono>
#include <memory>

namespace blihops {

struct HttpRequest
{
    QByteArray method = "GET";
    QByteArray target; // path and query
    QByteArray body;
    QByteArray contentType = "application/json";
};

// One request's response. finished() comes exactly once, after the whole body or an
// error; a streaming exchange hands its body over in bodyData() instead of keeping it.
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    int status() const { return m_status; }
    QByteArray header(const QByteArray &name) const;
    QByteArray body() const { return m_body; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // Ends a stream from our side; finished() follows with no error.
    void abort();

signals:
    void headersReceived();
    void bodyData(const QByteArray &chunk);
    void finished();

private:
    friend class HttpClient;
    explicit HttpExchange(QObject *parent) : QObject(parent) {}

    int m_status = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    QString m_error;
    bool m_streaming = false;
    bool m_done = false;
};

// Where an HTTP server listens: a unix socket, or a TCP port spoken to over TLS.
struct HttpEndpoint
{
    QString socketPath; // unix
    QString host;       // TLS
    quint16 port = 0;
    QSslConfiguration tls;

    static HttpEndpoint unixSocket(const QString &path) { return {path, {}, 0, {}}; }
    bool isTls() const { return socketPath.isEmpty(); }
    QString display() const;
};

// HTTP/1.1 over a unix socket (the Docker Engine's, or one forwarded over SSH) or over TLS
// with client certificates, with keep-alive: finished connections are reused for the next
// request. Streams get a connection of their own. Never blocks.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    explicit HttpClient(const HttpEndpoint &endpoint, QObject *parent = nullptr);
    ~HttpClient() override;

    const HttpEndpoint &endpoint() const { return m_endpoint; }
    // The timeout covers the whole exchange, or only the wait for the headers of a stream.
    HttpExchange *send(const HttpRequest &request, std::chrono::milliseconds timeout,
                       bool stream = false);
    // Connections opened so far (for tests of keep-alive).
    int connectionsOpened() const { return m_opened; }
    // The largest body kept for an exchange that is not a stream.
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024 * 1024;

private:
    struct Connection;
    Connection *open();
    void connectDevice(Connection *connection);
    bool isConnected(const Connection *connection) const;
    void startOn(Connection *connection);
    void onReadyRead(Connection *connection);
    // Hands a piece of body to its exchange; false when the exchange ended meanwhile.
    bool deliver(Connection *connection, const QByteArray &body);
    void onSocketError(Connection *connection, const QString &reason, bool peerClosed);
    void finish(Connection *connection, const QString &error);
    void release(Connection *connection, bool reusable);
    QString describe(QLocalSocket::LocalSocketError error) const;
    QString describe(QAbstractSocket::SocketError error, const QString &detail) const;

    HttpEndpoint m_endpoint;
    QList<Connection *> m_idle;
    QList<Connection *> m_busy;
    int m_opened = 0;
};

} // namespace blihops
