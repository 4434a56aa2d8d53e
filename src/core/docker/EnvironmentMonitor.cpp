#include "docker/EnvironmentMonitor.h"

#include "compose/ComposeFile.h"
#include "docker/DockerClient.h"
#include "docker/EngineAddress.h"
#include "docker/TlsMaterial.h"
#include "remote/SshConnection.h"
#include "util/LogCategories.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QtConcurrent>
#include <algorithm>

namespace blihops {

namespace {

constexpr int kParallelInspects = 8;

// What connecting needs that may block (reading compose files, SSH): done on a pool thread.
struct Prepared
{
    QStringList services;
    QString composeError;
    HttpEndpoint endpoint;
    std::shared_ptr<SshConnection> ssh;
    std::optional<Error> error;
};

Prepared prepare(const Environment &environment, const HostKeyStore &keys)
{
    Prepared prepared;
    const ComposeFile::ServiceNames services = ComposeFile::serviceNames(environment.composeFiles);
    prepared.services = services.names;
    prepared.composeError = services.error;
    try {
        if (environment.engineUrl.isEmpty()) {
            throw Error(ErrorKind::BadInput,
                        EnvironmentMonitor::tr("%1 has no engine address yet: edit the environment "
                                               "to set one.")
                            .arg(environment.name));
        }
        const EngineAddress address = EngineAddress::parse(environment.engineUrl);
        switch (address.scheme) {
        case EngineAddress::Scheme::Unix:
            prepared.endpoint = HttpEndpoint::unixSocket(address.socketPath);
            break;
        case EngineAddress::Scheme::Ssh:
            prepared.ssh = SshConnection::acquire(SshTarget::fromEngine(address), keys);
            prepared.ssh->connect();
            prepared.endpoint = HttpEndpoint::unixSocket(prepared.ssh->forwardUnixSocket(
                address.socketPath.isEmpty() ? QStringLiteral("/var/run/docker.sock")
                                             : address.socketPath));
            break;
        case EngineAddress::Scheme::Tcp:
            prepared.endpoint = {{}, address.host, quint16(address.port), TlsMaterial::load()};
            break;
        }
    } catch (const Error &error) {
        prepared.error = error;
    }
    return prepared;
}

QByteArray labelFilter(const QString &project, bool containersOnly)
{
    QJsonObject filters{{QStringLiteral("label"),
                         QJsonArray{QStringLiteral("com.docker.compose.project=") + project}}};
    if (containersOnly)
        filters.insert(QStringLiteral("type"), QJsonArray{QStringLiteral("container")});
    return QUrl::toPercentEncoding(
        QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact)));
}

} // namespace

EnvironmentMonitor::EnvironmentMonitor(const Environment &environment, const HostKeyStore &keys,
                                       QObject *parent)
    : QObject(parent), m_environment(environment), m_keys(keys)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &EnvironmentMonitor::connectEngine);
}

EnvironmentMonitor::~EnvironmentMonitor()
{
    // Ending the stream here is not a lost connection: nothing to report or retry.
    if (m_events) {
        m_events->disconnect(this);
        m_events->abort();
    }
    // No reply may reach this object while its members are being destroyed.
    delete m_client;
    m_client = nullptr;
}

void EnvironmentMonitor::start(Mode mode)
{
    m_mode = mode;
    connectEngine();
}

void EnvironmentMonitor::connectEngine()
{
    auto *watcher = new QFutureWatcher<Prepared>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        Prepared prepared = watcher->result();
        m_services = prepared.services;
        m_composeError = prepared.composeError;
        if (prepared.error)
            return fail(*prepared.error);
        m_ssh = prepared.ssh;
        useEndpoint(prepared.endpoint);
    });
    watcher->setFuture(QtConcurrent::run(
        [environment = m_environment, keys = m_keys] { return prepare(environment, keys); }));
}

void EnvironmentMonitor::fail(const Error &error)
{
    qCInfo(lcDocker) << m_environment.name << "unreachable:" << error.message();
    m_reachable = false;
    m_failure = error;
    announce();
    // A host key decision is the user's: retrying would only repeat the question.
    if (m_mode == Mode::Live && error.kind() == ErrorKind::Unreachable)
        scheduleReconnect();
}

void EnvironmentMonitor::useEndpoint(const HttpEndpoint &endpoint)
{
    if (m_events)
        m_events->abort();
    delete m_client;
    m_client = new DockerClient(endpoint, this);
    m_client->negotiate([this](const QString &error) {
        if (!error.isEmpty()) {
            return fail(Error(ErrorKind::Unreachable,
                              tr("Cannot reach the Docker Engine of %1 at %2: %3.")
                                  .arg(m_environment.name, m_environment.engineUrl, error)));
        }
        // Subscribe before listing, so that nothing happening in between is missed.
        if (m_mode == Mode::Live)
            openEvents();
        listContainers();
    });
}

