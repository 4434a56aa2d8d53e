#include "docker/DockerClient.h"

#include <QJsonObject>
#include <QVersionNumber>

namespace blihops {

DockerClient::DockerClient(const QString &socketPath, QObject *parent)
    : QObject(parent), m_http(socketPath, this)
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

HttpExchange *DockerClient::stream(const QByteArray &path)
{
    return m_http.send({"GET", versioned(path), {}, {}}, std::chrono::seconds(10), true);
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
