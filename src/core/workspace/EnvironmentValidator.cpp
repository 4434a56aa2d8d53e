#include "workspace/EnvironmentValidator.h"

#include "compose/ComposeFile.h"
#include "docker/EngineAddress.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace blihops {

QString EnvironmentValidator::defaultProjectName(const QString &environmentName)
{
    QString name = environmentName.toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9_-]")), QStringLiteral("-"));
    while (!name.isEmpty() && !name.front().isLetterOrNumber())
        name.remove(0, 1);
    return name;
}

QList<EnvironmentValidator::Problem> EnvironmentValidator::validate(const Environment &environment)
{
    static const QRegularExpression namePattern(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"));
    static const QRegularExpression projectPattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,62}$"));
    static const QRegularExpression databasePattern(
        QStringLiteral("^[A-Za-z_][A-Za-z0-9_$]{0,62}$"));

    QList<Problem> problems;
    if (!namePattern.match(environment.name).hasMatch()) {
        problems.append(
            {Field::Name, tr("The name \"%1\" is not valid: use up to 63 letters, "
                             "digits, '.', '_' or '-', starting with a letter or digit.")
                              .arg(environment.name)});
    }
    if (!environment.engineUrl.isEmpty()) {
        try {
            EngineAddress::parse(environment.engineUrl);
        } catch (const Error &error) {
            problems.append({Field::Engine, error.message()});
        }
    }
    if (environment.composeFiles.isEmpty())
        problems.append({Field::ComposeFiles, tr("Add at least one compose file.")});
    for (const QString &path : environment.composeFiles) {
        if (!QFileInfo(path).isAbsolute()) {
            problems.append(
                {Field::ComposeFiles, tr("Compose file %1 must be an absolute path.").arg(path)});
            continue;
        }
        try {
            ComposeFile::load(path);
        } catch (const Error &error) {
            problems.append({Field::ComposeFiles, error.message()});
        }
    }
    if (!projectPattern.match(environment.projectName).hasMatch()) {
        problems.append({Field::ProjectName,
                         tr("The project name \"%1\" is not valid for docker compose: use "
                            "lowercase letters, digits, '_' or '-', starting with a letter or "
                            "digit.")
                             .arg(environment.projectName)});
    }
    if (!environment.envFile.isEmpty()) {
        const QFileInfo envFile(environment.envFile);
        if (!envFile.isAbsolute() || !envFile.isFile() || !envFile.isReadable()) {
            problems.append({Field::EnvFile,
                             tr("Env file %1 cannot be read: check the path and its permissions.")
                                 .arg(environment.envFile)});
        }
    }
    for (const ExpectedPort &port : environment.expectedPorts) {
        if (port.port < 1 || port.port > 65535 || port.service.isEmpty()) {
            problems.append({Field::Ports, tr("Expected port %1:%2 is not valid: use SERVICE:PORT "
                                              "with a port from 1 to 65535.")
                                               .arg(port.service)
                                               .arg(port.port)});
        }
    }
    // A folder name on the host: any path, but no line break and no leading "-" (it reaches
    // remote commands as an argument).
    if (environment.remoteDirectory.contains(QLatin1Char('\n')) ||
        environment.remoteDirectory.startsWith(QLatin1Char('-'))) {
        problems.append({Field::RemoteDirectory,
                         tr("The project folder on the host \"%1\" is not valid: give a path "
                            "such as ~/blihops/%2 or /srv/blihops, without line breaks.")
                             .arg(environment.remoteDirectory, environment.projectName)});
    }
    if (environment.healthTimeoutSeconds < 1 || environment.healthTimeoutSeconds > 86400) {
        problems.append({Field::HealthTimeout,
                         tr("The health gate timeout %1 s is not valid: give 1 to 86400 seconds.")
                             .arg(environment.healthTimeoutSeconds)});
    }
    for (const QString &database : environment.databases) {
        if (!databasePattern.match(database).hasMatch()) {
            problems.append({Field::Databases,
                             tr("The database name \"%1\" is not valid: use letters, digits and "
                                "'_', starting with a letter or '_'.")
                                 .arg(database)});
        }
    }
    return problems;
}

} // namespace blihops
