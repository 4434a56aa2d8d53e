#pragma once

#include "docker/HttpClient.h"
#include "docker/StreamDemuxer.h"

#include <QJsonDocument>
#include <QObject>
#include <functional>

namespace blihops {

struct DockerReply
{
    int status = 0;
    QByteArray body;
    QString error;         // transport failure or the engine's own message
    QByteArray apiVersion; // the engine's API-Version header

    bool ok() const { return error.isEmpty() && status >= 200 && status < 300; }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

struct ExecResult
{
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    QString error; // set when the command could not be run at all
};

// The Docker Engine API spoken directly over HTTP/1.1. The API version is negotiated with
// /_ping, never pinned: the engine's own, capped at the newest this client knows.
class DockerClient : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const DockerReply &)>;

    explicit DockerClient(const HttpEndpoint &endpoint, QObject *parent = nullptr);

    static QString newestKnownApiVersion() { return QStringLiteral("1.45"); }
    static QString oldestSupportedApiVersion() { return QStringLiteral("1.24"); }

    // Pings the engine and settles the API version. done gets an empty string on success.
    void negotiate(const std::function<void(const QString &error)> &done);
    QString apiVersion() const { return m_apiVersion; }

    void get(const QByteArray &path, const Done &done,
             std::chrono::milliseconds timeout = std::chrono::seconds(10));
    void post(const QByteArray &path, const QByteArray &body, const Done &done,
              std::chrono::milliseconds timeout = std::chrono::seconds(30));
    // DELETE, e.g. /containers/ID?force=1.
    void remove(const QByteArray &path, const Done &done,
                std::chrono::milliseconds timeout = std::chrono::seconds(30));
    // A response that keeps coming (events, followed logs); delete it to stop.
    HttpExchange *stream(const QByteArray &path);

    // Runs argv in a running container (no shell in between) and collects its output.
    void exec(const QString &containerId, const QStringList &argv,
              const std::function<void(const ExecResult &)> &done,
              std::chrono::milliseconds timeout = std::chrono::seconds(60));
    // A container's log: demultiplexed, or as it is for a container with a TTY. onData gets
    // each piece with the stream it came from; done gets an empty string at a clean end.
    HttpExchange *logs(const QString &containerId, bool tty, int tail, bool follow,
                       const std::function<void(StreamDemuxer::Stream, const QByteArray &)> &onData,
                       const std::function<void(const QString &error)> &done);

    HttpClient &http() { return m_http; }

private:
    QByteArray versioned(const QByteArray &path) const;
    void send(const HttpRequest &request, const Done &done, std::chrono::milliseconds timeout);

    HttpClient m_http;
    QString m_apiVersion;
};

} // namespace blihops
