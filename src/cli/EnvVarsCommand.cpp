#include "EnvVarsCommand.h"

#include "CliContext.h"
#include "compose/VariableTable.h"
#include "workspace/EnvironmentRepository.h"

namespace blihops::cli {

QList<QCommandLineOption> EnvVarsCommand::options() const
{
    return {{QStringLiteral("markdown"), QStringLiteral("Print a Markdown table, for the docs.")}};
}

int EnvVarsCommand::run(CliContext &context, const QCommandLineParser &parser,
                        const QStringList &positional)
{
    const Environment environment =
        EnvironmentRepository(context.workspace()).get(positional.at(0));
    const VariableTable table = VariableTable::of(environment.composeFiles, environment.envFile);
    if (context.json()) {
        context.printJson(table.toJson());
        return 0;
    }
    QTextStream &out = context.out();
    if (parser.isSet(QStringLiteral("markdown"))) {
        out << table.toMarkdown();
        return 0;
    }
    out << QStringLiteral("NAME").leftJustified(24) << QStringLiteral("REQUIRED  ")
        << QStringLiteral("DEFAULT").leftJustified(16) << QStringLiteral("SET IN").leftJustified(32)
        << "USED BY\n";
    for (const VariableTable::Row &row : table.rows()) {
        out << row.name.leftJustified(24) << (row.required ? "yes       " : "no        ")
            << row.defaultValue.leftJustified(16)
            << row.definedIn.join(QStringLiteral(", ")).leftJustified(32)
            << row.usedBy.join(QStringLiteral(", ")) << '\n';
    }
    return 0;
}

} // namespace blihops::cli
