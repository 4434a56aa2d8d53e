#pragma once

#include "actions/ComposeCommand.h"
#include "remote/HostKeyStore.h"
#include "util/Error.h"
#include "workspace/Environment.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <memory>
#include <optional>

namespace blihops {

class DockerClient;
class EngineConnector;
class EnvironmentMonitor;
class HealthGate;
class Process;
class SshConnection;
class Workspace;

// One thing a user asks of an environment, as the Output tab and `blihopsctl env up` show it:
// a compose action (up, down, restart, pull) run by the host's own compose, or a container
// action (start, stop, restart, kill) through the engine's API; then, after up, restart and
// start, the health gate. Queued, running, gating, then succeeded, failed or cancelled; its
// output line by line, its exit code, duration and gate result. The GUI panel and the CLI
// share it.
class Action : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Up,
        Down,
        Restart,
        Pull,
        StartContainer,
        StopContainer,
        RestartContainer,
        KillContainer
    };
    enum class State
    {
        Queued,
        Running,
        Gating,
        Succeeded,
        Failed,
        Cancelled
    };
    struct Request
    {
        Kind kind = Kind::Up;
        QStringList services; // compose actions: empty for the whole project
        QString container;    // container actions: its name or id
        bool removeVolumes = false;
        bool wait = true;       // the health gate after up, restart and start
        int timeoutSeconds = 0; // of the gate; 0: the environment's own
        // Destructive actions on production run only when this is the environment's name,
        // typed by the user.
        QString confirmation;
    };

    Action(const Environment &environment, const Request &request,
           const HostKeyStore &keys = HostKeyStore(), QObject *parent = nullptr);
    ~Action() override;

    void start();
    // Compose is interrupted as Ctrl+C would (on the host: in its own terminal there), and
    // stopped for good if it has not ended 10 s later; a gate stops waiting.
    void cancel();

    const Environment &environment() const { return m_environment; }
    const Request &request() const { return m_request; }
    State state() const { return m_state; }
    bool isFinished() const;
    QString title() const; // "Up staging", "Kill staging-bot-1"
    static QString titleFor(const Environment &environment, const Request &request);
    const QStringList &output() const { return m_output; }
    QStringList lastLines(int count) const { return m_output.mid(m_output.size() - count); }
    int exitCode() const { return m_exitCode; }
    qint64 durationMs() const;
    // The gate, once the action reached it.
    const HealthGate *gate() const { return m_gate; }
    // Why it failed or was cancelled, in a sentence.
    QString failure() const { return m_failure; }
    // The error that stopped it before anything ran (a host key, an unreachable host).
    std::optional<Error> error() const { return m_error; }
    // {"environment","action","services","container","result","exit_code","duration_ms",
    //  "gate":[...],"message","last_lines":[...]}: `--json`, and the audit log's details.
    QJsonObject summary() const;
    // The audit log's entry for it: taken where the action lives, written where the
    // workspace is (who is Workspace::actor()).
    struct Audit
    {
        QString action; // action.up, action.container.kill, …
        QString environment;
        QString details; // summary() without the output, compact JSON
    };
    Audit audit() const;
    static void record(Workspace &workspace, const Audit &audit);

    static QString kindKey(Kind kind); // up, down, restart, pull, container.start, …
    static QString stateKey(State state);
    static bool isCompose(Kind kind);
    // Down, restart, stop, kill and removing volumes: on production they ask for the name.
    static bool isDestructive(const Request &request);

signals:
    void stateChanged(blihops::Action::State state);
    void outputLine(const QString &line);
    void gateProgressed();
    void finished();

private:
    struct Prepared;
    void setState(State state);
    void say(const QString &line);
    void fail(const QString &why, int exitCode = 1);
    void finishAs(State state, const QString &why = {});
    void ranCompose(const Prepared &prepared);
    void runContainerAction(DockerClient *client);
    void startGate(const QStringList &services);
    int gateSeconds() const;

    Environment m_environment;
    Request m_request;
    HostKeyStore m_keys;
    State m_state = State::Queued;
    QStringList m_output;
    int m_exitCode = -1;
    QString m_failure;
    std::optional<Error> m_error;
    QElapsedTimer m_clock;
    qint64 m_durationMs = 0;
    bool m_cancelRequested = false;
    std::shared_ptr<SshConnection> m_ssh;
    Process *m_process = nullptr;
    bool m_onHost = false;
    QTimer m_grace;
    EngineConnector *m_connector = nullptr;
    EnvironmentMonitor *m_monitor = nullptr;
    HealthGate *m_gate = nullptr;
};

} // namespace blihops
