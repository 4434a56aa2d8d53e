#include "checks/HttpProbe.h"

#include "util/BlockingWait.h"

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
    // As written: %2F stays %2F.
    const QUrl relative(check.path, QUrl::TolerantMode);
    url.setPath(relative.path(QUrl::FullyEncoded), QUrl::TolerantMode);
    url.setQuery(relative.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    const QString tried = tr("GET %1 at %2").arg(check.path, target.description);

    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(target.timeoutMs);
    if (!target.originalHost.isEmpty() && target.originalHost != target.host) {
        // Through a tunnel: the server and its certificate know the host by its own name.
        request.setRawHeader(
            "Host",
            QStringLiteral("%1:%2").arg(target.originalHost).arg(target.originalPort).toUtf8());
        request.setPeerVerifyName(target.originalHost);
    }
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    // What the check needs of the body is its beginning: the reply buffers no more than that,
    // and the transfer ends once it is there, whatever the server goes on to send.
    reply->setReadBufferSize(kBodyLimit);
    QByteArray body;
    bool cancelled = false;
    bool timedOut = false;
    bool enough = false;
    QObject::connect(reply.get(), &QNetworkReply::readyRead, reply.get(), [&] {
        body += reply->read(kBodyLimit - body.size());
        if (body.size() >= kBodyLimit && !reply->isFinished()) {
            enough = true;
            reply->abort();
        }
    });
    // The transfer timeout restarts with each byte; this one is for the whole answer.
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, reply.get(), [&] {
        timedOut = true;
        reply->abort();
    });
    deadline.start(target.timeoutMs);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, reply.get(), [&] {
        if (target.cancel && target.cancel->load()) {
            cancelled = true;
            reply->abort();
        }
    });
    poll.start(100);
    BlockingWait::until(reply.get(), &QNetworkReply::finished, {},
                        [&reply] { return reply->isFinished(); });
    if (reply->isOpen())
        body += reply->read(kBodyLimit - body.size());

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString code = QString::number(status);
    if (cancelled)
        return {false, tr("%1: cancelled").arg(tried)};
    // A status with a body cut short is no answer either (unless we cut it, having enough).
    if (timedOut || (!enough && reply->error() == QNetworkReply::OperationCanceledError))
        return {false, tr("%1 failed: no complete answer within %2 ms")
                           .arg(tried, QString::number(target.timeoutMs))};
    if (status == 0)
        return {false, tr("%1 failed: %2").arg(tried, reply->errorString())};
    if (status != check.expectedStatus) {
        return {false, tr("%1 answered %2, expected %3; the body begins \"%4\"")
                           .arg(tried, code, QString::number(check.expectedStatus), excerpt(body))};
    }
    if (!check.expectedBody.isEmpty() && !QString::fromUtf8(body).contains(check.expectedBody)) {
        return {false, tr("%1 answered %2, but the body does not contain \"%3\"; it begins \"%4\"")
                           .arg(tried, code, check.expectedBody, excerpt(body))};
    }
    return {
        true,
        check.expectedBody.isEmpty()
            ? tr("%1 answered %2").arg(tried, code)
            : tr("%1 answered %2; the body contains \"%3\"").arg(tried, code, check.expectedBody)};
}

} // namespace blihops
