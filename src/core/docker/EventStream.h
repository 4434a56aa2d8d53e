#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace blihops {

class DockerClient;
class HttpExchange;

// One container event of a compose project, as /events reports it.
struct ContainerEvent
{
    QString id;
    QString action; // create, start, die, destroy, health_status: healthy, exec_start: …
    QString name;
    QString time; // "seconds.nanoseconds", as since= takes it back
};

// The container events of one compose project. Opened again after a drop, it resumes from
// the last event seen (since=), so nothing that happened meanwhile is lost. Closing it on
// purpose is not a loss: lost() is only for a stream that ended by itself. An answer other
// than 2xx is no stream at all: refused() gets the engine's reason, and lost() does not come.
class EventStream : public QObject
{
    Q_OBJECT

public:
    explicit EventStream(const QString &project, QObject *parent = nullptr);
    ~EventStream() override;

    // Subscribes on client (dropping any stream open before), from the last event seen, or
    // the first time from a second before client's ping.
    void open(DockerClient *client);
    void close();
    bool isOpen() const;
    QString lastEventTime() const { return m_lastEventTime; }

signals:
    void event(const blihops::ContainerEvent &event);
    void lost(const QString &reason);
    void refused(const QString &reason);

private:
    void onHeaders();
    void onData(const QByteArray &chunk);
    void onFinished(HttpExchange *exchange);

    QString m_project;
    QPointer<HttpExchange> m_exchange;
    QByteArray m_buffer;
    int m_refusedStatus = 0; // the status of an answer that is not a stream, else 0
    QString m_lastEventTime;
};

} // namespace blihops
