#pragma once

#include "docker/ContainerState.h"
#include "logs/LogQuery.h"
#include "logs/LogRecord.h"
#include "remote/HostKeyStore.h"
#include "util/Error.h"
#include "workspace/Environment.h"

#include <QObject>
#include <QTimer>
#include <optional>

namespace blihops {

class ContainerLogStream;
class ContainerSnapshot;
class DockerClient;
class EngineConnector;

// The log of a container, or of every container of a compose service, of one environment:
// what the CLI prints and the viewer shows. It reaches the engine with EngineConnector (so
// ssh:// goes through the shared SSH master), finds the target among the project's
// containers (a service name first, then a container name or id), and reads each
// container's log with a ContainerLogStream. A service's histories are merged by the
// engine's time before any is handed on; what follows comes in batches sorted by time.
// A stream that is cut makes the whole session connect again (an SSH master may have died)
// and every container go on from its last time: no gap, no duplicate.
class LogSession : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Connecting,   // reaching the engine, finding the containers
        Reading,      // the history
        Following,    // what the containers write now
        Paused,       // stopped on purpose; resume() goes on from where it was
        Reconnecting, // a stream was cut
        Ended,        // everything read (not following), or every container stopped
        Failed        // see failure()
    };

    LogSession(const Environment &environment, const QString &target, const LogQuery &query,
               const HostKeyStore &keys = HostKeyStore(), QObject *parent = nullptr);
    ~LogSession() override;

    const Environment &environment() const { return m_environment; }
    QString target() const { return m_target; }
    const LogQuery &query() const { return m_query; }
    // A bad since fails the session at once (failed() comes from within start()).
    void start();
    // Stops following; resume() goes on from the last line of each container.
    void pause();
    void resume();
    // Drops every stream as a lost connection would, so that the session reconnects.
    void dropStreams();

    State state() const { return m_state; }
    std::optional<Error> failure() const { return m_failure; }
    // Known once resolved() came: a service's containers by name, or the one container.
    bool isService() const { return m_service; }
    const QList<ContainerState> &containers() const { return m_containers; }
    // The container names, indexed by LogRecord::source.
    QStringList sourceNames() const;
    // Times the session connected again after a cut.
    int reconnects() const { return m_reconnects; }

    // Live records of a service wait this long for the other containers' lines of the same
    // moment before they are handed on in time order.
    static constexpr std::chrono::milliseconds kMergeDelay{100};

signals:
    void resolved();
    void records(const QList<blihops::LogRecord> &records);
    void stateChanged(blihops::LogSession::State state);
    // Something a user should read beside the log: a cut stream, a stopped container.
    void notice(const QString &message);
    void failed(const blihops::Error &error);
    // The state became Ended or Failed: nothing more comes.
    void finished();

private:
    void setState(State state);
    void fail(const Error &error);
    void onConnected(DockerClient *client);
    void onConnectFailed(const Error &error);
    void resolve(const QHash<QString, ContainerState> &containers);
    void onRecords(const QList<LogRecord> &records);
    void onHistoryRead();
    void onEnded(ContainerLogStream *stream);
    void onLost(ContainerLogStream *stream, const QString &reason);
    void flushLive();
    bool allHistoryRead() const;
    void updateState();

    Environment m_environment;
    QString m_target;
    LogQuery m_query;
    QByteArray m_since; // the engine's form of m_query.since
    EngineConnector *m_connector;
    ContainerSnapshot *m_snapshot = nullptr;
    QList<ContainerState> m_containers;
    QList<ContainerLogStream *> m_streams;
    bool m_service = false;
    bool m_resolved = false;
    bool m_paused = false;
    State m_state = State::Connecting;
    std::optional<Error> m_failure;
    QList<LogRecord> m_history; // a service's, until every container's is read
    QList<LogRecord> m_live;    // a service's, waiting for kMergeDelay
    QTimer m_mergeTimer;
    int m_reconnects = 0;
};

} // namespace blihops
