#include "docker/DockerClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVersionNumber>

namespace blihops {

DockerClient::DockerClient(const HttpEndpoint &endpoint, QObject *parent)
    : QObject(parent), m_http(endpoint, this)
{}

QByteArray DockerClient::versioned(const QByteArray &path) const
{
    return "/v" + m_apiVersion.toLatin1() + path;
}

void DockerClient::send(const HttpRequest &request, const Done &done,
                        std::chrono::milliseconds timeout)
{
    HttpExchange *exchange = m_http.send(request, timeout);
    connect(exchange, &HttpExchange::finished, this, [exchange, done] {
        exchange->deleteLater();
        DockerReply reply{exchange->status(), exchange->body(), exchange->errorString(),
                          exchange->header("Api-Version")};
        if (reply.error.isEmpty() && !reply.ok()) {
            // The engine explains its refusals in {"message": "..."}.
            const QString message =
                reply.json().object().value(QStringLiteral("message")).toString();
            reply.error = message.isEmpty() ? tr("HTTP status %1").arg(reply.status) : message;
        }
        done(reply);
    });
}

void DockerClient::get(const QByteArray &path, const Done &done, std::chrono::milliseconds timeout)
{
    send({"GET", versioned(path), {}, {}}, done, timeout);
}

void DockerClient::post(const QByteArray &path, const QByteArray &body, const Done &done,
                        std::chrono::milliseconds timeout)
{
    send({"POST", versioned(path), body, "application/json"}, done, timeout);
}

void DockerClient::remove(const QByteArray &path, const Done &done,
                          std::chrono::milliseconds timeout)
{
    send({"DELETE", versioned(path), {}, {}}, done, timeout);
}

HttpExchange *DockerClient::stream(const QByteArray &path)
{
    return m_http.send({"GET", versioned(path), {}, {}}, std::chrono::seconds(10), true);
}

void DockerClient::exec(const QString &containerId, const QStringList &argv,
                        const std::function<void(const ExecResult &)> &done,
                        std::chrono::milliseconds timeout)
{
    const QJsonObject create{{QStringLiteral("AttachStdout"), true},
                             {QStringLiteral("AttachStderr"), true},
                             {QStringLiteral("Cmd"), QJsonArray::fromStringList(argv)}};
    post("/containers/" + containerId.toLatin1() + "/exec",
         QJsonDocument(create).toJson(QJsonDocument::Compact),
         [=, this](const DockerReply &created) {
             if (!created.ok())
                 return done({-1, {}, {}, created.error});
             const QByteArray id =
                 created.json().object().value(QStringLiteral("Id")).toString().toLatin1();
             // Without a TTY the output comes multiplexed, until the command ends and the engine
             // closes the connection.
             post(
                 "/exec/" + id + "/start", R"({"Detach":false,"Tty":false})",
                 [=, this](const DockerReply &started) {
                     if (!started.ok())
                         return done({-1, {}, {}, started.error});
                     ExecResult result;
                     StreamDemuxer demuxer;
                     for (const StreamDemuxer::Frame &frame : demuxer.feed(started.body)) {
                         (frame.stream == StreamDemuxer::Stream::Stderr ? result.standardError
                                                                        : result.standardOutput)
                             .append(frame.payload);
                     }
                     get("/exec/" + id + "/json",
                         [result, done](const DockerReply &inspected) mutable {
                             if (!inspected.ok())
                                 result.error = inspected.error;
                             else
                                 result.exitCode = inspected.json()
                                                       .object()
                                                       .value(QStringLiteral("ExitCode"))
                                                       .toInt(-1);
                             done(result);
                         });
                 },
                 timeout);
         });
}

HttpExchange *
DockerClient::logs(const QString &containerId, bool tty, int tail, bool follow,
                   const std::function<void(StreamDemuxer::Stream, const QByteArray &)> &onData,
                   const std::function<void(const QString &)> &done)
{
    HttpExchange *exchange = stream(
        "/containers/" + containerId.toLatin1() + "/logs?stdout=1&stderr=1&tail=" +
        (tail < 0 ? QByteArray("all") : QByteArray::number(tail)) + (follow ? "&follow=1" : ""));
    auto demuxer = std::make_shared<StreamDemuxer>();
    connect(exchange, &HttpExchange::bodyData, this,
            [tty, demuxer, onData](const QByteArray &chunk) {
                if (tty)
                    return onData(StreamDemuxer::Stream::Stdout, chunk);
                for (const StreamDemuxer::Frame &frame : demuxer->feed(chunk))
                    onData(frame.stream, frame.payload);
            });
    connect(exchange, &HttpExchange::finished, this, [this, exchange, tty, demuxer, done] {
        exchange->deleteLater();
        QString error = exchange->errorString();
        if (error.isEmpty() && (exchange->status() < 200 || exchange->status() >= 300))
            error = tr("HTTP status %1").arg(exchange->status());
        if (error.isEmpty() && !tty && (demuxer->malformed() || demuxer->pending() > 0))
            error = tr("the log stream was cut or is not multiplexed");
        done(error);
    });
    return exchange;
}

void DockerClient::negotiate(const std::function<void(const QString &)> &done)
{
    send(
        {"GET", "/_ping", {}, {}},
        [this, done](const DockerReply &reply) {
            if (!reply.ok())
                return done(reply.error);
            const QVersionNumber engine =
                QVersionNumber::fromString(QString::fromLatin1(reply.apiVersion));
            const QVersionNumber newest = QVersionNumber::fromString(newestKnownApiVersion());
            if (engine.isNull() ||
                engine < QVersionNumber::fromString(oldestSupportedApiVersion())) {
                return done(
                    tr("the engine speaks API version %1; BlihOps Console needs %2 or "
                       "newer")
                        .arg(QString::fromLatin1(reply.apiVersion), oldestSupportedApiVersion()));
            }
            m_apiVersion = (engine < newest ? engine : newest).toString();
            done(QString());
        },
        std::chrono::seconds(10));
}

} // namespace blihops
