#include "docker/DockerClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>
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
                          exchange->header("Api-Version"), exchange->header("Date")};
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
DockerClient::logs(const QString &containerId, bool tty, const LogsQuery &query,
                   const std::function<void(StreamDemuxer::Stream, const QByteArray &)> &onData,
                   const std::function<void(const QString &, int)> &done)
{
    QByteArray path = "/containers/" + containerId.toLatin1() + "/logs?stdout=1&stderr=1&tail=" +
                      (query.tail < 0 ? QByteArray("all") : QByteArray::number(query.tail));
    if (query.follow)
        path += "&follow=1";
    if (query.timestamps)
        path += "&timestamps=1";
    if (!query.since.isEmpty())
        path += "&since=" + query.since;
    HttpExchange *exchange = stream(path);
    auto demuxer = std::make_shared<StreamDemuxer>();
    // A refusal (no such container) is the engine's JSON message, not log data.
    auto refusal = std::make_shared<QByteArray>();
    connect(exchange, &HttpExchange::bodyData, this,
            [exchange, tty, demuxer, refusal, onData](const QByteArray &chunk) {
                if (exchange->status() < 200 || exchange->status() >= 300) {
                    refusal->append(chunk.left(64 * 1024 - refusal->size()));
                    return;
                }
                if (tty)
                    return onData(StreamDemuxer::Stream::Stdout, chunk);
                for (const StreamDemuxer::Frame &frame : demuxer->feed(chunk))
                    onData(frame.stream, frame.payload);
            });
    connect(exchange, &HttpExchange::finished, this, [this, exchange, tty, demuxer, refusal, done] {
        exchange->deleteLater();
        QString error = exchange->errorString();
        if (error.isEmpty() && (exchange->status() < 200 || exchange->status() >= 300)) {
            error = QJsonDocument::fromJson(*refusal)
                        .object()
                        .value(QStringLiteral("message"))
                        .toString();
            if (error.isEmpty())
                error = tr("HTTP status %1").arg(exchange->status());
        }
        if (error.isEmpty() && !tty && (demuxer->malformed() || demuxer->pending() > 0))
            error = tr("the log stream was cut or is not multiplexed");
        done(error, exchange->status());
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
            // HTTP's date is in GMT and in English, whatever the engine's locale.
            m_pingTime = QLocale::c().toDateTime(QString::fromLatin1(reply.date),
                                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
            m_pingTime.setTimeZone(QTimeZone::utc());
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
