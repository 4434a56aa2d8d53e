#pragma once

#include "docker/ContainerState.h"
#include "docker/DockerClient.h"
#include "logs/LogRecord.h"
#include "logs/LogRecordParser.h"

#include <QObject>
#include <QPointer>

namespace blihops {

// One container's log: its history (tail, since), then, when following, what it writes
// next. Always asks for the engine's timestamps, and remembers the last one delivered and
// how many messages carried it: since= is inclusive, so a stream that resumes from that time
// skips exactly those and nothing else. No gap, no duplicate, however often it is cut.
class ContainerLogStream : public QObject
{
    Q_OBJECT

public:
    // query: tail and since as the engine takes them, and follow.
    ContainerLogStream(const ContainerState &container, int source, const LogsQuery &query,
                       QObject *parent = nullptr);
    ~ContainerLogStream() override;

    const ContainerState &container() const { return m_container; }
    // Reads the history, then follows if asked, on client.
    void start(DockerClient *client);
    // Goes on from the last message delivered, on client (after lost(), or stop()).
    void resume(DockerClient *client);
    // Ends the request on purpose: no signal follows.
    void stop();
    bool isRunning() const { return m_exchange != nullptr; }
    bool hasReadHistory() const { return m_historyRead; }
    // Its requests ask for the engine's times (see LogQuery::times).
    bool hasTimes() const { return m_query.timestamps; }
    bool hasEnded() const { return m_ended; }
    // The time of the last message delivered (ns), and how many carried it.
    qint64 lastTimestamp() const { return m_lastTimestamp; }
    int deliveredAtLastTimestamp() const { return m_atLastTimestamp; }

signals:
    void records(const QList<blihops::LogRecord> &records);
    void historyRead();
    // The engine ended the log: the history when not following, or the container stopped.
    void ended();
    // Cut off (the connection, the SSH master): resume() on a client that works.
    void lost(const QString &reason);
    // The engine refused, e.g. the container was removed: nothing to resume.
    void refused(const QString &error);

private:
    enum class Phase
    {
        History,
        Follow
    };
    void request();
    void received(quint64 generation, StreamDemuxer::Stream stream, const QByteArray &data);
    void done(quint64 generation, const QString &error, int status);
    void deliver(QList<LogRecord> &parsed);

    ContainerState m_container;
    int m_source;
    LogsQuery m_query;
    QPointer<DockerClient> m_client;
    QPointer<HttpExchange> m_exchange;
    quint64 m_generation = 0; // of the request under way; answers of older ones are dropped
    Phase m_phase = Phase::History;
    bool m_historyRead = false;
    bool m_ended = false;
    LogRecordParser m_parser;
    bool m_delivered = false;
    qint64 m_lastTimestamp = 0;
    int m_atLastTimestamp = 0;
    // A request from the last time delivered sends again what came at that time first.
    bool m_skipping = false;
    qint64 m_skipTimestamp = 0;
    int m_toSkip = 0;
};

} // namespace blihops
