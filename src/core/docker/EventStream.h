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
// purpose is not a loss: lost() is only for a stream that ended by itself.
class EventStream : public QObject
{
    Q_OBJECT

public:
    explicit EventStream(const QString &project, QObject *parent = nullptr);
    ~EventStream() override;

    // Subscribes on client (dropping any stream open before), from the last event seen.
    void open(DockerClient *client);
    void close();
    bool isOpen() const;
    QString lastEventTime() const { return m_lastEventTime; }

signals:
    void event(const blihops::ContainerEvent &event);
    void lost(const QString &reason);

private:
    void onData(const QByteArray &chunk);

    QString m_project;
    QPointer<HttpExchange> m_exchange;
    QByteArray m_buffer;
    QString m_lastEventTime;
};

} // namespace blihops
