#include "remote/SshSettings.h"

#include "remote/Process.h"
#include "util/Error.h"

#include <QRegularExpression>
#include <QVersionNumber>

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
    QString escaped = path;
    escaped.replace(QLatin1Char('%'), QLatin1String("%%"));
    return {QStringLiteral("-o"), QStringLiteral("%1=\"%2\"").arg(name, escaped)};
}

QStringList SshSettings::hostKeyOptions()
{
    // `ssh -V` says "OpenSSH_9.2p1 …" on stderr; asked once per process.
    static const bool knowsKnownHostsCommand = [] {
        const ProcessResult version =
            Process::run(QStringLiteral("ssh"), {QStringLiteral("-V")}, 10s);
        static const QRegularExpression number(QStringLiteral("OpenSSH_(\\d+)\\.(\\d+)"));
        const QRegularExpressionMatch match =
            number.match(QString::fromLatin1(version.standardError + version.standardOutput));
        return match.hasMatch() &&
               QVersionNumber(match.captured(1).toInt(), match.captured(2).toInt()) >=
                   QVersionNumber(8, 5);
    }();
    QStringList options = {QStringLiteral("-o"), QStringLiteral("GlobalKnownHostsFile=/dev/null"),
                           QStringLiteral("-o"), QStringLiteral("UpdateHostKeys=no")};
    if (knowsKnownHostsCommand)
        options << QStringLiteral("-o") << QStringLiteral("KnownHostsCommand=none");
    return options;
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
