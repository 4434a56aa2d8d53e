#include "logs/LogSession.h"

#include "docker/ContainerSnapshot.h"
#include "docker/DockerClient.h"
#include "docker/EngineConnector.h"
#include "logs/ContainerLogStream.h"
#include "logs/LogSince.h"
#include "util/LogCategories.h"

#include <algorithm>

namespace blihops {

namespace {

void sortByTime(QList<LogRecord> &records)
{
    // Stable: the pieces of one line, and lines of one container at the same time, keep
    // the engine's order.
    std::stable_sort(records.begin(), records.end(), [](const LogRecord &a, const LogRecord &b) {
        return a.timestampNs < b.timestampNs;
    });
}

} // namespace

LogSession::LogSession(const Environment &environment, const QString &target, const LogQuery &query,
                       const HostKeyStore &keys, QObject *parent)
    : QObject(parent), m_environment(environment), m_target(target), m_query(query),
      m_connector(new EngineConnector(environment, keys, this))
{
    connect(m_connector, &EngineConnector::connected, this, &LogSession::onConnected);
    connect(m_connector, &EngineConnector::failed, this, &LogSession::onConnectFailed);
    m_mergeTimer.setSingleShot(true);
    m_mergeTimer.setInterval(kMergeDelay);
    connect(&m_mergeTimer, &QTimer::timeout, this, &LogSession::flushLive);
}

LogSession::~LogSession()
{
    // Nothing may reach this object while it is being destroyed.
    qDeleteAll(m_streams);
    m_streams.clear();
    delete m_snapshot;
    m_snapshot = nullptr;
    delete m_connector;
    m_connector = nullptr;
}

QStringList LogSession::sourceNames() const
{
    QStringList names;
    for (const ContainerState &container : m_containers)
        names << container.name;
    return names;
}

void LogSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
    if (state == State::Ended || state == State::Failed)
        emit finished();
}

void LogSession::fail(const Error &error)
{
    for (ContainerLogStream *stream : std::as_const(m_streams))
        stream->stop();
    m_failure = error;
    emit failed(error);
    setState(State::Failed);
}

void LogSession::start()
{
    try {
        m_since = LogSince::engineValue(m_query.since);
    } catch (const Error &error) {
        return fail(error);
    }
    setState(State::Connecting);
    m_connector->connectNow();
}

void LogSession::onConnected(DockerClient *client)
{
    if (!m_resolved) {
        m_snapshot = new ContainerSnapshot(client, m_environment.projectName, {}, this);
        connect(m_snapshot, &ContainerSnapshot::finished, this, &LogSession::resolve);
        connect(m_snapshot, &ContainerSnapshot::failed, this, [this](const QString &error) {
            fail(Error(ErrorKind::Unreachable,
                       tr("The Docker Engine of %1 did not list its containers: %2.")
                           .arg(m_environment.name, error)));
        });
        m_snapshot->start();
        return;
    }
    m_connector->settle();
    if (m_paused)
        return;
    for (ContainerLogStream *stream : std::as_const(m_streams)) {
        if (!stream->hasEnded())
            stream->resume(client);
    }
    setState(State::Reading); // until updateState() knows better
    updateState();
}

void LogSession::onConnectFailed(const Error &error)
{
    // A first failure is the answer; later ones are a connection to get back, unless only the
    // user can decide (an SSH host key).
    if (!m_resolved || error.kind() != ErrorKind::Unreachable)
        return fail(error);
    emit notice(tr("%1 Trying again.").arg(error.message()));
    m_connector->retryLater();
}