void EnvironmentMonitor::listContainers()
{
    m_client->get("/containers/json?all=1&filters=" + labelFilter(m_environment.projectName, false),
                  [this](const DockerReply &reply) {
                      if (!reply.ok()) {
                          return fail(
                              Error(ErrorKind::Unreachable,
                                    tr("The Docker Engine of %1 did not list its containers: %2.")
                                        .arg(m_environment.name, reply.error)));
                      }
                      auto snapshot = std::make_shared<Snapshot>();
                      for (const QJsonValue &value : reply.json().array()) {
                          const QJsonObject item = value.toObject();
                          const QString id = item.value(QStringLiteral("Id")).toString();
                          // What inspect adds (limits, restart policy, mounts) is fixed for a
                          // container; state and health are in the list: inspect again only what
                          // changed.
                          const auto known = m_containers.constFind(id);
                          if (known != m_containers.constEnd() &&
                              known->state == item.value(QStringLiteral("State")).toString() &&
                              known->health == ContainerState::healthFromStatus(
                                                   item.value(QStringLiteral("Status")).toString()))
                              snapshot->fresh.insert(id, *known);
                          else
                              snapshot->pending.append(id);
                      }
                      snapshot->remaining = int(snapshot->pending.size());
                      if (snapshot->pending.isEmpty())
                          return completeSnapshot(snapshot->fresh);
                      // A few inspects at a time, each on a kept-alive connection: one request per
                      // container at once would open a socket each, run a large project out of file
                      // descriptors and lose containers, and is slower too (1,000 containers: 320
                      // ms against 230 ms with 8, bench/README.md).
                      for (int i = 0; i < kParallelInspects; ++i)
                          inspectNext(snapshot);
                  });
}

void EnvironmentMonitor::inspectNext(const std::shared_ptr<Snapshot> &snapshot)
{
    if (snapshot->pending.isEmpty())
        return;
    const QString id = snapshot->pending.takeFirst();
    m_client->get(
        "/containers/" + id.toLatin1() + "/json", [this, snapshot](const DockerReply &inspected) {
            if (inspected.ok()) {
                const ContainerState state = ContainerState::fromInspect(inspected.json().object());
                snapshot->fresh.insert(state.id, state);
            }
            if (--snapshot->remaining == 0)
                return completeSnapshot(snapshot->fresh);
            inspectNext(snapshot);
        });
}

void EnvironmentMonitor::completeSnapshot(const QHash<QString, ContainerState> &containers)
{
    m_containers = containers;
    m_reachable = true;
    m_failure.reset();
    m_reconnectDelayMs = 500;
    emit refreshed();
    announce();
}

void EnvironmentMonitor::announce()
{
    // Ready before the signals: their receivers ask rollup(), which needs it.
    const bool first = !m_ready;
    m_ready = true;
    emit changed();
    if (first)
        emit ready();
}

void EnvironmentMonitor::refresh()
{
    if (m_client && m_reachable)
        listContainers();
    else if (!m_reconnect.isActive())
        connectEngine();
}

void EnvironmentMonitor::inspect(const QString &id, const std::function<void()> &then)
{
    m_client->get(
        "/containers/" + id.toLatin1() + "/json", [this, id, then](const DockerReply &reply) {
            if (reply.ok())
                m_containers.insert(id, ContainerState::fromInspect(reply.json().object()));
            else if (reply.status == 404)
                m_containers.remove(id);
            emit changed();
            if (then)
                then();
        });
}

void EnvironmentMonitor::openEvents()
{
    QByteArray path = "/events?filters=" + labelFilter(m_environment.projectName, true);
    if (!m_lastEventTime.isEmpty())
        path += "&since=" + m_lastEventTime.toLatin1();
    m_eventBuffer.clear();
    m_events = m_client->stream(path);
    HttpExchange *events = m_events;
    connect(events, &HttpExchange::bodyData, this, &EnvironmentMonitor::onEventData);
    connect(events, &HttpExchange::finished, this, [this, events] {
        events->deleteLater();
        if (m_events == events) {
            m_events = nullptr;
            qCInfo(lcDocker) << m_environment.name
                             << "event stream ended:" << events->errorString();
            fail(Error(ErrorKind::Unreachable,
                       tr("Lost the connection to the Docker Engine of %1 (%2); reconnecting.")
                           .arg(m_environment.name,
                                events->hasError() ? events->errorString() : tr("stream closed"))));
        }
    });
}

