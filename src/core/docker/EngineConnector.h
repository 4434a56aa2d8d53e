#pragma once

#include "remote/HostKeyStore.h"
#include "util/Error.h"
#include "workspace/Environment.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace blihops {

class DockerClient;
class SshConnection;
struct PreparedEndpoint;

// How an environment's engine is reached, and when to try again. An attempt prepares the
// endpoint (for ssh://, the shared master and a forwarded socket, on the SSH pool) and
// negotiates the API version; there is never more than one attempt under way, nor more than
// one retry waiting, however often connectNow() and retryLater() are called.
class EngineConnector : public QObject
{
    Q_OBJECT

public:
    EngineConnector(const Environment &environment, const HostKeyStore &keys,
                    QObject *parent = nullptr);
    ~EngineConnector() override;

    // Starts an attempt now, unless one is under way; a waiting retry is taken over by it.
    // The client of the attempt before is deleted: drop what uses it first.
    void connectNow();
    // Arms the one retry (0.5 s, doubling up to 5 s), unless an attempt or a retry is
    // already coming.
    void retryLater();
    // The engine answered in full: no retry is due, and the next failure starts again from
    // the shortest delay.
    void settle();

    bool isConnecting() const { return m_connecting; }
    bool isRetryPending() const { return m_retry.isActive(); }
    // The negotiated client of the last good attempt, or nullptr.
    DockerClient *client() const { return m_client; }
    // Attempts started so far (for tests and logs).
    int attempts() const { return m_attempts; }

signals:
    void connected(blihops::DockerClient *client);
    void failed(const blihops::Error &error);

private:
    void endpointReady(quint64 generation, const PreparedEndpoint &prepared);

    Environment m_environment;
    HostKeyStore m_keys;
    std::shared_ptr<SshConnection> m_ssh;
    DockerClient *m_client = nullptr;
    QTimer m_retry;
    int m_delayMs = 500;
    bool m_connecting = false;
    quint64 m_generation = 0; // of the attempt under way; answers of older ones are dropped
    int m_attempts = 0;
};

} // namespace blihops
