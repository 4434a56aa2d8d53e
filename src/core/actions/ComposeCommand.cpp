#include "actions/ComposeCommand.h"

#include "docker/EngineAddress.h"
#include "docker/TlsMaterial.h"
#include "util/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace blihops {

QString ComposeCommand::hostPathOf(const Environment &environment, const QString &localPath)
{
    QSet<QString> names;
    for (const QString &file : environment.composeFiles + QStringList{environment.envFile}) {
        if (file.isEmpty())
            continue;
        const QString name = QFileInfo(file).fileName();
        if (names.contains(name)) {
            throw Error(ErrorKind::BadInput,
                        tr("Two files of %1 are named %2: on the host they would be one. Rename "
                           "one of them.")
                            .arg(environment.name, name));
        }
        names.insert(name);
    }
    return environment.hostDirectory() + QLatin1Char('/') + QFileInfo(localPath).fileName();
}

QStringList ComposeCommand::engineVariables(const Environment &environment, bool onHost)
{
    const EngineAddress address = EngineAddress::parse(environment.engineUrl);
    switch (address.scheme) {
    case EngineAddress::Scheme::Unix:
        return {QStringLiteral("DOCKER_HOST=unix://") + address.socketPath};
    case EngineAddress::Scheme::Ssh:
        // On the host itself: its own engine, through the socket the address names.
        if (onHost && !address.socketPath.isEmpty())
            return {QStringLiteral("DOCKER_HOST=unix://") + address.socketPath};
        return {};
    case EngineAddress::Scheme::Tcp:
        return {QStringLiteral("DOCKER_HOST=tcp://%1:%2").arg(address.host).arg(address.port),
                QStringLiteral("DOCKER_TLS_VERIFY=1"),
                QStringLiteral("DOCKER_CERT_PATH=") + TlsMaterial::defaultDirectory()};
    }
    return {};
}

QStringList ComposeCommand::argv(const ComposeProgram &program, const Environment &environment,
                                 bool onHost, Verb verb, const QStringList &services,
                                 bool removeVolumes)
{
    if (verb == Verb::Down && !services.isEmpty()) {
        throw Error(ErrorKind::BadInput,
                    tr("Down takes the whole project %1 down; to stop single services, stop "
                       "their containers.")
                        .arg(environment.projectName));
    }
    if (removeVolumes && verb != Verb::Down) {
        throw Error(ErrorKind::BadInput,
                    tr("Only Down removes volumes; the other actions keep them."));
    }
    QStringList argv = program.command;
    argv << program.plainOutputOptions() << QStringLiteral("-p") << environment.projectName;
    if (onHost) {
        argv << QStringLiteral("--project-directory") << environment.hostDirectory();
        for (const QString &file : environment.composeFiles)
            argv << QStringLiteral("-f") << hostPathOf(environment, file);
        if (!environment.envFile.isEmpty())
            argv << QStringLiteral("--env-file") << hostPathOf(environment, environment.envFile);
    } else {
        for (const QString &file : environment.composeFiles)
            argv << QStringLiteral("-f") << file;
        if (!environment.envFile.isEmpty())
            argv << QStringLiteral("--env-file") << environment.envFile;
    }
    switch (verb) {
    case Verb::Up:
        argv << QStringLiteral("up") << QStringLiteral("-d");
        break;
    case Verb::Down:
        argv << QStringLiteral("down");
        if (removeVolumes)
            argv << QStringLiteral("--volumes");
        break;
    case Verb::Restart:
        argv << QStringLiteral("restart");
        break;
    case Verb::Pull:
        argv << QStringLiteral("pull");
        break;
    }
    // Service names as compose takes them, after "--" so that none reads as an option.
    if (!services.isEmpty())
        argv << QStringLiteral("--") << services;
    return argv;
}

} // namespace blihops
