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

namespace {

// Tries per inspect that fails other than with 404 before the monitor takes a new picture.
constexpr int kInspectAttempts = 3;

} // namespace

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
    connect(m_events, &EventStream::refused, this, [this](const QString &reason) {
        fail(Error(ErrorKind::Unreachable,
                   tr("The Docker Engine of %1 refused its event stream: %2.")
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
    dropInspects();
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
    dropInspects();
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
    // The picture is newer than any answer still to come about an event before it: such an
    // answer matches no serial now, and the serials of containers gone meanwhile are gone.
    m_serials.clear();
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
    if (event.action == QLatin1String("destroy")) {
        // Gone for good: no answer about it counts any more, nor is one asked for.
        m_serials.remove(event.id);
        m_containers.remove(event.id);
        emit changed();
        return;
    }
    const quint64 serial = ++m_lastSerial;
    m_serials.insert(event.id, serial);
    queueInspect(event.id, serial, {});
}

void EnvironmentMonitor::inspect(const QString &id, const std::function<void()> &then)
{
    queueInspect(id, m_serials.value(id), then);
}

void EnvironmentMonitor::queueInspect(const QString &id, quint64 serial,
                                      const std::function<void()> &then)
{
    if (!m_connector->client()) {
        if (then)
            then();
        return;
    }
    // A request not sent yet is taken over by a newer one: one answer serves both.
    const auto waiting = m_inspectWaiting.find(id);
    if (waiting != m_inspectWaiting.end()) {
        waiting->serial = std::max(waiting->serial, serial);
        if (then)
            waiting->then.append(then);
    } else {
        InspectRequest request;
        request.serial = serial;
        if (then)
            request.then.append(then);
        m_inspectWaiting.insert(id, request);
        m_inspectOrder.append(id);
    }
    sendInspects();
}

void EnvironmentMonitor::sendInspects()
{
    DockerClient *client = m_connector->client();
    // As many at once as a picture asks: a burst of events (a compose up of many services)
    // must not open a socket per container.
    for (qsizetype i = 0; client && i < m_inspectOrder.size() &&
                          m_inspectSent.size() < ContainerSnapshot::kParallelInspects;) {
        const QString id = m_inspectOrder.at(i);
        if (m_inspectSent.contains(id)) {
            ++i; // its newer request goes once the answer to the older one is in
            continue;
        }
        m_inspectOrder.removeAt(i);
        m_inspectSent.insert(id, m_inspectWaiting.take(id));
        // The client belongs to the connector: a reply never outlives this monitor.
        client->get("/containers/" + id.toLatin1() + "/json",
                    [this, id, round = m_inspectRound](const DockerReply &reply) {
                        if (round == m_inspectRound)
                            inspected(id, reply);
                    });
    }
}

void EnvironmentMonitor::inspected(const QString &id, const DockerReply &reply)
{
    InspectRequest request = m_inspectSent.take(id);
    if (!reply.ok() && reply.status != 404 && ++request.failures < kInspectAttempts) {
        // Asked again, unless a newer request is waiting anyway.
        const auto waiting = m_inspectWaiting.find(id);
        if (waiting != m_inspectWaiting.end()) {
            waiting->then = request.then + waiting->then;
        } else {
            m_inspectWaiting.insert(id, request);
            m_inspectOrder.append(id);
        }
        return sendInspects();
    }
    // A newer event about this container (its destroy, say) decides instead.
    if (m_serials.value(id) == request.serial) {
        if (reply.ok())
            m_containers.insert(id, ContainerState::fromInspect(reply.json().object()));
        else if (reply.status == 404)
            m_containers.remove(id);
        emit changed();
    }
    for (const std::function<void()> &then : std::as_const(request.then))
        then();
    if (!reply.ok() && reply.status != 404) {
        // What is shown of it may be out of date: a new picture settles it.
        return fail(Error(ErrorKind::Unreachable,
                          tr("The Docker Engine of %1 did not describe the container %2: %3.")
                              .arg(m_environment.name, id.left(12), reply.error)));
    }
    sendInspects();
}

void EnvironmentMonitor::dropInspects()
{
    ++m_inspectRound;
    QList<std::function<void()>> waiting;
    for (const InspectRequest &request : std::as_const(m_inspectSent))
        waiting += request.then;
    for (const InspectRequest &request : std::as_const(m_inspectWaiting))
        waiting += request.then;
    m_inspectSent.clear();
    m_inspectWaiting.clear();
    m_inspectOrder.clear();
    for (const std::function<void()> &then : std::as_const(waiting))
        then();
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
