#include "EnvShowCommand.h"

#include "CliContext.h"
#include "compose/ComposeFile.h"
#include "workspace/EnvironmentRepository.h"

#include <QJsonArray>

namespace blihops::cli {

int EnvShowCommand::run(CliContext &context, const QCommandLineParser &,
                        const QStringList &positional)
{
    const Environment environment =
        EnvironmentRepository(context.workspace()).get(positional.at(0));
    const auto [services, composeError] = ComposeFile::serviceNames(environment.composeFiles);

    if (context.json()) {
        QJsonObject document = environment.toJson();
        document.insert(QStringLiteral("services"), QJsonArray::fromStringList(services));
        document.insert(QStringLiteral("compose_error"),
                        composeError.isEmpty() ? QJsonValue() : QJsonValue(composeError));
        context.printJson(document);
        return 0;
    }
    QTextStream &out = context.out();
    const auto line = [&](const char *label, const QString &value) {
        out << QString::fromLatin1(label).leftJustified(16)
            << (value.isEmpty() ? QStringLiteral("(none)") : value) << '\n';
    };
    line("Name:", environment.name);
    line("Tier:", tierKey(environment.tier));
    line("Engine:",
         environment.engineUrl.isEmpty() ? QStringLiteral("(not set)") : environment.engineUrl);
    line("Project name:", environment.projectName);
    line("Compose files:", environment.composeFiles.join(QStringLiteral(", ")));
    line("Env file:", environment.envFile);
    line("Expected ports:", formatExpectedPorts(environment.expectedPorts));
    line("Databases:", environment.databases.join(QStringLiteral(", ")));
    if (environment.engineUrl.startsWith(QLatin1String("ssh://")))
        line("Host folder:", environment.effectiveRemoteDirectory());
    line("Health gate:", QStringLiteral("%1 s").arg(environment.healthTimeoutSeconds));
    line("Services:", composeError.isEmpty() ? services.join(QStringLiteral(", ")) : composeError);
    line("Updated:", QStringLiteral("%1 by %2")
                         .arg(environment.updatedAt.toString(Qt::ISODate), environment.updatedBy));
    return 0;
}

} // namespace blihops::cli
