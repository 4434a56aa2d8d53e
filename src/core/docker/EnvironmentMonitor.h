#pragma once

#include "docker/ContainerState.h"
#include "docker/EnvironmentRollup.h"
#include "docker/EventStream.h"
#include "remote/HostKeyStore.h"
#include "util/Error.h"
#include "workspace/Environment.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace blihops {

class ContainerSnapshot;
class DockerClient;
class EngineConnector;

// The live state of one environment's compose project on its engine: the containers
// (and the services that have none), kept current by the engine's event stream, never by
// polling the list. Its parts: EngineConnector (reaching the engine, and the one retry),
// ContainerSnapshot (a full picture), EventStream (events, resumed with since= after a
// drop) and EnvironmentRollup (the state in one word). Events that arrive while a picture
// is being taken are applied after it, so that nothing is lost and nothing removed comes
// back.
class EnvironmentMonitor : public QObject
{
    Q_OBJECT

public:
    using Rollup = EnvironmentRollup::State;
    enum class Mode
    {
        Snapshot, // one picture, no events, no retry (blihopsctl env status)
        Live
    };

    EnvironmentMonitor(const Environment &environment, const HostKeyStore &keys = HostKeyStore(),
                       QObject *parent = nullptr);
    ~EnvironmentMonitor() override;

    const Environment &environment() const { return m_environment; }
    void start(Mode mode);
    // Drops the event stream as a lost connection would, so that the monitor reconnects and
    // resumes from the last event seen.
    void resumeEvents();
    // Takes a new picture (inspecting only containers whose state changed), or connects now
    // if the engine was unreachable; one attempt at a time. refreshed() follows on success.
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
    // How the engine is reached (for tests: attempts, the pending retry).
    const EngineConnector &connector() const { return *m_connector; }

    static QString rollupKey(Rollup rollup) { return EnvironmentRollup::key(rollup); }
    // The document `blihopsctl env status --json` prints.
    QJsonObject statusJson() const;

signals:
    void ready();     // the first full picture is there, or the engine is unreachable
    void refreshed(); // a full picture of the project's containers was taken
    void changed();   // a container or the connection changed
    void eventSeen(const QString &action, const QString &containerName);

private:
    void connectEngine();
    void onConnected();
    void fail(const Error &error);
    void announce();
    void takeSnapshot();
    void snapshotTaken(const QHash<QString, ContainerState> &containers);
    void onEvent(const ContainerEvent &event);
    void apply(const ContainerEvent &event);
    void inspectAt(const QString &id, quint64 serial, const std::function<void()> &then);

    Environment m_environment;
    Mode m_mode = Mode::Snapshot;
    QStringList m_services;
    EngineConnector *m_connector;
    EventStream *m_events;
    ContainerSnapshot *m_snapshot = nullptr;     // the picture under way, if any
    QList<ContainerEvent> m_heldBack;            // events that came while it was being taken
    QHash<QString, ContainerState> m_containers; // by id
    // Per container, the serial of the newest event: an inspect answer older than that is
    // stale (a container destroyed meanwhile must not come back).
    QHash<QString, quint64> m_serials;
    quint64 m_lastSerial = 0;
    bool m_reachable = false;
    bool m_ready = false;
    std::optional<Error> m_failure;
};

} // namespace blihops