void EnvironmentMonitor::onEventData(const QByteArray &chunk)
{
    m_eventBuffer.append(chunk);
    qsizetype newline;
    while ((newline = m_eventBuffer.indexOf('\n')) >= 0) {
        const QJsonObject event = QJsonDocument::fromJson(m_eventBuffer.left(newline)).object();
        m_eventBuffer.remove(0, newline + 1);
        if (event.value(QStringLiteral("Type")).toString() != QLatin1String("container"))
            continue;
        const qint64 nanos = event.value(QStringLiteral("timeNano")).toInteger();
        m_lastEventTime = QStringLiteral("%1.%2")
                              .arg(nanos / 1000000000)
                              .arg(nanos % 1000000000, 9, 10, QLatin1Char('0'));
        const QString id = event.value(QStringLiteral("id")).toString();
        const QString action = event.value(QStringLiteral("Action")).toString();
        const QString name = event.value(QStringLiteral("Actor"))
                                 .toObject()
                                 .value(QStringLiteral("Attributes"))
                                 .toObject()
                                 .value(QStringLiteral("name"))
                                 .toString();
        emit eventSeen(action, name);
        // Health checks are execs: three events each, every few seconds, none of which
        // changes what is shown (a change of health comes as health_status). Their output is
        // read on demand, with inspect().
        if (action.startsWith(QLatin1String("exec_")))
            continue;
        if (action == QLatin1String("destroy")) {
            m_containers.remove(id);
            emit changed();
        } else {
            inspect(id);
        }
    }
}

void EnvironmentMonitor::resumeEvents()
{
    if (m_events)
        m_events->abort(); // finished() turns into a reconnect from the last event
}

void EnvironmentMonitor::scheduleReconnect()
{
    if (m_reconnect.isActive())
        return;
    m_reconnect.start(m_reconnectDelayMs);
    m_reconnectDelayMs = std::min(m_reconnectDelayMs * 2, 5000);
}

QList<ContainerState> EnvironmentMonitor::containers() const
{
    QList<ContainerState> all = m_containers.values();
    std::sort(all.begin(), all.end(),
              [](const ContainerState &a, const ContainerState &b) { return a.name < b.name; });
    QList<ContainerState> ordered;
    for (const QString &service : m_services) {
        bool found = false;
        for (const ContainerState &container : std::as_const(all)) {
            if (container.service == service) {
                ordered.append(container);
                found = true;
            }
        }
        if (!found)
            ordered.append(ContainerState::notCreated(service));
    }
    for (const ContainerState &container : std::as_const(all)) {
        if (!m_services.contains(container.service))
            ordered.append(container);
    }
    return ordered;
}

EnvironmentMonitor::Rollup EnvironmentMonitor::rollup() const
{
    if (!m_ready)
        return Rollup::Unknown;
    if (!m_reachable)
        return Rollup::Unreachable;
    const QList<ContainerState> all = containers();
    const bool anyRunning =
        std::any_of(all.begin(), all.end(), [](const ContainerState &c) { return c.isRunning(); });
    if (!anyRunning)
        return Rollup::Down;
    const bool allGood = std::all_of(all.begin(), all.end(), [](const ContainerState &c) {
        return c.isRunning() && c.health != QLatin1String("unhealthy") &&
               c.health != QLatin1String("starting");
    });
    return allGood ? Rollup::Healthy : Rollup::Degraded;
}

QString EnvironmentMonitor::rollupReason() const
{
    switch (rollup()) {
    case Rollup::Unknown:
        return tr("connecting…");
    case Rollup::Unreachable:
        return m_failure ? m_failure->message() : QString();
    case Rollup::Down:
        return tr("no container is running");
    case Rollup::Healthy:
        return tr("every service runs and is healthy");
    case Rollup::Degraded: {
        QStringList trouble;
        for (const ContainerState &container : containers()) {
            if (!container.isRunning())
                trouble << tr("%1 is %2").arg(container.service, container.state);
            else if (container.health == QLatin1String("unhealthy") ||
                     container.health == QLatin1String("starting"))
                trouble << tr("%1 is %2").arg(container.service, container.health);
        }
        return trouble.join(QStringLiteral(", "));
    }
    }
    return {};
}

QString EnvironmentMonitor::apiVersion() const
{
    return m_client ? m_client->apiVersion() : QString();
}

QString EnvironmentMonitor::rollupKey(Rollup rollup)
{
    switch (rollup) {
    case Rollup::Unknown:
        return QStringLiteral("unknown");
    case Rollup::Healthy:
        return QStringLiteral("healthy");
    case Rollup::Degraded:
        return QStringLiteral("degraded");
    case Rollup::Down:
        return QStringLiteral("down");
    case Rollup::Unreachable:
        return QStringLiteral("unreachable");
    }
    return {};
}

QJsonObject EnvironmentMonitor::statusJson() const
{
    QJsonArray list;
    if (m_reachable) { // otherwise nothing is known about them
        for (const ContainerState &container : containers())
            list.append(container.toJson());
    }
    return QJsonObject{
        {QStringLiteral("environment"), m_environment.name},
        {QStringLiteral("engine"),
         QJsonObject{{QStringLiteral("url"), m_environment.engineUrl},
                     {QStringLiteral("reachable"), m_reachable},
                     {QStringLiteral("api_version"), m_reachable ? apiVersion() : QJsonValue()},
                     {QStringLiteral("error"), m_failure ? m_failure->message() : QJsonValue()}}},
        {QStringLiteral("rollup"), rollupKey(rollup())},
        {QStringLiteral("reason"), rollupReason()},
        {QStringLiteral("containers"), list},
    };
}

} // namespace blihops
