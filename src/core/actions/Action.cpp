#include "actions/Action.h"

#include "actions/HealthGate.h"
#include "compose/ComposeProject.h"
#include "docker/DockerClient.h"
#include "docker/EngineAddress.h"
#include "docker/EngineConnector.h"
#include "docker/EnvironmentMonitor.h"
#include "remote/Process.h"
#include "remote/ShellQuote.h"
#include "remote/SshConnection.h"
#include "remote/SshWorkPool.h"
#include "workspace/AuditLog.h"
#include "workspace/Tier.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent>

namespace blihops {

namespace {

// Lines kept for the Output tab and the summary; compose pulling many images says a lot.
constexpr qsizetype kKeptLines = 20000;
constexpr auto kCancelGrace = std::chrono::seconds(10);

ComposeCommand::Verb verbOf(Action::Kind kind)
{
    switch (kind) {
    case Action::Kind::Down:
        return ComposeCommand::Verb::Down;
    case Action::Kind::Restart:
        return ComposeCommand::Verb::Restart;
    case Action::Kind::Pull:
        return ComposeCommand::Verb::Pull;
    default:
        return ComposeCommand::Verb::Up;
    }
}

// Services up brings up: not those behind a profile, nor those scaled to nothing.
QStringList servicesToGate(const Environment &environment)
{
    QStringList services;
    const ComposeProject project =
        ComposeProject::load(environment.composeFiles, environment.envFile);
    for (const ComposeProject::Service &service : project.services()) {
        const ComposeNode &definition = service.definition;
        if (definition.get(QStringLiteral("profiles")) ||
            definition.scalar(QStringLiteral("scale")) == QLatin1String("0") ||
            (definition.at({QStringLiteral("deploy"), QStringLiteral("replicas")}) &&
             definition.at({QStringLiteral("deploy"), QStringLiteral("replicas")})->text ==
                 QLatin1String("0")))
            continue;
        services << service.name;
    }
    return services;
}

} // namespace

// What running compose needs that blocks (SSH, detecting compose, reading the files): made
// on the SSH pool.
struct Action::Prepared
{
    std::optional<Error> error;
    std::shared_ptr<SshConnection> ssh;
    bool onHost = false;
    QString program;
    QStringList arguments;
    QStringList variables; // for a command run here
    QStringList shown;     // the compose command line, as a person would type it
    QStringList gateServices;
};

Action::Action(const Environment &environment, const Request &request, const HostKeyStore &keys,
               QObject *parent)
    : QObject(parent), m_environment(environment), m_request(request), m_keys(keys)
{
    m_grace.setSingleShot(true);
    connect(&m_grace, &QTimer::timeout, this, [this] {
        if (m_process)
            m_process->cancel();
    });
}

Action::~Action()
{
    // A compose still running goes with the action: its Process ends it (and its group).
    delete m_gate;
    delete m_monitor;
    delete m_connector;
}

bool Action::isCompose(Kind kind)
{
    return kind == Kind::Up || kind == Kind::Down || kind == Kind::Restart || kind == Kind::Pull;
}

bool Action::isDestructive(const Request &request)
{
    switch (request.kind) {
    case Kind::Down:
    case Kind::Restart:
    case Kind::StopContainer:
    case Kind::RestartContainer:
    case Kind::KillContainer:
        return true;
    default:
        return request.removeVolumes;
    }
}

QString Action::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Up:
        return QStringLiteral("up");
    case Kind::Down:
        return QStringLiteral("down");
    case Kind::Restart:
        return QStringLiteral("restart");
    case Kind::Pull:
        return QStringLiteral("pull");
    case Kind::StartContainer:
        return QStringLiteral("container.start");
    case Kind::StopContainer:
        return QStringLiteral("container.stop");
    case Kind::RestartContainer:
        return QStringLiteral("container.restart");
    case Kind::KillContainer:
        return QStringLiteral("container.kill");
    }
    return {};
}

