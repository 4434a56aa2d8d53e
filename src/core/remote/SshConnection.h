#pragma once

#include "remote/HostKeyStore.h"
#include "remote/ProcessResult.h"
#include "remote/SshTarget.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QStringList>
#include <chrono>
#include <memory>

namespace blihops {

// One OpenSSH ControlMaster connection to a host, shared by everything that talks to it.
// BatchMode (never a password prompt), a private ControlPath, our own known_hosts with
// StrictHostKeyChecking: an unknown key stops with its fingerprint for the user to accept,
// a changed key stops every operation with both fingerprints. The master leaves when the
// last user lets go (and by itself after ControlPersist, should this process die).
// Methods block: call them from worker threads or the CLI.
class SshConnection
{
    Q_DECLARE_TR_FUNCTIONS(SshConnection)

public:
    // The connection for target, shared while anybody holds it.
    static std::shared_ptr<SshConnection> acquire(const SshTarget &target,
                                                  const HostKeyStore &keys = HostKeyStore());

    ~SshConnection();
    SshConnection(const SshConnection &) = delete;
    SshConnection &operator=(const SshConnection &) = delete;

    const SshTarget &target() const { return m_target; }
    QString controlPath() const { return m_controlPath; }

    // Starts the master if it is not running. Throws Error: UntrustedHostKey (details:
    // "offered"), ChangedHostKey (details: "trusted", "offered"), Unreachable, BadInput.
    void connect(std::chrono::seconds timeout = std::chrono::seconds(15));
    bool isConnected() const;
    // Runs argv on the host over the master; argv is quoted for the remote shell. input,
    // if any, is what the remote command reads on stdin (a file to upload, say).
    ProcessResult run(const QStringList &argv, std::chrono::milliseconds timeout,
                      const QByteArray &input = {});
    enum class Terminal
    {
        None,
        // A terminal on the host: the command and what it starts share its session, so a
        // Ctrl+C written to stdin interrupts them all, and they all get SIGHUP when the
        // connection ends (docker compose keeps running otherwise).
        Allocated
    };
    // The ssh argv that runs argv on the host over the master, for streaming with Process.
    QStringList commandFor(const QStringList &argv, Terminal terminal = Terminal::None) const;
    // Forwards a unix socket on the host to a new local one; returns its path.
    QString forwardUnixSocket(const QString &remotePath);
    // Forwards a TCP port reachable from the host (e.g. its PostgreSQL on 127.0.0.1:5432) to
    // a new port on this machine's loopback; returns the local port. Every local user can
    // reach it while it is open: cancel it when done.
    quint16 forwardLocalPort(const QString &remoteHost, quint16 remotePort);
    void cancelLocalPort(quint16 localPort);
    // Asks the master to leave (without waiting) and forgets the forwards.
    void close();

private:
    SshConnection(const SshTarget &target, const HostKeyStore &keys);
    QStringList commonOptions() const;
    [[noreturn]] void failConnect(const ProcessResult &result);
    // operation: "forward" or "cancel".
    void requestForward(const QString &operation, const QString &specification,
                        const QString &what);
    void dropForwards();

    SshTarget m_target;
    HostKeyStore m_keys;
    QString m_controlPath;
    QStringList m_forwards;
    QHash<quint16, QString> m_portForwards; // local port -> its -L specification
    mutable QMutex m_mutex;
};

} // namespace blihops
