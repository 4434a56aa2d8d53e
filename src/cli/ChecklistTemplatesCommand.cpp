#include "ChecklistTemplatesCommand.h"

#include "CliContext.h"
#include "checklist/ChecklistTemplateRepository.h"
#include "util/ExitCode.h"

#include <QJsonArray>

namespace blihops::cli {

int ChecklistTemplatesCommand::run(CliContext &context, const QCommandLineParser &,
                                   const QStringList &)
{
    const QList<ChecklistTemplate> templates =
        ChecklistTemplateRepository(context.workspace()).list();
    if (context.json()) {
        QJsonArray array;
        for (const ChecklistTemplate &entry : templates)
            array.append(entry.toJson());
        context.printJson({{QStringLiteral("templates"), array}});
        return ExitOk;
    }
    QTextStream &out = context.out();
    out << QStringLiteral("TEMPLATE").leftJustified(24) << ' '
        << QStringLiteral("ITEMS").leftJustified(6) << ' '
        << QStringLiteral("TIED").leftJustified(5) << " TITLE\n";
    for (const ChecklistTemplate &entry : templates) {
        out << entry.key.leftJustified(24) << ' '
            << QString::number(entry.items.size()).leftJustified(6) << ' '
            << QString::number(entry.tiedCount()).leftJustified(5) << ' ' << entry.title;
        if (entry.origin != QLatin1String("builtin"))
            out << "  (" << entry.source << ')';
        out << '\n';
    }
    out.flush();
    return ExitOk;
}

} // namespace blihops::cli