QString Action::stateKey(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Running:
        return QStringLiteral("running");
    case State::Gating:
        return QStringLiteral("gating");
    case State::Succeeded:
        return QStringLiteral("succeeded");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString Action::title() const
{
    return titleFor(m_environment, m_request);
}

QString Action::titleFor(const Environment &environment, const Request &request)
{
    const QString subject = isCompose(request.kind) ? environment.name : request.container;
    switch (request.kind) {
    case Kind::Up:
        return tr("Up %1").arg(subject);
    case Kind::Down:
        return request.removeVolumes ? tr("Down %1 (and its volumes)").arg(subject)
                                     : tr("Down %1").arg(subject);
    case Kind::Restart:
        return tr("Restart %1").arg(subject);
    case Kind::Pull:
        return tr("Pull %1").arg(subject);
    case Kind::StartContainer:
        return tr("Start %1").arg(subject);
    case Kind::StopContainer:
        return tr("Stop %1").arg(subject);
    case Kind::RestartContainer:
        return tr("Restart %1").arg(subject);
    case Kind::KillContainer:
        return tr("Kill %1").arg(subject);
    }
    return {};
}

bool Action::isFinished() const
{
    return m_state == State::Succeeded || m_state == State::Failed || m_state == State::Cancelled;
}

qint64 Action::durationMs() const
{
    return isFinished() || !m_clock.isValid() ? m_durationMs : m_clock.elapsed();
}

int Action::gateSeconds() const
{
    return m_request.timeoutSeconds > 0 ? m_request.timeoutSeconds
                                        : m_environment.healthTimeoutSeconds;
}

void Action::setState(State state)
{
    m_state = state;
    emit stateChanged(state);
}

void Action::say(const QString &line)
{
    m_output << line;
    if (m_output.size() > kKeptLines)
        m_output.remove(0, m_output.size() - kKeptLines);
    emit outputLine(line);
}

void Action::finishAs(State state, const QString &why)
{
    if (isFinished())
        return;
    m_grace.stop();
    m_durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (!why.isEmpty()) {
        m_failure = why;
        say(why);
    }
    setState(state);
    emit finished();
}

void Action::fail(const QString &why, int exitCode)
{
    if (m_exitCode < 0)
        m_exitCode = exitCode;
    finishAs(State::Failed, why);
}

void Action::start()
{
    if (m_state != State::Queued)
        return;
    m_clock.start();
    if (isDestructive(m_request) && m_environment.tier == Tier::Production &&
        m_request.confirmation != m_environment.name) {
        m_error = Error(ErrorKind::BadInput,
                        tr("%1 is a production environment: \"%2\" needs its name typed to "
                           "go ahead. Nothing was changed.")
                            .arg(m_environment.name, title()));
        return fail(m_error->message(), -1);
    }
    setState(State::Running);
    if (!isCompose(m_request.kind)) {
        say(tr("Reaching the Docker Engine of %1 at %2…")
                .arg(m_environment.name, m_environment.engineUrl));
        m_connector = new EngineConnector(m_environment, m_keys, this);
        connect(m_connector, &EngineConnector::connected, this, &Action::runContainerAction);
        connect(m_connector, &EngineConnector::failed, this, [this](const Error &error) {
            m_error = error;
            fail(error.message());
        });
        m_connector->connectNow();
        return;
    }
    say(tr("Preparing %1 on %2…").arg(title(), m_environment.engineUrl));
    auto *watcher = new QFutureWatcher<Prepared>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        ranCompose(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        sshWorkPool(),
        [environment = m_environment, request = m_request, keys = m_keys]() -> Prepared {
            Prepared prepared;
            try {
                if (environment.engineUrl.isEmpty()) {
                    throw Error(ErrorKind::BadInput,
                                tr("%1 has no engine address yet: edit the environment to set "
                                   "one.")
                                    .arg(environment.name));
                }
                const EngineAddress address = EngineAddress::parse(environment.engineUrl);
                prepared.onHost = address.scheme == EngineAddress::Scheme::Ssh;
                if (prepared.onHost) {
                    prepared.ssh = SshConnection::acquire(SshTarget::fromEngine(address), keys);
                    prepared.ssh->connect();
                }
                const ComposeProgram program = ComposeProgram::detect(prepared.ssh.get());
                const QStringList argv = ComposeCommand::argv(
                    program, environment, prepared.onHost, verbOf(request.kind), request.services,
                    request.removeVolumes);
                const QStringList variables =
                    ComposeCommand::engineVariables(environment, prepared.onHost);
                prepared.shown = variables + argv;
                if (prepared.onHost) {
                    prepared.program = QStringLiteral("ssh");
                    prepared.arguments = prepared.ssh->commandFor(
                        QStringList{QStringLiteral("env")} + variables + argv,
                        SshConnection::Terminal::Allocated);
                } else {
                    prepared.program = argv.first();
                    prepared.arguments = argv.mid(1);
                    prepared.variables = variables;
                }
                if (request.wait && (request.kind == Kind::Up || request.kind == Kind::Restart)) {
                    prepared.gateServices =
                        request.services.isEmpty() ? servicesToGate(environment) : request.services;
                }
            } catch (const Error &error) {
                prepared.error = error;
            }
            return prepared;
        }));
}

