#include "backup/WebhookNotifier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace blihops {

WebhookNotifier::WebhookNotifier(QObject *parent) : QObject(parent), m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &WebhookNotifier::attempt);
}

void WebhookNotifier::setRetry(int attempts, int firstDelayMs, int timeoutMs)
{
    m_attempts = std::max(1, attempts);
    m_firstDelayMs = std::max(0, firstDelayMs);
    m_timeoutMs = std::max(1, timeoutMs);
}

QByteArray WebhookNotifier::body(const QString &environment, const BackupAlerts::Alert &alert)
{
    const QJsonObject object{
        {QStringLiteral("text"),
         tr("BlihOps backup alert (%1): %2").arg(environment, alert.message)},
        {QStringLiteral("environment"), environment},
        {QStringLiteral("job"), alert.job},
        {QStringLiteral("kind"), BackupAlerts::kindKey(alert.kind)},
        {QStringLiteral("message"), alert.message},
        {QStringLiteral("since"),
         alert.since.isValid() ? alert.since.toUTC().toString(Qt::ISODate) : QString()},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void WebhookNotifier::notify(const QUrl &url, const QString &environment,
                             const BackupAlerts::Alert &alert)
{
    if (m_busy) {
        emit finished(false, tr("A webhook notification is already under way."), 0);
        return;
    }
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        emit finished(false,
                      tr("The webhook URL \"%1\" is not an http:// or https:// URL.")
                          .arg(url.toDisplayString()),
                      0);
        return;
    }
    m_busy = true;
    m_url = url;
    m_body = body(environment, alert);
    m_tried = 0;
    attempt();
}

void WebhookNotifier::attempt()
{
    ++m_tried;
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network.post(request, m_body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

void WebhookNotifier::onReply(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300) {
        m_busy = false;
        emit finished(true, {}, m_tried);
        return;
    }
    // The URL holds the webhook's secret token: the error names the host only.
    const QString error =
        status > 0
            ? tr("The webhook at %1 answered %2 %3: %4")
                  .arg(m_url.host())
                  .arg(status)
                  .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(),
                       QString::fromUtf8(reply->readAll().left(200)).simplified())
            : tr("The webhook at %1 could not be reached: %2")
                  .arg(m_url.host(), reply->errorString().replace(m_url.toString(), m_url.host()));
    const bool retryable = status == 0 || status == 429 || status >= 500;
    if (!retryable || m_tried >= m_attempts) {
        m_busy = false;
        emit finished(false, error, m_tried);
        return;
    }
    m_retryTimer->start(m_firstDelayMs << (m_tried - 1));
}

} // namespace blihops
