#pragma once

#include "remote/HostKeyStore.h"
#include "remote/ProcessResult.h"
#include "workspace/Environment.h"

#include <QCoreApplication>
#include <QStringList>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace blihops {

class SshConnection;

// The Docker host of an environment, where its backup jobs are installed and run: reached
// over the SSH master for an ssh:// engine, this machine for a unix:// one (a tcp:// engine
// has no shell to run a job in). Every command is an argv list, quoted once by SshConnection.
// Blocks: worker threads and the CLI only.
class BackupHost
{
    Q_DECLARE_TR_FUNCTIONS(BackupHost)

public:
    // Connects (ssh://). Throws Error(BadInput) for an environment without an engine or with a
    // tcp:// one, and SshConnection's errors (Unreachable, host keys).
    static BackupHost connect(const Environment &environment, const HostKeyStore &keys);

    // DOCKER_HOST for the docker CLI on the host, from the engine's socket: unix:///path, or
    // empty for the default socket (an ssh:// engine without a path).
    static QString dockerHostFor(const Environment &environment);

    QString display() const { return m_display; }
    QString dockerHost() const { return m_dockerHost; }
    // This machine (a unix:// engine), where a local path is a path on the host.
    bool isLocal() const { return !m_ssh; }

    // The program and its arguments that run argv on the host: ssh through the master, or
    // argv itself on this machine. For a reader that needs the process's output as a device.
    QStringList commandLine(const QStringList &argv) const;

    ProcessResult run(const QStringList &argv,
                      std::chrono::milliseconds timeout = std::chrono::seconds(60),
                      const QByteArray &input = {});
    // run(), its standard output when it exits 0; else Error(Unreachable) "Cannot WHAT on
    // HOST: how it ended".
    QByteArray runOrThrow(const QStringList &argv, const QString &what,
                          std::chrono::milliseconds timeout = std::chrono::seconds(60),
                          const QByteArray &input = {});
    // Runs argv on the host to its end, with no time limit, handing each line it prints to
    // line (when given), or with its standard output written to outputFile (when given), and
    // its standard input read from inputFile on this machine (when given). Once *cancel holds,
    // the command is stopped: with line output and no files it runs in a terminal on the host
    // (ssh://) or a process group of its own (this machine), so that what it started stops with
    // it; a copy stops when its connection goes. tick, when given, is called about every
    // quarter second while the command runs (a download's progress).
    ProcessResult stream(const QStringList &argv,
                         const std::function<void(const QString &)> &line = {},
                         const QString &outputFile = {}, const std::atomic<bool> *cancel = nullptr,
                         const std::function<void()> &tick = {}, const QString &inputFile = {});

    // The host's time zone as an IANA name (/etc/timezone, else the /etc/localtime link);
    // empty when the host does not say (its cron then runs in UTC as far as we know).
    QString zone();
    // Free bytes where path is (its nearest existing parent), or nullopt when df fails.
    std::optional<qint64> freeBytes(const QString &path);
    // Whether the login is root (system units, reading volumes at their mount points).
    bool isRoot();
    // Whether systemd is the host's init (its timers can run jobs there).
    bool runsSystemd();
    // Whether systemd keeps the login's user manager running while it is not logged in
    // (`loginctl enable-linger`): only then does a user timer fire with nobody logged in.
    bool lingers();

private:
    std::shared_ptr<SshConnection> m_ssh; // null: this machine
    QString m_display;
    QString m_dockerHost;
};

} // namespace blihops
