#include "EnvConflictsCommand.h"

#include "CliContext.h"
#include "compose/EnvironmentConflicts.h"
#include "util/ExitCode.h"
#include "workspace/EnvironmentRepository.h"

#include <QJsonArray>

namespace blihops::cli {

namespace {

QJsonObject sideJson(const EnvironmentConflicts::Side &side)
{
    return {{"environment", side.environment},
            {"service", side.service},
            {"file", side.file},
            {"line", side.line}};
}

} // namespace

int EnvConflictsCommand::run(CliContext &context, const QCommandLineParser &,
                             const QStringList &positional)
{
    EnvironmentRepository repository(context.workspace());
    const Environment first = repository.get(positional.at(0));
    const Environment second = repository.get(positional.at(1));
    const QList<EnvironmentConflicts::Collision> collisions =
        EnvironmentConflicts::between(first, second);

    if (context.json()) {
        QJsonArray array;
        for (const auto &collision : collisions) {
            array.append(QJsonObject{{"rule", collision.rule},
                                     {"what", collision.what},
                                     {"message", collision.message},
                                     {"fix", collision.fix},
                                     {"first", sideJson(collision.first)},
                                     {"second", sideJson(collision.second)}});
        }
        context.printJson({{"first", first.name},
                           {"second", second.name},
                           {"same_engine", first.engineUrl == second.engineUrl},
                           {"can_run_together", collisions.isEmpty()},
                           {"collisions", array}});
    } else if (collisions.isEmpty()) {
        context.out() << first.name << " and " << second.name
                      << " can run at the same time on one host.\n";
    } else {
        QTextStream &out = context.out();
        out << first.name << " and " << second.name << " cannot run at the same time on one "
            << "host:\n";
        for (const auto &collision : collisions) {
            out << "  " << collision.rule.leftJustified(24) << collision.what << '\n'
                << "      " << collision.message << "\n      fix: " << collision.fix << '\n';
        }
    }
    return collisions.isEmpty() ? ExitOk : ExitCheckFailed;
}

} // namespace blihops::cli
