#include "remote/HostKeyStore.h"

#include "remote/Process.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryFile>

using namespace std::chrono_literals;

namespace blihops {

namespace {

// The SHA256:… word of an ssh-keygen -l line, which puts it second ("256 SHA256:… host
// (ED25519)") or, with -F, third ("host ED25519 SHA256:…").
QString fingerprintOf(const QByteArray &keygenLine)
{
    const QStringList words = QString::fromLatin1(keygenLine).simplified().split(QLatin1Char(' '));
    for (const QString &word : words) {
        if (word.startsWith(QLatin1String("SHA256:")))
            return word;
    }
    return {};
}

} // namespace

HostKeyStore::HostKeyStore(const QString &path) : m_path(path) {}

QString HostKeyStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("ssh/known_hosts"));
}

std::optional<QString> HostKeyStore::trustedFingerprint(const SshTarget &target) const
{
    if (!QFile::exists(m_path))
        return std::nullopt;
    const ProcessResult found =
        Process::run(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-l"), QStringLiteral("-F"), target.knownHostsName(),
                      QStringLiteral("-f"), m_path},
                     10s);
    for (const QByteArray &line : found.standardOutput.split('\n')) {
        if (!line.startsWith('#') && !fingerprintOf(line).isEmpty())
            return fingerprintOf(line);
    }
    return std::nullopt;
}

HostKeyStore::Scanned HostKeyStore::scan(const SshTarget &target) const
{
    QStringList arguments = {QStringLiteral("-T"), QStringLiteral("5"), QStringLiteral("-t"),
                             QStringLiteral("ed25519,ecdsa,rsa")};
    if (target.port >= 0)
        arguments << QStringLiteral("-p") << QString::number(target.port);
    arguments << target.host;
    const ProcessResult scanned = Process::run(QStringLiteral("ssh-keyscan"), arguments, 15s);
    // Prefer the strongest type the host offers, the one ssh itself will pick first.
    QByteArray chosen;
    for (const char *type : {" ssh-ed25519 ", " ecdsa-", " ssh-rsa "}) {
        for (const QByteArray &line : scanned.standardOutput.split('\n')) {
            if (chosen.isEmpty() && !line.startsWith('#') && line.contains(type))
                chosen = line;
        }
    }
    if (chosen.isEmpty()) {
        throw Error(ErrorKind::Unreachable,
                    tr("Cannot read the host key of %1: %2. Check the host name and port, and "
                       "that sshd runs there.")
                        .arg(target.display(), scanned.summary()));
    }
    QTemporaryFile file;
    if (!file.open())
        throw Error(ErrorKind::Workspace,
                    tr("Cannot write a temporary file: %1.").arg(file.errorString()));
    file.write(chosen + '\n');
    file.flush();
    const ProcessResult keygen =
        Process::run(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-l"), QStringLiteral("-f"), file.fileName()}, 10s);
    if (!keygen.ok())
        throw Error(
            ErrorKind::Unreachable,
            tr("Cannot read the host key of %1: %2.").arg(target.display(), keygen.summary()));
    return {QString::fromLatin1(chosen), fingerprintOf(keygen.standardOutput)};
}

QString HostKeyStore::offeredFingerprint(const SshTarget &target) const
{
    return scan(target).fingerprint;
}

void HostKeyStore::trust(const SshTarget &target, const QString &fingerprint)
{
    const Scanned scanned = scan(target);
    if (scanned.fingerprint != fingerprint) {
        throw Error(ErrorKind::BadInput,
                    tr("%1 offers the host key %2, not %3: nothing was trusted. Check the "
                       "fingerprint with the host's administrator.")
                        .arg(target.display(), scanned.fingerprint, fingerprint));
    }
    forget(target);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::Append | QIODevice::Text)) {
        throw Error(
            ErrorKind::Workspace,
            tr("Cannot write %1: %2. Check its permissions.").arg(m_path, file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(scanned.line.toLatin1() + '\n');
}

void HostKeyStore::forget(const SshTarget &target)
{
    if (!QFile::exists(m_path))
        return;
    const ProcessResult removed = Process::run(
        QStringLiteral("ssh-keygen"),
        {QStringLiteral("-R"), target.knownHostsName(), QStringLiteral("-f"), m_path}, 10s);
    QFile::remove(m_path + QStringLiteral(".old"));
    if (!removed.ok()) {
        throw Error(ErrorKind::Workspace,
                    tr("Cannot update %1: %2.").arg(m_path, removed.summary()));
    }
}

} // namespace blihops
