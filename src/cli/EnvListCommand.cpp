#include "EnvListCommand.h"

#include "CliContext.h"
#include "workspace/EnvironmentRepository.h"

#include <QJsonArray>

namespace blihops::cli {

int EnvListCommand::run(CliContext &context, const QCommandLineParser &, const QStringList &)
{
    const QList<Environment> environments = EnvironmentRepository(context.workspace()).list();
    if (context.json()) {
        QJsonArray array;
        for (const Environment &environment : environments)
            array.append(environment.toJson());
        context.printJson({{"environments", array}});
        return 0;
    }
    QTextStream &out = context.out();
    const auto row = [&](const QString &name, const QString &tier, const QString &engine,
                         const QString &project) {
        out << name.leftJustified(20) << ' ' << tier.leftJustified(12) << ' '
            << project.leftJustified(20) << ' ' << engine << '\n';
    };
    row(QStringLiteral("NAME"), QStringLiteral("TIER"), QStringLiteral("ENGINE"),
        QStringLiteral("PROJECT"));
    for (const Environment &environment : environments) {
        row(environment.name, tierKey(environment.tier),
            environment.engineUrl.isEmpty() ? QStringLiteral("(not set)") : environment.engineUrl,
            environment.projectName);
    }
    return 0;
}

} // namespace blihops::cli
