#include "remote/SshSettings.h"

#include "remote/Process.h"
#include "util/Error.h"

using namespace std::chrono_literals;

namespace blihops {

QString SshSettings::knownHostsName() const
{
    if (!hostKeyAlias.isEmpty())
        return hostKeyAlias;
    if (port == 22)
        return hostname;
    return QStringLiteral("[%1]:%2").arg(hostname).arg(port);
}

QStringList SshSettings::configOptions()
{
    const QString file = qEnvironmentVariable("BLIHOPS_SSH_CONFIG");
    if (file.isEmpty())
        return {};
    return {QStringLiteral("-F"), file};
}

QStringList SshSettings::destinationArguments(const SshTarget &target)
{
    QStringList arguments;
    if (target.port >= 0)
        arguments << QStringLiteral("-p") << QString::number(target.port);
    arguments << QStringLiteral("--") << target.destination();
    return arguments;
}

QStringList SshSettings::fileOption(const QString &name, const QString &path)
{
    return {QStringLiteral("-o"), QStringLiteral("%1=\"%2\"").arg(name, path)};
}

SshSettings SshSettings::resolve(const SshTarget &target)
{
    const ProcessResult resolved =
        Process::run(QStringLiteral("ssh"),
                     configOptions() << QStringLiteral("-G") << destinationArguments(target), 10s);
    if (!resolved.ok()) {
        throw Error(ErrorKind::BadInput,
                    tr("ssh does not accept %1: %2. Check the host name and your ssh config.")
                        .arg(target.display(), resolved.summary()));
    }
    SshSettings settings;
    for (const QByteArray &line : resolved.standardOutput.split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space < 0)
            continue;
        const QByteArray key = line.left(space);
        const QString value = QString::fromUtf8(line.mid(space + 1)).trimmed();
        if (key == "hostname")
            settings.hostname = value;
        else if (key == "port")
            settings.port = value.toInt();
        else if (key == "user")
            settings.user = value;
        else if (key == "hostkeyalias")
            settings.hostKeyAlias = value;
        else if (key == "proxyjump")
            settings.proxyJump = value;
    }
    if (settings.hostname.isEmpty() || settings.port <= 0) {
        throw Error(ErrorKind::BadInput,
                    tr("ssh -G gave no host name and port for %1.").arg(target.display()));
    }
    return settings;
}

} // namespace blihops
