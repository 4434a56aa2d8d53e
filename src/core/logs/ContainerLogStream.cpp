#include "logs/ContainerLogStream.h"

#include "logs/LogTimestamp.h"
#include "util/LogCategories.h"

namespace blihops {

ContainerLogStream::ContainerLogStream(const ContainerState &container, int source,
                                       const LogsQuery &query, QObject *parent)
    : QObject(parent), m_container(container), m_source(source), m_query(query),
      m_parser(container.tty, query.timestamps)
{}

ContainerLogStream::~ContainerLogStream()
{
    stop();
}

void ContainerLogStream::start(DockerClient *client)
{
    m_phase = m_query.follow && m_query.tail == 0 ? Phase::Follow : Phase::History;
    m_historyRead = m_phase == Phase::Follow;
    m_ended = false;
    m_client = client;
    request();
}

void ContainerLogStream::resume(DockerClient *client)
{
    stop();
    m_ended = false;
    m_client = client;
    request();
}

void ContainerLogStream::stop()
{
    ++m_generation;
    m_parser.reset();
    if (HttpExchange *exchange = m_exchange) {
        m_exchange = nullptr;
        exchange->abort();
    }
}

void ContainerLogStream::request()
{
    LogsQuery query;
    query.timestamps = m_query.timestamps;
    query.follow = m_phase == Phase::Follow;
    if (m_delivered) {
        // From the last time delivered: since= includes it, so skip what came at it.
        query.since = LogTimestamp::sinceValue(m_lastTimestamp);
        m_skipping = true;
        m_skipTimestamp = m_lastTimestamp;
        m_toSkip = m_atLastTimestamp;
    } else {
        // Nothing delivered: a history that was empty has nothing to overlap with, and a
        // follow without history (tail 0) starts now.
        query.since = m_query.since;
        query.tail = m_phase == Phase::History ? m_query.tail : (m_query.tail == 0 ? 0 : -1);
        m_skipping = false;
    }
    m_parser.reset();
    const quint64 generation = ++m_generation;
    QPointer<ContainerLogStream> self = this;
    m_exchange = m_client->logs(
        m_container.id, m_container.tty, query,
        [self, generation](StreamDemuxer::Stream stream, const QByteArray &data) {
            if (self)
                self->received(generation, stream, data);
        },
        [self, generation](const QString &error, int status) {
            if (self)
                self->done(generation, error, status);
        });
}

void ContainerLogStream::received(quint64 generation, StreamDemuxer::Stream stream,
                                  const QByteArray &data)
{
    if (generation != m_generation)
        return;
    QList<LogRecord> parsed;
    if (m_container.tty)
        m_parser.addRaw(data, &parsed);
    else
        m_parser.addFrame(stream, data, &parsed);
    deliver(parsed);
}

void ContainerLogStream::deliver(QList<LogRecord> &parsed)
{
    qsizetype kept = 0;
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        LogRecord &record = parsed[i];
        if (m_skipping) {
            if (record.timestampNs < m_skipTimestamp)
                continue;
            if (record.timestampNs == m_skipTimestamp && m_toSkip > 0) {
                --m_toSkip;
                continue;
            }
            m_skipping = false;
        }
        record.source = m_source;
        if (!m_delivered || record.timestampNs > m_lastTimestamp) {
            m_lastTimestamp = record.timestampNs;
            m_atLastTimestamp = 1;
        } else if (record.timestampNs == m_lastTimestamp) {
            ++m_atLastTimestamp;
        }
        m_delivered = true;
        if (kept != i)
            parsed[kept] = std::move(record);
        ++kept;
    }
    parsed.resize(kept);
    if (!parsed.isEmpty())
        emit records(parsed);
}

void ContainerLogStream::done(quint64 generation, const QString &error, int status)
{
    if (generation != m_generation)
        return;
    m_exchange = nullptr;
    if (!m_parser.engineError().isEmpty() || status >= 300) {
        m_ended = true;
        emit refused(m_parser.engineError().isEmpty() ? error : m_parser.engineError());
        return;
    }
    if (!error.isEmpty()) {
        qCInfo(lcDocker) << m_container.name << "log stream lost:" << error;
        m_parser.reset();
        emit lost(error);
        return;
    }
    QList<LogRecord> rest;
    m_parser.finish(&rest);
    deliver(rest);
    if (m_phase == Phase::History) {
        m_historyRead = true;
        emit historyRead();
        if (m_query.follow) {
            m_phase = Phase::Follow;
            request();
            return;
        }
    }
    m_ended = true;
    emit ended();
}

} // namespace blihops