void LogSession::resolve(const QHash<QString, ContainerState> &containers)
{
    m_snapshot->deleteLater();
    m_snapshot = nullptr;
    QList<ContainerState> found;
    QStringList services;
    for (const ContainerState &container : containers) {
        if (container.service == m_target)
            found << container;
        if (!services.contains(container.service))
            services << container.service;
    }
    m_service = !found.isEmpty();
    if (!m_service) {
        for (const ContainerState &container : containers) {
            if (container.name == m_target ||
                (m_target.size() >= 4 && container.id.startsWith(m_target)))
                found << container;
        }
    }
    if (found.size() != 1 && !m_service) {
        std::sort(services.begin(), services.end());
        return fail(Error(ErrorKind::NotFound,
                          found.isEmpty()
                              ? tr("%1 has no service or container named %2 (services: %3).")
                                    .arg(m_environment.name, m_target,
                                         services.isEmpty() ? tr("none running")
                                                            : services.join(QStringLiteral(", ")))
                              : tr("%1 names more than one container of %2: give more of the "
                                   "id, or the name.")
                                    .arg(m_target, m_environment.name)));
    }
    std::sort(found.begin(), found.end(),
              [](const ContainerState &a, const ContainerState &b) { return a.name < b.name; });
    m_containers = found;
    m_resolved = true;
    m_connector->settle();
    LogsQuery query;
    query.tail = m_query.tail;
    query.follow = m_query.follow;
    query.since = m_since;
    // Times merge a service's containers, and say where a cut stream goes on from.
    query.timestamps = m_query.times || m_service || m_query.follow;
    for (qsizetype i = 0; i < m_containers.size(); ++i) {
        auto *stream = new ContainerLogStream(m_containers.at(i), int(i), query, this);
        connect(stream, &ContainerLogStream::records, this, &LogSession::onRecords);
        connect(stream, &ContainerLogStream::historyRead, this, &LogSession::onHistoryRead);
        connect(stream, &ContainerLogStream::ended, this, [this, stream] { onEnded(stream); });
        connect(stream, &ContainerLogStream::lost, this,
                [this, stream](const QString &reason) { onLost(stream, reason); });
        connect(stream, &ContainerLogStream::refused, this, [this, stream](const QString &error) {
            if (!m_service) {
                return fail(Error(
                    ErrorKind::NotFound,
                    tr("The engine gives no log of %1: %2.").arg(stream->container().name, error)));
            }
            emit notice(
                tr("The engine gives no log of %1: %2.").arg(stream->container().name, error));
            onEnded(stream);
        });
        m_streams << stream;
    }
    emit resolved();
    setState(State::Reading);
    for (ContainerLogStream *stream : std::as_const(m_streams))
        stream->start(m_connector->client());
    updateState();
}

void LogSession::onRecords(const QList<LogRecord> &records)
{
    if (!m_service)
        return emit this->records(records);
    const auto *stream = qobject_cast<const ContainerLogStream *>(sender());
    if (!stream->hasReadHistory()) {
        m_history += records;
        return;
    }
    m_live += records;
    if (!m_mergeTimer.isActive())
        m_mergeTimer.start();
}

bool LogSession::allHistoryRead() const
{
    return std::all_of(m_streams.begin(), m_streams.end(),
                       [](const ContainerLogStream *stream) { return stream->hasReadHistory(); });
}

void LogSession::onHistoryRead()
{
    if (m_service && allHistoryRead() && !m_history.isEmpty()) {
        QList<LogRecord> history = std::exchange(m_history, {});
        sortByTime(history);
        emit records(history);
    }
    updateState();
}

void LogSession::flushLive()
{
    if (m_live.isEmpty() || !allHistoryRead())
        return;
    QList<LogRecord> live = std::exchange(m_live, {});
    sortByTime(live);
    emit records(live);
}

void LogSession::onEnded(ContainerLogStream *stream)
{
    if (m_query.follow && !m_paused) {
        emit notice(tr("%1 stopped; its log ends here.").arg(stream->container().name));
    }
    updateState();
}

void LogSession::onLost(ContainerLogStream *stream, const QString &reason)
{
    if (m_paused || m_state == State::Failed)
        return;
    if (!stream->hasTimes()) {
        return fail(
            Error(ErrorKind::Unreachable, tr("The log of %1 was cut off (%2): read it again.")
                                              .arg(stream->container().name, reason)));
    }
    ++m_reconnects;
    emit notice(
        tr("Lost the log stream of %1 (%2); reconnecting.").arg(stream->container().name, reason));
    setState(State::Reconnecting);
    // The new connection replaces the client every stream uses.
    for (ContainerLogStream *each : std::as_const(m_streams))
        each->stop();
    m_connector->connectNow();
}

void LogSession::dropStreams()
{
    if (!m_streams.isEmpty())
        onLost(m_streams.first(), tr("dropped on purpose"));
}

void LogSession::pause()
{
    if (m_paused || !m_resolved || m_state == State::Failed)
        return;
    m_paused = true;
    for (ContainerLogStream *stream : std::as_const(m_streams))
        stream->stop();
    flushLive();
    setState(State::Paused);
}

void LogSession::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    DockerClient *client = m_connector->client();
    if (!client) {
        setState(State::Reconnecting);
        return m_connector->connectNow();
    }
    // A stopped container may have started again: its stream goes on too.
    for (ContainerLogStream *stream : std::as_const(m_streams))
        stream->resume(client);
    setState(State::Reading);
    updateState();
}

void LogSession::updateState()
{
    if (m_paused || m_state == State::Failed || m_state == State::Reconnecting ||
        m_state == State::Connecting)
        return;
    if (std::all_of(m_streams.begin(), m_streams.end(),
                    [](const ContainerLogStream *stream) { return stream->hasEnded(); })) {
        m_mergeTimer.stop();
        flushLive();
        return setState(State::Ended);
    }
    setState(allHistoryRead() && m_query.follow ? State::Following : State::Reading);
}

} // namespace blihops
