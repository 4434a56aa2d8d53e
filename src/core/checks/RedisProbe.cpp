#include "checks/RedisProbe.h"

#include <hiredis/hiredis.h>
#include <memory>

namespace blihops {

namespace {

struct ContextDeleter
{
    void operator()(redisContext *context) const { redisFree(context); }
};
struct ReplyDeleter
{
    void operator()(redisReply *reply) const { freeReplyObject(reply); }
};
using Context = std::unique_ptr<redisContext, ContextDeleter>;
using Reply = std::unique_ptr<redisReply, ReplyDeleter>;

// The reply's text, or the transport's error (a read that timed out says EAGAIN).
QString describe(redisContext *context, const redisReply *reply, int timeoutMs)
{
    if (!reply) {
        const QString error = QString::fromUtf8(context->errstr).trimmed();
        if (context->err == REDIS_ERR_IO &&
            error.contains(QLatin1String("temporarily unavailable")))
            return RedisProbe::tr("no answer within %1 ms").arg(timeoutMs);
        return error;
    }
    if (reply->type == REDIS_REPLY_STATUS || reply->type == REDIS_REPLY_STRING ||
        reply->type == REDIS_REPLY_ERROR)
        return QString::fromUtf8(reply->str, static_cast<qsizetype>(reply->len)).trimmed();
    return RedisProbe::tr("a reply of type %1").arg(reply->type);
}

} // namespace

ProbeAnswer RedisProbe::run(const ProbeTarget &target, const QString &password)
{
    const QString tried = tr("Redis at %1").arg(target.description);
    const timeval timeout{target.timeoutMs / 1000, (target.timeoutMs % 1000) * 1000};
    const QByteArray host = target.host.toUtf8();
    Context context(redisConnectWithTimeout(host.constData(), target.port, timeout));
    if (!context)
        return {false, tr("%1: out of memory").arg(tried)};
    if (context->err)
        return {false, tr("%1 did not answer: %2").arg(tried, QString::fromUtf8(context->errstr))};
    redisSetTimeout(context.get(), timeout);
    if (!password.isEmpty()) {
        const QByteArray secret = password.toUtf8();
        // %b: the password goes as one binary-safe argument, never into a command string.
        Reply auth(static_cast<redisReply *>(
            redisCommand(context.get(), "AUTH %b", secret.constData(), size_t(secret.size()))));
        if (!auth || auth->type == REDIS_REPLY_ERROR)
            return {false, tr("%1 refused AUTH: %2")
                               .arg(tried, describe(context.get(), auth.get(), target.timeoutMs))};
    }
    Reply ping(static_cast<redisReply *>(redisCommand(context.get(), "PING")));
    const QString pong = describe(context.get(), ping.get(), target.timeoutMs);
    if (!ping)
        return {false, tr("%1 did not answer PING: %2").arg(tried, pong)};
    if (ping->type != REDIS_REPLY_STATUS || pong != QLatin1String("PONG"))
        return {false, tr("%1 answered PING with \"%2\" instead of PONG").arg(tried, pong)};
    Reply info(static_cast<redisReply *>(redisCommand(context.get(), "INFO replication")));
    if (!info || info->type != REDIS_REPLY_STRING) {
        return {false, tr("%1 answered PING, but INFO replication failed: %2")
                           .arg(tried, describe(context.get(), info.get(), target.timeoutMs))};
    }
    QString role;
    for (const QString &line :
         describe(context.get(), info.get(), target.timeoutMs).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("role:")))
            role = line.mid(5).trimmed();
    }
    if (role.isEmpty())
        return {false, tr("%1 answered PING, but INFO replication has no role").arg(tried)};
    return {true, tr("%1 answered PONG; role: %2").arg(tried, role)};
}

} // namespace blihops
