#include "remote/HostKeyStore.h"

#include "remote/Process.h"
#include "remote/SshSettings.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace std::chrono_literals;

namespace blihops {

namespace {

// The SHA256:… word of an ssh-keygen -l line, which puts it second ("256 SHA256:… host
// (ED25519)") or, with -F, third ("host ED25519 SHA256:…").
QString fingerprintOf(const QByteArray &keygenOutput)
{
    for (const QByteArray &line : keygenOutput.split('\n')) {
        if (line.startsWith('#'))
            continue;
        const QStringList words = QString::fromLatin1(line).simplified().split(QLatin1Char(' '));
        for (const QString &word : words) {
            if (word.startsWith(QLatin1String("SHA256:")))
                return word;
        }
    }
    return {};
}

// ssh's last words, without its warnings about what it added to the scratch file.
QString lastComplaint(const QByteArray &standardError)
{
    QString last;
    for (const QByteArray &line : standardError.split('\n')) {
        const QString text = QString::fromLocal8Bit(line).trimmed();
        if (!text.isEmpty() && !text.startsWith(QLatin1String("Warning: Permanently added")) &&
            !text.startsWith(QLatin1String("Pseudo-terminal")))
            last = text;
    }
    while (last.endsWith(QLatin1Char('.')))
        last.chop(1);
    return last;
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
    const QString name = SshSettings::resolve(target).knownHostsName();
    const ProcessResult found = Process::run(
        QStringLiteral("ssh-keygen"),
        {QStringLiteral("-l"), QStringLiteral("-f"), m_path, QStringLiteral("-F"), name}, 10s);
    const QString fingerprint = fingerprintOf(found.standardOutput);
    if (fingerprint.isEmpty())
        return std::nullopt;
    return fingerprint;
}

HostKeyStore::Offered HostKeyStore::probe(const SshTarget &target) const
{
    QTemporaryDir scratch; // mode 0700: nobody else can swap the file under ssh
    if (!scratch.isValid()) {
        throw Error(ErrorKind::Workspace,
                    tr("Cannot make a temporary folder: %1.").arg(scratch.errorString()));
    }
    const QString file = scratch.filePath(QStringLiteral("known_hosts"));
    QStringList arguments = SshSettings::configOptions();
    for (const char *option :
         {"BatchMode=yes", "StrictHostKeyChecking=accept-new", "GlobalKnownHostsFile=/dev/null",
          "UpdateHostKeys=no", "ControlMaster=no", "ControlPath=none", "ConnectTimeout=10",
          // No way to log in: the key is recorded right after the key exchange, and
          // nothing of ours (not even a public key) is offered to a host not trusted yet.
          "PubkeyAuthentication=no", "PasswordAuthentication=no", "KbdInteractiveAuthentication=no",
          "GSSAPIAuthentication=no", "HostbasedAuthentication=no"})
        arguments << QStringLiteral("-o") << QString::fromLatin1(option);
    arguments << SshSettings::fileOption(QStringLiteral("UserKnownHostsFile"), file)
              << QStringLiteral("-T") << QStringLiteral("-N")
              << SshSettings::destinationArguments(target);
    const ProcessResult probed = Process::run(QStringLiteral("ssh"), arguments, 30s);
    QFile written(file);
    QByteArray lines;
    if (written.open(QIODevice::ReadOnly))
        lines = written.readAll();
    if (lines.trimmed().isEmpty()) {
        const QString said = lastComplaint(probed.standardError);
        throw Error(ErrorKind::Unreachable,
                    tr("Cannot read the host key of %1: %2. Check the host name and port, and "
                       "that sshd runs there.")
                        .arg(target.display(), said.isEmpty() ? probed.summary() : said));
    }
    const ProcessResult keygen = Process::run(
        QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-f"), file}, 10s);
    const QString fingerprint = fingerprintOf(keygen.standardOutput);
    if (!keygen.ok() || fingerprint.isEmpty())
        throw Error(
            ErrorKind::Unreachable,
            tr("Cannot read the host key of %1: %2.").arg(target.display(), keygen.summary()));
    return {lines, fingerprint};
}

QString HostKeyStore::offeredFingerprint(const SshTarget &target) const
{
    return probe(target).fingerprint;
}

void HostKeyStore::trust(const SshTarget &target, const QString &fingerprint)
{
    const Offered offered = probe(target);
    if (offered.fingerprint != fingerprint) {
        throw Error(ErrorKind::BadInput,
                    tr("%1 offers the host key %2, not %3: nothing was trusted. Check the "
                       "fingerprint with the host's administrator.")
                        .arg(target.display(), offered.fingerprint, fingerprint));
    }
    forget(target);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::Append)) {
        throw Error(
            ErrorKind::Workspace,
            tr("Cannot write %1: %2. Check its permissions.").arg(m_path, file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray lines = offered.knownHostsLines;
    if (!lines.endsWith('\n'))
        lines += '\n';
    if (file.write(lines) != lines.size()) {
        throw Error(
            ErrorKind::Workspace,
            tr("Cannot write %1: %2. Check the free space.").arg(m_path, file.errorString()));
    }
}

void HostKeyStore::forget(const SshTarget &target)
{
    if (!QFile::exists(m_path))
        return;
    const QString name = SshSettings::resolve(target).knownHostsName();
    const ProcessResult removed =
        Process::run(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-f"), m_path, QStringLiteral("-R"), name}, 10s);
    QFile::remove(m_path + QStringLiteral(".old"));
    if (!removed.ok()) {
        throw Error(ErrorKind::Workspace,
                    tr("Cannot update %1: %2.").arg(m_path, removed.summary()));
    }
}

} // namespace blihops
