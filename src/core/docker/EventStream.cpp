#include "docker/EventStream.h"

#include "docker/DockerClient.h"
#include "docker/ProjectFilter.h"
#include "util/LogCategories.h"

#include <QJsonObject>

namespace blihops {

EventStream::EventStream(const QString &project, QObject *parent)
    : QObject(parent), m_project(project)
{}

EventStream::~EventStream()
{
    close();
}

void EventStream::open(DockerClient *client)
{
    close();
    QByteArray path = "/events?filters=" + ProjectFilter::encoded(m_project, true);
    if (!m_lastEventTime.isEmpty())
        path += "&since=" + m_lastEventTime.toLatin1();
    m_buffer.clear();
    HttpExchange *exchange = client->stream(path);
    m_exchange = exchange;
    connect(exchange, &HttpExchange::bodyData, this, &EventStream::onData);
    connect(exchange, &HttpExchange::finished, this, [this, exchange] {
        exchange->deleteLater();
        if (m_exchange != exchange)
            return;
        m_exchange = nullptr;
        const QString reason =
            exchange->hasError() ? exchange->errorString() : tr("the engine ended the stream");
        qCInfo(lcDocker) << m_project << "event stream ended:" << reason;
        emit lost(reason);
    });
}

bool EventStream::isOpen() const
{
    return m_exchange != nullptr;
}

void EventStream::close()
{
    if (!m_exchange)
        return;
    HttpExchange *exchange = m_exchange;
    m_exchange = nullptr;
    // Asked for: the exchange's finished() must not read as a lost stream.
    exchange->disconnect(this);
    exchange->abort();
    exchange->deleteLater();
}

void EventStream::onData(const QByteArray &chunk)
{
    m_buffer.append(chunk);
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QJsonObject object = QJsonDocument::fromJson(m_buffer.left(newline)).object();
        m_buffer.remove(0, newline + 1);
        if (object.value(QStringLiteral("Type")).toString() != QLatin1String("container"))
            continue;
        const qint64 nanos = object.value(QStringLiteral("timeNano")).toInteger();
        ContainerEvent seen;
        seen.time = QStringLiteral("%1.%2")
                        .arg(nanos / 1000000000)
                        .arg(nanos % 1000000000, 9, 10, QLatin1Char('0'));
        seen.id = object.value(QStringLiteral("id")).toString();
        seen.action = object.value(QStringLiteral("Action")).toString();
        seen.name = object.value(QStringLiteral("Actor"))
                        .toObject()
                        .value(QStringLiteral("Attributes"))
                        .toObject()
                        .value(QStringLiteral("name"))
                        .toString();
        m_lastEventTime = seen.time;
        emit event(seen);
        if (!m_exchange) // a receiver closed the stream
            return;
    }
}

} // namespace blihops
