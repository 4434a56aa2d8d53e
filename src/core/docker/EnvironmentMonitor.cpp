#include "docker/EnvironmentMonitor.h"

#include "compose/ComposeFile.h"
#include "docker/ContainerSnapshot.h"
#include "docker/DockerClient.h"
#include "docker/EngineConnector.h"
#include "docker/EventStream.h"
#include "util/LogCategories.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QtConcurrent>
#include <algorithm>

namespace blihops {

EnvironmentMonitor::EnvironmentMonitor(const Environment &environment, const HostKeyStore &keys,
                                       QObject *parent)
    : QObject(parent), m_environment(environment),
      m_connector(new EngineConnector(environment, keys, this)),
      m_events(new EventStream(environment.projectName, this))
{
    connect(m_connector, &EngineConnector::connected, this, &EnvironmentMonitor::onConnected);
    connect(m_connector, &EngineConnector::failed, this, &EnvironmentMonitor::fail);
    connect(m_events, &EventStream::event, this, &EnvironmentMonitor::onEvent);
    connect(m_events, &EventStream::lost, this, [this](const QString &reason) {
        fail(Error(ErrorKind::Unreachable,
                   tr("Lost the connection to the Docker Engine of %1 (%2); reconnecting.")
                       .arg(m_environment.name, reason)));
    });
}

EnvironmentMonitor::~EnvironmentMonitor()
{
    // Ending the stream here is not a lost connection: nothing to report or retry.
    m_events->close();
    delete m_snapshot;
    m_snapshot = nullptr;
    // No reply may reach this object while its members are being destroyed.
    delete m_connector;
    m_connector = nullptr;
}

void EnvironmentMonitor::start(Mode mode)
{
    m_mode = mode;
    // The compose files name the services that have no container yet: read off this thread.
    auto *watcher = new QFutureWatcher<ComposeFile::ServiceNames>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_services = watcher->result().names;
        connectEngine();
    });
    watcher->setFuture(QtConcurrent::run(
        [files = m_environment.composeFiles] { return ComposeFile::serviceNames(files); }));
}

void EnvironmentMonitor::connectEngine()
{
    if (m_connector->isConnecting())
        return; // the attempt under way will do
    // Whatever used the old client goes first, on purpose: not a lost connection.
    m_events->close();
    delete m_snapshot;
    m_snapshot = nullptr;
    m_heldBack.clear();
    m_connector->connectNow();
}

void EnvironmentMonitor::onConnected()
{
    // Subscribe before the picture, so that nothing happening in between is missed.
    if (m_mode == Mode::Live)
        m_events->open(m_connector->client());
    takeSnapshot();
}

void EnvironmentMonitor::fail(const Error &error)
{
    qCInfo(lcDocker) << m_environment.name << "unreachable:" << error.message();
    m_events->close();
    delete m_snapshot;
    m_snapshot = nullptr;
    m_heldBack.clear();
    m_reachable = false;
    m_failure = error;
    announce();
    // A host key decision is the user's: retrying would only repeat the question.
    if (m_mode == Mode::Live && error.kind() == ErrorKind::Unreachable)
        m_connector->retryLater();
}

void EnvironmentMonitor::takeSnapshot()
{
    if (m_snapshot)
        return; // one is under way: its picture is as new as another would be
    m_snapshot =
        new ContainerSnapshot(m_connector->client(), m_environment.projectName, m_containers, this);
    connect(m_snapshot, &ContainerSnapshot::finished, this, &EnvironmentMonitor::snapshotTaken);
    connect(m_snapshot, &ContainerSnapshot::failed, this, [this](const QString &error) {
        fail(Error(ErrorKind::Unreachable,
                   tr("The Docker Engine of %1 did not list its containers: %2.")
                       .arg(m_environment.name, error)));
    });
    m_snapshot->start();
}

void EnvironmentMonitor::snapshotTaken(const QHash<QString, ContainerState> &containers)
{
    m_snapshot->deleteLater();
    m_snapshot = nullptr;
    m_containers = containers;
    m_reachable = true;
    m_failure.reset();
    m_connector->settle();
    // What happened while the picture was taken is newer than the picture.
    const QList<ContainerEvent> heldBack = std::exchange(m_heldBack, {});
    for (const ContainerEvent &event : heldBack)
        apply(event);
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
    if (m_reachable && m_connector->client())
        takeSnapshot();
    else
        connectEngine();
}

void EnvironmentMonitor::onEvent(const ContainerEvent &event)
{
    emit eventSeen(event.action, event.name);
    // Health checks are execs: three events each, every few seconds, none of which
    // changes what is shown (a change of health comes as health_status). Their output is
    // read on demand, with inspect().
    if (event.action.startsWith(QLatin1String("exec_")))
        return;
    if (m_snapshot)
        m_heldBack.append(event);
    else
        apply(event);
}

void EnvironmentMonitor::apply(const ContainerEvent &event)
{
    const quint64 serial = ++m_lastSerial;
    m_serials.insert(event.id, serial);
    if (event.action == QLatin1String("destroy")) {
        m_containers.remove(event.id);
        emit changed();
        return;
    }
    inspectAt(event.id, serial, {});
}

void EnvironmentMonitor::inspect(const QString &id, const std::function<void()> &then)
{
    inspectAt(id, m_serials.value(id), then);
}

void EnvironmentMonitor::inspectAt(const QString &id, quint64 serial,
                                   const std::function<void()> &then)
{
    DockerClient *client = m_connector->client();
    if (!client) {
        if (then)
            then();
        return;
    }
    // The client belongs to the connector: a reply never outlives this monitor.
    client->get("/containers/" + id.toLatin1() + "/json", [this, id, serial,
                                                           then](const DockerReply &reply) {
        // A newer event about this container (its destroy, say) decides instead.
        if (m_serials.value(id) == serial) {
            if (reply.ok())
                m_containers.insert(id, ContainerState::fromInspect(reply.json().object()));
            else if (reply.status == 404)
                m_containers.remove(id);
            emit changed();
        }
        if (then)
            then();
    });
}

void EnvironmentMonitor::resumeEvents()
{
    if (!m_events->isOpen())
        return;
    m_events->close();
    fail(Error(ErrorKind::Unreachable,
               tr("Lost the connection to the Docker Engine of %1 (%2); reconnecting.")
                   .arg(m_environment.name, tr("the stream was dropped"))));
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
    return EnvironmentRollup::of(m_ready, m_reachable, containers());
}

QString EnvironmentMonitor::rollupReason() const
{
    return EnvironmentRollup::reason(rollup(), containers(), m_failure);
}

QString EnvironmentMonitor::apiVersion() const
{
    DockerClient *client = m_connector->client();
    return client ? client->apiVersion() : QString();
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
