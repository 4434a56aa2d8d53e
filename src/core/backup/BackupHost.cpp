#include "backup/BackupHost.h"

#include "docker/EngineAddress.h"
#include "remote/Process.h"
#include "remote/SshConnection.h"
#include "util/BlockingWait.h"
#include "util/Error.h"

#include <QTimeZone>
#include <QTimer>

using namespace std::chrono_literals;

namespace blihops {

BackupHost BackupHost::connect(const Environment &environment, const HostKeyStore &keys)
{
    if (environment.engineUrl.isEmpty()) {
        throw Error(ErrorKind::BadInput,
                    tr("%1 has no engine address yet: set one before scheduling backups.")
                        .arg(environment.name));
    }
    const EngineAddress address = EngineAddress::parse(environment.engineUrl);
    BackupHost host;
    host.m_dockerHost = dockerHostFor(environment);
    switch (address.scheme) {
    case EngineAddress::Scheme::Tcp:
        throw Error(ErrorKind::BadInput,
                    tr("%1 is reached over tcp://, where no backup job can be installed: give "
                       "it an ssh:// engine address (or unix:// on this machine).")
                        .arg(environment.name));
    case EngineAddress::Scheme::Ssh:
        host.m_ssh = SshConnection::acquire(SshTarget::fromEngine(address), keys);
        host.m_ssh->connect();
        host.m_display = host.m_ssh->target().display();
        break;
    case EngineAddress::Scheme::Unix:
        host.m_display = tr("this machine");
        break;
    }
    return host;
}

QString BackupHost::dockerHostFor(const Environment &environment)
{
    const EngineAddress address = EngineAddress::parse(environment.engineUrl);
    return address.socketPath.isEmpty() ? QString()
                                        : QStringLiteral("unix://") + address.socketPath;
}

QStringList BackupHost::commandLine(const QStringList &argv) const
{
    return m_ssh ? QStringList{QStringLiteral("ssh")} + m_ssh->commandFor(argv) : argv;
}

ProcessResult BackupHost::run(const QStringList &argv, std::chrono::milliseconds timeout,
                              const QByteArray &input)
{
    if (m_ssh)
        return m_ssh->run(argv, timeout, input);
    return Process::run(argv.first(), argv.mid(1), timeout, {}, input);
}

QByteArray BackupHost::runOrThrow(const QStringList &argv, const QString &what,
                                  std::chrono::milliseconds timeout, const QByteArray &input)
{
    const ProcessResult result = run(argv, timeout, input);
    if (!result.ok()) {
        throw Error(ErrorKind::Unreachable,
                    tr("Cannot %1 on %2: %3.").arg(what, m_display, result.summary()));
    }
    return result.standardOutput;
}

ProcessResult BackupHost::stream(const QStringList &argv,
                                 const std::function<void(const QString &)> &line,
                                 const QString &outputFile, const std::atomic<bool> *cancel,
                                 const std::function<void()> &tick, const QString &inputFile)
{
    Process process;
    // A terminal carries the lines only (and would mangle a file's bytes): a cancel then
    // hangs up on everything the command started on the host.
    const bool terminal = cancel && line && outputFile.isEmpty() && inputFile.isEmpty();
    if (line) {
        const auto each = [&line](const QString &text) {
            line(text.endsWith(QLatin1Char('\r')) ? text.chopped(1) : text);
        };
        QObject::connect(&process, &Process::standardOutputLine, each);
        QObject::connect(&process, &Process::standardErrorLine, each);
    }
    if (!outputFile.isEmpty())
        process.setStandardOutputFile(outputFile);
    if (!inputFile.isEmpty())
        process.setStandardInputFile(inputFile);
    if (terminal) {
        process.setInteractiveInput(true);
        process.setOwnProcessGroup(true);
    }
    QTimer poll;
    poll.setInterval(250);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (tick)
            tick();
        if (cancel && cancel->load() && process.isRunning())
            process.cancel();
    });
    std::optional<ProcessResult> ended;
    QObject::connect(&process, &Process::done,
                     [&ended](const ProcessResult &result) { ended = result; });
    BlockingWait::until(
        &process, &Process::done,
        [&] {
            const QStringList command =
                m_ssh ? QStringList{QStringLiteral("ssh")} +
                            m_ssh->commandFor(argv, terminal ? SshConnection::Terminal::Allocated
                                                             : SshConnection::Terminal::None)
                      : argv;
            process.start(command.first(), command.mid(1));
            if (cancel || tick)
                poll.start();
        },
        [&ended] { return ended.has_value(); });
    return *ended;
}

QString BackupHost::zone()
{
    // Debian's /etc/timezone, else the zone /etc/localtime links to (as timedatectl reads it).
    const ProcessResult result =
        run({QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("cat /etc/timezone 2>/dev/null || readlink /etc/localtime")},
            30s);
    QString name = QString::fromUtf8(result.standardOutput).trimmed();
    const qsizetype zoneinfo = name.indexOf(QLatin1String("zoneinfo/"));
    if (zoneinfo >= 0)
        name = name.mid(zoneinfo + 9);
    if (name.isEmpty() || !QTimeZone(name.toUtf8()).isValid())
        return {};
    return name;
}

std::optional<qint64> BackupHost::freeBytes(const QString &path)
{
    // The destination may not exist before the first run: its nearest existing parent.
    const ProcessResult result =
        run({QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("d=$1; while [ ! -e \"$d\" ]; do d=$(dirname -- \"$d\"); done; "
                            "df -P -B1 -- \"$d\""),
             QStringLiteral("sh"), path},
            30s);
    if (!result.ok())
        return std::nullopt;
    const QList<QByteArray> lines = result.standardOutput.split('\n');
    const QList<QByteArray> fields = lines.value(1).simplified().split(' ');
    bool isNumber = false;
    const qint64 available = fields.value(3).toLongLong(&isNumber);
    if (!isNumber)
        return std::nullopt;
    return available;
}

bool BackupHost::isRoot()
{
    return run({QStringLiteral("id"), QStringLiteral("-u")}, 30s).standardOutput.trimmed() == "0";
}

bool BackupHost::runsSystemd()
{
    // What sd_booted() looks at.
    return run({QStringLiteral("test"), QStringLiteral("-d"),
                QStringLiteral("/run/systemd/system")},
               30s)
        .ok();
}

bool BackupHost::lingers()
{
    // The file `loginctl enable-linger` creates, readable without a bus.
    return run({QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("test -e \"/var/lib/systemd/linger/$(id -un)\"")},
               30s)
        .ok();
}

} // namespace blihops
