#include "EnvAddCommand.h"

#include "CliContext.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/EnvironmentValidator.h"

#include <QFileInfo>

namespace blihops::cli {

namespace {

QStringList listValues(const QCommandLineParser &parser, const QString &option)
{
    QStringList values;
    for (const QString &value : parser.values(option)) {
        for (const QString &item : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            values << item.trimmed();
    }
    return values;
}

} // namespace

QList<QCommandLineOption> EnvAddCommand::options() const
{
    return {
        {QStringLiteral("engine"),
         QStringLiteral("Docker Engine: unix:///var/run/docker.sock, ssh://user@host[:port] or "
                        "tcp://host:2376."),
         QStringLiteral("URL")},
        {QStringLiteral("compose"),
         QStringLiteral("Compose files, comma-separated or repeated, in -f order."),
         QStringLiteral("FILE[,FILE...]")},
        {QStringLiteral("project-name"),
         QStringLiteral("Compose project name (default: made from NAME)."), QStringLiteral("N")},
        {QStringLiteral("env-file"), QStringLiteral("The stack's env file."), QStringLiteral("F")},
        {QStringLiteral("tier"),
         QStringLiteral("development, staging or production (default: development)."),
         QStringLiteral("TIER"), QStringLiteral("development")},
        {QStringLiteral("ports"),
         QStringLiteral("Expected published ports, e.g. postgres:5432,redis:6379."),
         QStringLiteral("SERVICE:PORT[,...]")},
        {QStringLiteral("database"),
         QStringLiteral("Expected PostgreSQL databases, comma-separated or repeated."),
         QStringLiteral("NAME[,NAME...]")},
        {QStringLiteral("remote-dir"),
         QStringLiteral("ssh:// engines: the project's folder on the host, where compose runs "
                        "(default: ~/blihops/PROJECT)."),
         QStringLiteral("DIR")},
        {QStringLiteral("health-timeout"),
         QStringLiteral("Seconds Up and Restart wait for every service to be healthy "
                        "(default: 120)."),
         QStringLiteral("S"), QStringLiteral("120")},
    };
}

int EnvAddCommand::run(CliContext &context, const QCommandLineParser &parser,
                       const QStringList &positional)
{
    const auto usage = [](const QString &message) { return Error(ErrorKind::BadInput, message); };
    if (!parser.isSet(QStringLiteral("engine")))
        throw usage(QStringLiteral(
            "env add needs --engine URL (for example unix:///var/run/docker.sock)."));
    const QStringList composeFiles = listValues(parser, QStringLiteral("compose"));
    if (composeFiles.isEmpty())
        throw usage(QStringLiteral("env add needs --compose FILE[,FILE...]."));
    const std::optional<Tier> tier = tierFromKey(parser.value(QStringLiteral("tier")));
    if (!tier) {
        throw usage(QStringLiteral("--tier \"%1\" is not one of development, staging, production.")
                        .arg(parser.value(QStringLiteral("tier"))));
    }

    Environment environment;
    environment.name = positional.at(0);
    environment.tier = *tier;
    environment.engineUrl = parser.value(QStringLiteral("engine"));
    for (const QString &file : composeFiles)
        environment.composeFiles << QFileInfo(file).absoluteFilePath();
    environment.projectName = parser.isSet(QStringLiteral("project-name"))
                                  ? parser.value(QStringLiteral("project-name"))
                                  : EnvironmentValidator::defaultProjectName(environment.name);
    if (parser.isSet(QStringLiteral("env-file")))
        environment.envFile =
            QFileInfo(parser.value(QStringLiteral("env-file"))).absoluteFilePath();
    environment.expectedPorts = parseExpectedPorts(parser.value(QStringLiteral("ports")));
    environment.databases = listValues(parser, QStringLiteral("database"));
    environment.remoteDirectory = parser.value(QStringLiteral("remote-dir"));
    bool isNumber = false;
    environment.healthTimeoutSeconds =
        parser.value(QStringLiteral("health-timeout")).toInt(&isNumber);
    if (!isNumber)
        throw usage(QStringLiteral("--health-timeout \"%1\" is not a number of seconds.")
                        .arg(parser.value(QStringLiteral("health-timeout"))));

    const QList<EnvironmentValidator::Problem> problems =
        EnvironmentValidator::validate(environment);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const EnvironmentValidator::Problem &problem : problems)
            messages << problem.message;
        throw usage(messages.join(QLatin1Char(' ')));
    }

    const Environment added = EnvironmentRepository(context.workspace()).add(environment);
    if (context.json())
        context.printJson(added.toJson());
    else
        context.out() << "Added environment " << added.name << '\n';
    return 0;
}

} // namespace blihops::cli
