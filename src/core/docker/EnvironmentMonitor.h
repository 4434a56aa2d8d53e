#pragma once

#include "docker/ContainerState.h"
#include "remote/HostKeyStore.h"
#include "util/Error.h"
#include "workspace/Environment.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <optional>

namespace blihops {

class DockerClient;
class HttpExchange;
struct HttpEndpoint;
class SshConnection;

// The live state of one environment's compose project on its engine: the containers
// (and the services that have none), kept current by the engine's event stream — never by
// polling the list. A dropped stream is resumed with since= from the last event seen, so
// nothing that happened meanwhile is lost.
class EnvironmentMonitor : public QObject
{
    Q_OBJECT

public:
    enum class Rollup
    {
        Unknown,
        Healthy,
        Degraded,
        Down,
        Unreachable
    };
    enum class Mode
    {
        Snapshot,
        Live
    };

    EnvironmentMonitor(const Environment &environment, const HostKeyStore &keys = HostKeyStore(),
                       QObject *parent = nullptr);
    ~EnvironmentMonitor() override;

    const Environment &environment() const { return m_environment; }
    void start(Mode mode);
    // Drops the event stream and resumes it from the last event seen.
    void resumeEvents();
    // Lists the project's containers again (inspecting only those whose state changed), or
    // tries to connect again if the engine was unreachable. refreshed() follows on success.
    void refresh();
    // Reads one container again (for the latest health check output), then calls then.
    void inspect(const QString &id, const std::function<void()> &then = {});

    // Compose services in file order, each with its container or "not created", then any
    // other containers of the project.
    QList<ContainerState> containers() const;
    Rollup rollup() const;
    QString rollupReason() const;
    bool isReachable() const { return m_reachable; }
    QString apiVersion() const;
    // The last connection failure (with details such as an offered host key), if any.
    std::optional<Error> failure() const { return m_failure; }

    static QString rollupKey(Rollup rollup);
    // The document `blihopsctl env status --json` prints.
    QJsonObject statusJson() const;

signals:
    void ready();     // the first full picture is there, or the engine is unreachable
    void refreshed(); // a full list of the project's containers was taken
    void changed();   // a container or the connection changed
    void eventSeen(const QString &action, const QString &containerName);

private:
    void connectEngine();
    void useEndpoint(const HttpEndpoint &endpoint);
    void fail(const Error &error);
    void announce();
    // The first picture of the project: the containers listed, each inspected.
    struct Snapshot
    {
        QStringList pending; // ids not asked for yet
        QHash<QString, ContainerState> fresh;
        int remaining = 0; // answers still to come
    };
    void listContainers();
    void inspectNext(const std::shared_ptr<Snapshot> &snapshot);
    void completeSnapshot(const QHash<QString, ContainerState> &containers);
    void openEvents();
    void onEventData(const QByteArray &chunk);
    void scheduleReconnect();

    Environment m_environment;
    HostKeyStore m_keys;
    Mode m_mode = Mode::Snapshot;
    QStringList m_services;
    QString m_composeError;
    std::shared_ptr<SshConnection> m_ssh;
    DockerClient *m_client = nullptr;
    QPointer<HttpExchange> m_events;
    QByteArray m_eventBuffer;
    QString m_lastEventTime;                     // "seconds.nanoseconds" of the last event handled
    QHash<QString, ContainerState> m_containers; // by id
    bool m_reachable = false;
    bool m_ready = false;
    std::optional<Error> m_failure;
    QTimer m_reconnect;
    int m_reconnectDelayMs = 500;
};

} // namespace blihops
