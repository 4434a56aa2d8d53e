#include "remote/SshConnection.h"

#include "remote/ControlDirectory.h"
#include "remote/Process.h"
#include "remote/ShellQuote.h"
#include "remote/SshSettings.h"
#include "util/Error.h"
#include "util/LogCategories.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTcpServer>
#include <unistd.h>

using namespace std::chrono_literals;

namespace blihops {

namespace {

QString hashOf(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

QMutex g_poolMutex;
QHash<QString, std::weak_ptr<SshConnection>> g_pool;

} // namespace

std::shared_ptr<SshConnection> SshConnection::acquire(const SshTarget &target,
                                                      const HostKeyStore &keys)
{
    const QString key = target.display() + QLatin1Char('|') + keys.path();
    QMutexLocker locker(&g_poolMutex);
    if (std::shared_ptr<SshConnection> shared = g_pool.value(key).lock())
        return shared;
    std::shared_ptr<SshConnection> connection(new SshConnection(target, keys));
    g_pool.insert(key, connection);
    return connection;
}

SshConnection::SshConnection(const SshTarget &target, const HostKeyStore &keys)
    : m_target(target), m_keys(keys)
{
    // A path of this connection's own: the master of an earlier one may still be on its way
    // out (close() does not wait), and must not be taken for a live one.
    static QAtomicInteger<quint32> serial;
    m_controlPath = ControlDirectory::path() + QStringLiteral("/cm-%1-%2-%3")
                                                   .arg(hashOf(target.display() + keys.path()))
                                                   .arg(QCoreApplication::applicationPid())
                                                   .arg(++serial);
}

SshConnection::~SshConnection()
{
    close();
}

QStringList SshConnection::commonOptions() const
{
    QStringList options = SshSettings::configOptions();
    options << QStringList{
        QStringLiteral("-o"), QStringLiteral("ControlPath=") + m_controlPath,
        QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
        QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"),
        QStringLiteral("-o"), QStringLiteral("ConnectTimeout=10"),
        QStringLiteral("-o"), QStringLiteral("ServerAliveInterval=5"),
        QStringLiteral("-o"), QStringLiteral("ServerAliveCountMax=2"),
    };
    return options << SshSettings::fileOption(QStringLiteral("UserKnownHostsFile"), m_keys.path());
}

bool SshConnection::isConnected() const
{
    if (!QFile::exists(m_controlPath))
        return false;
    QStringList arguments = commonOptions();
    arguments << QStringLiteral("-O") << QStringLiteral("check")
              << SshSettings::destinationArguments(m_target);
    return Process::run(QStringLiteral("ssh"), arguments, 10s).ok();
}

void SshConnection::connect(std::chrono::seconds timeout)
{
    QMutexLocker locker(&m_mutex);
    if (isConnected())
        return;
    const std::optional<QString> trusted = m_keys.trustedFingerprint(m_target);
    if (!trusted) {
        const QString offered = m_keys.offeredFingerprint(m_target);
        throw Error(
            ErrorKind::UntrustedHostKey,
            tr("%1 is not trusted yet: it offers the host key %2. Compare it with the "
               "fingerprint the host's administrator gives you, then trust it (blihopsctl: "
               "--trust-host-key %2).")
                .arg(m_target.display(), offered),
            {{QStringLiteral("host"), m_target.display()}, {QStringLiteral("offered"), offered}});
    }
    // A master that died took its forwards with it; their sockets are stale too.
    QFile::remove(m_controlPath);
    dropForwards();
    QStringList arguments = commonOptions();
    arguments << QStringLiteral("-o") << QStringLiteral("ControlMaster=yes") << QStringLiteral("-o")
              << QStringLiteral("ControlPersist=120") << QStringLiteral("-E")
              << m_controlPath + QStringLiteral(".log") << QStringLiteral("-f")
              << QStringLiteral("-N") << SshSettings::destinationArguments(m_target);
    const ProcessResult started = Process::run(QStringLiteral("ssh"), arguments, timeout);
    if (!started.ok() || !isConnected())
        failConnect(started);
    qCInfo(lcSsh) << "connected" << m_target.display();
}

void SshConnection::failConnect(const ProcessResult &result)
{
    // With -E, ssh writes its reasons to the log, not to stderr.
    QFile log(m_controlPath + QStringLiteral(".log"));
    QString said = QString::fromLocal8Bit(result.standardError);
    if (log.open(QIODevice::ReadOnly))
        said += QString::fromLocal8Bit(log.readAll());
    log.remove();
    qCWarning(lcSsh) << "cannot connect" << m_target.display() << said;

    if (said.contains(QLatin1String("HOST IDENTIFICATION HAS CHANGED")) ||
        said.contains(QLatin1String("Host key verification failed"))) {
        const QString trusted = m_keys.trustedFingerprint(m_target).value_or(QString());
        QString offered;
        try {
            offered = m_keys.offeredFingerprint(m_target);
        } catch (const Error &) {
            offered = tr("(unknown)");
        }
        if (!offered.isEmpty() && offered == trusted) {
            // Not a new key: ssh could not use what we stored (for example another key type).
            throw Error(ErrorKind::Unreachable,
                        tr("ssh did not accept the trusted host key %1 of %2: %3")
                            .arg(trusted, m_target.display(),
                                 said.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed()));
        }
        throw Error(ErrorKind::ChangedHostKey,
                    tr("The host key of %1 has changed: trusted %2, now offered %3. Every "
                       "operation on this host is stopped. If the change is expected, ask the "
                       "host's administrator for the new fingerprint and trust it again.")
                        .arg(m_target.display(), trusted, offered),
                    {{QStringLiteral("host"), m_target.display()},
                     {QStringLiteral("trusted"), trusted},
                     {QStringLiteral("offered"), offered}});
    }
    QString lastLine = said.trimmed().section(QLatin1Char('\n'), -1).trimmed();
    while (lastLine.endsWith(QLatin1Char('.'))) // the message adds its own full stop
        lastLine.chop(1);
    if (said.contains(QLatin1String("Permission denied"))) {
        throw Error(ErrorKind::BadInput,
                    tr("%1 refused the login: %2. Check the user name and that your SSH key (or "
                       "agent) is accepted there.")
                        .arg(m_target.display(), lastLine));
    }
    throw Error(ErrorKind::Unreachable,
                tr("Cannot reach %1: %2.")
                    .arg(m_target.display(), lastLine.isEmpty() ? result.summary() : lastLine));
}

QStringList SshConnection::commandFor(const QStringList &argv) const
{
    QStringList arguments = commonOptions();
    // `--` before the destination: no host or user name can be read as an option, and
    // what follows the destination is the remote command, quoted for the remote shell.
    arguments << QStringLiteral("-o") << QStringLiteral("ControlMaster=no")
              << SshSettings::destinationArguments(m_target) << shellQuote(argv);
    return arguments;
}

ProcessResult SshConnection::run(const QStringList &argv, std::chrono::milliseconds timeout)
{
    connect();
    return Process::run(QStringLiteral("ssh"), commandFor(argv), timeout);
}

void SshConnection::dropForwards()
{
    for (const QString &forward : std::as_const(m_forwards))
        QFile::remove(forward);
    m_forwards.clear();
    m_portForwards.clear();
}

void SshConnection::requestForward(const QString &operation, const QString &specification,
                                   const QString &what)
{
    QStringList arguments = commonOptions();
    arguments << QStringLiteral("-O") << operation << QStringLiteral("-L") << specification
              << SshSettings::destinationArguments(m_target);
    const ProcessResult forwarded = Process::run(QStringLiteral("ssh"), arguments, 15s);
    if (!forwarded.ok()) {
        throw Error(ErrorKind::Unreachable,
                    tr("Cannot forward %1 from %2: %3.")
                        .arg(what, m_target.display(), forwarded.summary()));
    }
}

QString SshConnection::forwardUnixSocket(const QString &remotePath)
{
    connect();
    QMutexLocker locker(&m_mutex);
    const QString local =
        m_controlPath + QStringLiteral("-fwd-") + hashOf(remotePath) + QStringLiteral(".sock");
    if (m_forwards.contains(local) && QFile::exists(local))
        return local;
    QFile::remove(local);
    requestForward(QStringLiteral("forward"), local + QLatin1Char(':') + remotePath, remotePath);
    m_forwards << local;
    return local;
}

quint16 SshConnection::forwardLocalPort(const QString &remoteHost, quint16 remotePort)
{
    connect();
    QMutexLocker locker(&m_mutex);
    const QString remote = QStringLiteral("%1:%2").arg(remoteHost).arg(remotePort);
    // A port the system says is free now; ssh binds it on loopback only. Another process may
    // take it in between: then ssh refuses and the next free port is tried.
    for (int attempt = 1;; ++attempt) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            throw Error(ErrorKind::Workspace,
                        tr("No free local port: %1.").arg(probe.errorString()));
        const quint16 local = probe.serverPort();
        probe.close();
        const QString specification = QStringLiteral("127.0.0.1:%1:%2").arg(local).arg(remote);
        try {
            requestForward(QStringLiteral("forward"), specification, remote);
        } catch (const Error &) {
            if (attempt == 3)
                throw;
            continue;
        }
        m_portForwards.insert(local, specification);
        return local;
    }
}

void SshConnection::cancelLocalPort(quint16 localPort)
{
    QMutexLocker locker(&m_mutex);
    const QString specification = m_portForwards.take(localPort);
    if (specification.isEmpty() || !QFile::exists(m_controlPath))
        return;
    try {
        requestForward(QStringLiteral("cancel"), specification, specification);
    } catch (const Error &error) {
        // The master may be on its way out, which ends the forward too.
        qCInfo(lcSsh) << "cancel" << specification << error.message();
    }
}

void SshConnection::close()
{
    QMutexLocker locker(&m_mutex);
    if (QFile::exists(m_controlPath)) {
        QStringList arguments = commonOptions();
        arguments << QStringLiteral("-O") << QStringLiteral("exit")
                  << SshSettings::destinationArguments(m_target);
        // Not waited for: this runs in destructors, often on the GUI thread, where a nested
        // event loop would deliver events to half-destroyed owners. `ssh -O exit` only asks
        // the master to leave and returns at once; the master goes right after.
        // Its "Exit request sent." must not reach the CLI's stderr, which is one line.
        QProcess exit;
        exit.setProgram(QStringLiteral("ssh"));
        exit.setArguments(arguments);
        exit.setStandardOutputFile(QProcess::nullDevice());
        exit.setStandardErrorFile(QProcess::nullDevice());
        exit.startDetached();
        qCInfo(lcSsh) << "closed" << m_target.display();
    }
    dropForwards();
    QFile::remove(m_controlPath + QStringLiteral(".log"));
}

} // namespace blihops