void Action::ranCompose(const Prepared &prepared)
{
    if (prepared.error) {
        m_error = prepared.error;
        return fail(prepared.error->message());
    }
    if (m_cancelRequested)
        return finishAs(State::Cancelled, tr("Cancelled before compose ran."));
    m_ssh = prepared.ssh;
    m_onHost = prepared.onHost;
    m_process = new Process(this);
    if (m_onHost) {
        m_process->setInteractiveInput(true); // for the Ctrl+C of a cancel
    } else {
        m_process->setOwnProcessGroup(true);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &variable : prepared.variables)
            environment.insert(variable.section(QLatin1Char('='), 0, 0),
                               variable.section(QLatin1Char('='), 1));
        m_process->setProcessEnvironment(environment);
    }
    // A terminal ends lines with \r\n and redraws with \r: the last part of each is the line.
    const auto line = [this](const QString &text) {
        QString shown = text;
        if (shown.endsWith(QLatin1Char('\r')))
            shown.chop(1);
        say(shown.section(QLatin1Char('\r'), -1));
    };
    connect(m_process, &Process::standardOutputLine, this, line);
    connect(m_process, &Process::standardErrorLine, this, line);
    connect(m_process, &Process::done, this,
            [this, gate = prepared.gateServices](const ProcessResult &result) {
                m_exitCode = result.exitCode;
                if (m_cancelRequested)
                    return finishAs(State::Cancelled, tr("Cancelled: compose was stopped."));
                if (!result.ok()) {
                    return fail(result.status == ProcessResult::Status::Finished
                                    ? tr("Compose exited with code %1.").arg(result.exitCode)
                                    : result.summary(),
                                result.exitCode);
                }
                if (gate.isEmpty())
                    return finishAs(State::Succeeded);
                startGate(gate);
            });
    // What a person at the host would type, to compare with and to repeat by hand.
    say(QStringLiteral("$ ") + shellQuote(prepared.shown));
    m_process->start(prepared.program, prepared.arguments);
}

void Action::runContainerAction(DockerClient *client)
{
    const QByteArray name = QUrl::toPercentEncoding(m_request.container);
    client->get("/containers/" + name + "/json", [this, client](const DockerReply &inspected) {
        if (!inspected.ok())
            return fail(tr("There is no container %1 on the engine of %2: %3.")
                            .arg(m_request.container, m_environment.name, inspected.error));
        const QJsonObject object = inspected.json().object();
        const QJsonObject labels = object.value(QStringLiteral("Config"))
                                       .toObject()
                                       .value(QStringLiteral("Labels"))
                                       .toObject();
        // Only what belongs to this environment's project: a name typed for another stack on
        // the same engine must not be stopped through it.
        if (labels.value(QStringLiteral("com.docker.compose.project")).toString() !=
            m_environment.projectName) {
            return fail(
                tr("Container %1 is not part of %2 (project %3).")
                    .arg(m_request.container, m_environment.name, m_environment.projectName));
        }
        const QString service =
            labels.value(QStringLiteral("com.docker.compose.service")).toString();
        const QByteArray id = object.value(QStringLiteral("Id")).toString().toLatin1();
        QByteArray path = "/containers/" + id;
        switch (m_request.kind) {
        case Kind::StartContainer:
            path += "/start";
            say(tr("Starting %1…").arg(m_request.container));
            break;
        case Kind::StopContainer:
            path += "/stop?t=10";
            say(tr("Stopping %1 (10 s before it is killed)…").arg(m_request.container));
            break;
        case Kind::RestartContainer:
            path += "/restart?t=10";
            say(tr("Restarting %1…").arg(m_request.container));
            break;
        default:
            path += "/kill";
            say(tr("Killing %1…").arg(m_request.container));
            break;
        }
        if (m_cancelRequested)
            return finishAs(State::Cancelled, tr("Cancelled before the engine was asked."));
        client->post(
            path, {},
            [this, service](const DockerReply &reply) {
                // 304: it was already so, which is what was asked.
                if (!reply.ok() && reply.status != 304)
                    return fail(tr("The engine refused: %1.").arg(reply.error));
                m_exitCode = 0;
                say(reply.status == 304 ? tr("Nothing to do: it already was.") : tr("Done."));
                const bool gated = m_request.wait && (m_request.kind == Kind::StartContainer ||
                                                      m_request.kind == Kind::RestartContainer);
                if (!gated || service.isEmpty())
                    return finishAs(State::Succeeded);
                startGate({service});
            },
            std::chrono::seconds(60));
    });
}

