#include "checks/HttpProbe.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

namespace blihops {

namespace {

constexpr qint64 kBodyLimit = 256 * 1024; // enough to find the expected text in

QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(80)).simplified();
    if (body.size() > 80)
        text += QStringLiteral("…");
    return text;
}

} // namespace

ProbeAnswer HttpProbe::run(const ProbeTarget &target, const SmokeCheck &check)
{
    QUrl url;
    url.setScheme(check.https ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(target.host);
    url.setPort(target.port);
    const QUrl relative(check.path);
    url.setPath(relative.path());
    url.setQuery(relative.query());
    const QString tried = tr("GET %1 at %2").arg(check.path, target.description);

    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(target.timeoutMs);
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QByteArray body;
    bool cancelled = false;
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop,
                     [&] { body += reply->read(kBodyLimit - body.size()); });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // The transfer timeout restarts with each byte; this one is for the whole answer.
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, reply.get(), &QNetworkReply::abort);
    deadline.start(target.timeoutMs);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (target.cancel && target.cancel->load()) {
            cancelled = true;
            reply->abort();
        }
    });
    poll.start(100);
    if (!reply->isFinished())
        loop.exec();
    if (reply->isOpen())
        body += reply->read(kBodyLimit - body.size());

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (cancelled)
        return {false, tr("%1: cancelled").arg(tried)};
    if (status == 0) {
        const QString why = deadline.isActive()
                                ? reply->errorString()
                                : tr("no answer within %1 ms").arg(target.timeoutMs);
        return {false, tr("%1 failed: %2").arg(tried, why)};
    }
    if (status != check.expectedStatus) {
        return {false, tr("%1 answered %2, expected %3; the body begins \"%4\"")
                           .arg(tried)
                           .arg(status)
                           .arg(check.expectedStatus)
                           .arg(excerpt(body))};
    }
    if (!check.expectedBody.isEmpty() && !QString::fromUtf8(body).contains(check.expectedBody)) {
        return {false, tr("%1 answered %2, but the body does not contain \"%3\"; it begins \"%4\"")
                           .arg(tried)
                           .arg(status)
                           .arg(check.expectedBody, excerpt(body))};
    }
    return {true, check.expectedBody.isEmpty() ? tr("%1 answered %2").arg(tried).arg(status)
                                               : tr("%1 answered %2; the body contains \"%3\"")
                                                     .arg(tried)
                                                     .arg(status)
                                                     .arg(check.expectedBody)};
}

} // namespace blihops
