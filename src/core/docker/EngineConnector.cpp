#include "docker/EngineConnector.h"

#include "docker/DockerClient.h"
#include "docker/EngineAddress.h"
#include "docker/TlsMaterial.h"
#include "remote/SshConnection.h"
#include "remote/SshWorkPool.h"
#include "util/LogCategories.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>
#include <algorithm>

namespace blihops {

// What an attempt needs that may block (SSH): made on the SSH pool.
struct PreparedEndpoint
{
    HttpEndpoint endpoint;
    std::shared_ptr<SshConnection> ssh;
    std::optional<Error> error;
};

namespace {

constexpr int kFirstDelayMs = 500;
constexpr int kLongestDelayMs = 5000;

PreparedEndpoint prepare(const Environment &environment, const HostKeyStore &keys)
{
    PreparedEndpoint prepared;
    try {
        if (environment.engineUrl.isEmpty()) {
            throw Error(ErrorKind::BadInput,
                        EngineConnector::tr("%1 has no engine address yet: edit the environment "
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

} // namespace

EngineConnector::EngineConnector(const Environment &environment, const HostKeyStore &keys,
                                 QObject *parent)
    : QObject(parent), m_environment(environment), m_keys(keys)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &EngineConnector::connectNow);
}

EngineConnector::~EngineConnector()
{
    // No reply may reach the owner while it is being destroyed.
    delete m_client;
}

void EngineConnector::connectNow()
{
    if (m_connecting)
        return;
    m_retry.stop();
    m_connecting = true;
    ++m_attempts;
    const quint64 generation = ++m_generation;
    delete m_client;
    m_client = nullptr;
    auto *watcher = new QFutureWatcher<PreparedEndpoint>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        endpointReady(generation, watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run(sshWorkPool(), [environment = m_environment, keys = m_keys] {
            return prepare(environment, keys);
        }));
}

void EngineConnector::endpointReady(quint64 generation, const PreparedEndpoint &prepared)
{
    if (generation != m_generation)
        return;
    if (prepared.error) {
        m_connecting = false;
        m_ssh.reset();
        return emit failed(*prepared.error);
    }
    m_ssh = prepared.ssh;
    m_client = new DockerClient(prepared.endpoint, this);
    const QPointer<DockerClient> client = m_client;
    m_client->negotiate([this, client, generation](const QString &error) {
        if (!client || generation != m_generation)
            return;
        m_connecting = false;
        if (!error.isEmpty()) {
            return emit failed(Error(ErrorKind::Unreachable,
                                     tr("Cannot reach the Docker Engine of %1 at %2: %3.")
                                         .arg(m_environment.name, m_environment.engineUrl, error)));
        }
        emit connected(client);
    });
}

void EngineConnector::retryLater()
{
    if (m_connecting || m_retry.isActive())
        return;
    qCInfo(lcDocker) << m_environment.name << "trying again in" << m_delayMs << "ms";
    m_retry.start(m_delayMs);
    m_delayMs = std::min(m_delayMs * 2, kLongestDelayMs);
}

void EngineConnector::settle()
{
    m_retry.stop();
    m_delayMs = kFirstDelayMs;
}

} // namespace blihops