void Action::startGate(const QStringList &services)
{
    setState(State::Gating);
    say(tr("Waiting up to %n s for %1 to be healthy…", nullptr, gateSeconds())
            .arg(services.join(QStringLiteral(", "))));
    m_monitor = new EnvironmentMonitor(m_environment, m_keys);
    connect(m_monitor, &EnvironmentMonitor::ready, this, [this, services] {
        if (!m_monitor->isReachable())
            return fail(tr("The health gate cannot watch %1: %2")
                            .arg(m_environment.name, m_monitor->rollupReason()));
        m_gate = new HealthGate(*m_monitor, services, std::chrono::seconds(gateSeconds()));
        connect(m_gate, &HealthGate::progressed, this, &Action::gateProgressed);
        connect(m_gate, &HealthGate::finished, this, [this](bool passed) {
            if (m_cancelRequested)
                return finishAs(State::Cancelled, tr("Cancelled while waiting for the services."));
            if (passed)
                return finishAs(State::Succeeded, {});
            QStringList waiting;
            for (const HealthGate::Service &service : m_gate->services()) {
                if (service.ready)
                    continue;
                waiting << (service.detail.isEmpty()
                                ? tr("%1 is %2").arg(service.name, service.state)
                                : tr("%1 is %2 (last check: %3)")
                                      .arg(service.name, service.state, service.detail));
            }
            fail(tr("Not every service came up within %n s: %1.", nullptr, gateSeconds())
                     .arg(waiting.join(QStringLiteral("; "))),
                 m_exitCode);
        });
        m_gate->start();
    });
    m_monitor->start(EnvironmentMonitor::Mode::Live);
}

void Action::cancel()
{
    if (isFinished())
        return;
    m_cancelRequested = true;
    switch (m_state) {
    case State::Queued:
        return finishAs(State::Cancelled, tr("Cancelled before it started."));
    case State::Gating:
        if (m_gate)
            m_gate->cancel();
        return finishAs(State::Cancelled, tr("Cancelled while waiting for the services."));
    default:
        break;
    }
    if (!m_process || !m_process->isRunning())
        return; // preparing: it stops before compose runs
    say(tr("Cancelling: compose is interrupted…"));
    // Ctrl+C in compose's own terminal on the host reaches everything it started there;
    // here, SIGINT to its process group.
    if (m_onHost)
        m_process->write("\x03");
    else
        m_process->interrupt();
    m_grace.start(kCancelGrace);
}

QJsonObject Action::summary() const
{
    return QJsonObject{
        {QStringLiteral("environment"), m_environment.name},
        {QStringLiteral("action"), kindKey(m_request.kind)},
        {QStringLiteral("services"), QJsonArray::fromStringList(m_request.services)},
        {QStringLiteral("container"), m_request.container},
        {QStringLiteral("remove_volumes"), m_request.removeVolumes},
        {QStringLiteral("result"), stateKey(m_state)},
        {QStringLiteral("exit_code"), m_exitCode},
        {QStringLiteral("duration_ms"), durationMs()},
        {QStringLiteral("gate"), m_gate ? m_gate->toJson() : QJsonArray()},
        {QStringLiteral("message"), m_failure},
        {QStringLiteral("last_lines"), QJsonArray::fromStringList(lastLines(10))},
    };
}

Action::Audit Action::audit() const
{
    QJsonObject details = summary();
    details.remove(QStringLiteral("last_lines")); // output stays out of the workspace
    return {QStringLiteral("action.") + kindKey(m_request.kind), m_environment.name,
            QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))};
}

void Action::record(Workspace &workspace, const Audit &audit)
{
    AuditLog(workspace).record(audit.action, audit.environment, audit.details);
}

} // namespace blihops
