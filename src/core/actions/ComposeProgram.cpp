#include "actions/ComposeProgram.h"

#include "remote/Process.h"
#include "remote/SshConnection.h"
#include "util/Error.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QVersionNumber>

using namespace std::chrono_literals;

namespace blihops {

namespace {

QMutex g_cacheMutex;
QHash<QString, ComposeProgram> g_cache; // by host, "" for this machine

} // namespace

QString ComposeProgram::versionFrom(const QByteArray &output)
{
    static const QRegularExpression number(QStringLiteral("v?(\\d+\\.\\d+(?:\\.\\d+)?)"));
    const QRegularExpressionMatch match = number.match(QString::fromUtf8(output).trimmed());
    return match.hasMatch() ? match.captured(1) : QString();
}

QStringList ComposeProgram::plainOutputOptions() const
{
    // --ansi came with compose 1.28 and is in every 2.x; older ones only had --no-ansi.
    if (QVersionNumber::fromString(version) >= QVersionNumber(1, 28))
        return {QStringLiteral("--ansi"), QStringLiteral("never")};
    return {QStringLiteral("--no-ansi")};
}

ComposeProgram ComposeProgram::detect(SshConnection *ssh)
{
    const QString host = ssh ? ssh->target().display() : QString();
    {
        QMutexLocker locker(&g_cacheMutex);
        if (g_cache.contains(host))
            return g_cache.value(host);
    }
    const auto ask = [ssh](const QStringList &command) -> QString {
        const QStringList argv =
            command + QStringList{QStringLiteral("version"), QStringLiteral("--short")};
        const ProcessResult result =
            ssh ? ssh->run(argv, 30s) : Process::run(argv.first(), argv.mid(1), 30s);
        return result.ok() ? versionFrom(result.standardOutput) : QString();
    };
    for (const QStringList &command :
         {QStringList{QStringLiteral("docker"), QStringLiteral("compose")},
          QStringList{QStringLiteral("docker-compose")}}) {
        const QString version = ask(command);
        if (version.isEmpty())
            continue;
        const ComposeProgram program{command, version};
        QMutexLocker locker(&g_cacheMutex);
        g_cache.insert(host, program);
        return program;
    }
    throw Error(ErrorKind::NotFound,
                tr("Neither `docker compose` nor `docker-compose` runs on %1: install the Docker "
                   "Compose plugin (docker-compose-plugin) or docker-compose there.")
                    .arg(ssh ? host : tr("this machine")));
}

} // namespace blihops
