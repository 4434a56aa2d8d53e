#pragma once

#include "backup/BackupAlerts.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

class QNetworkReply;
class QTimer;

namespace blihops {

// Posts an alert to a webhook as JSON: Slack's {"text": "…"} (which Slack, Mattermost,
// Rocket.Chat and Teams' incoming webhooks show) plus structured fields (environment, job,
// kind, message, since) for anything that reads them. A connection failure, a timeout, 429
// or a 5xx answer is retried with doubling delays; any other answer but 2xx fails at once.
// finished() comes exactly once per notify(), after the last try.
class WebhookNotifier : public QObject
{
    Q_OBJECT

public:
    explicit WebhookNotifier(QObject *parent = nullptr);

    // Tries in all (at least 1), the first delay between them (doubling), and each try's
    // timeout. Defaults: 4 tries, 1 s, 10 s.
    void setRetry(int attempts, int firstDelayMs, int timeoutMs);

    // One notification at a time: a notify() while one is under way is refused
    // (finished(false, …) at once).
    void notify(const QUrl &url, const QString &environment, const BackupAlerts::Alert &alert);

    static QByteArray body(const QString &environment, const BackupAlerts::Alert &alert);

signals:
    // error: what the last try got (the HTTP status and body, or the network error).
    void finished(bool ok, const QString &error, int attempts);

private:
    void attempt();
    void onReply(QNetworkReply *reply);

    QNetworkAccessManager m_network;
    QTimer *m_retryTimer;
    QUrl m_url;
    QByteArray m_body;
    int m_attempts = 4;
    int m_firstDelayMs = 1000;
    int m_timeoutMs = 10000;
    int m_tried = 0;
    bool m_busy = false;
};

} // namespace blihops
