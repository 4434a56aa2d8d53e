#include "ChecklistSignCommand.h"

#include "ChecklistCli.h"
#include "CliContext.h"
#include "checklist/ChecklistRepository.h"
#include "util/ExitCode.h"

#include <QJsonArray>

namespace blihops::cli {

namespace {

const QCommandLineOption kName(QStringLiteral("name"), QStringLiteral("Who signs."),
                               QStringLiteral("N"));
const QCommandLineOption kRole(QStringLiteral("role"),
                               QStringLiteral("In what role, e.g. \"QA lead\"."),
                               QStringLiteral("R"));
const QCommandLineOption kComment(QStringLiteral("comment"),
                                  QStringLiteral("A comment to keep with the sign-off."),
                                  QStringLiteral("C"));

} // namespace

QList<QCommandLineOption> ChecklistSignCommand::options() const
{
    return {kName, kRole, kComment};
}

int ChecklistSignCommand::run(CliContext &context, const QCommandLineParser &parser,
                              const QStringList &positional)
{
    const qint64 run = ChecklistCli::runId(positional.at(0));
    const ChecklistRepository::SignResult result =
        ChecklistRepository(context.workspace())
            .sign(run, parser.value(kName), parser.value(kRole), parser.value(kComment));
    if (result.isSigned) {
        ChecklistCli::printRun(context, result.run);
        return ExitOk;
    }
    if (context.json()) {
        QJsonArray items;
        for (const ChecklistItem &item : result.inTheWay)
            items.append(item.toJson());
        context.printJson({{QStringLiteral("id"), run},
                           {QStringLiteral("signed"), false},
                           {QStringLiteral("in_the_way"), items}});
    } else {
        QTextStream &out = context.out();
        out << "not signed: " << result.inTheWay.size()
            << " item(s) pending, failed or blocked and not waived:\n";
        for (const ChecklistItem &item : result.inTheWay)
            out << QString::number(item.number).rightJustified(4) << ' '
                << QStringLiteral("[%1]").arg(itemStateKey(item.state).leftJustified(7)) << ' '
                << item.text << '\n';
        out << "set them (`blihopsctl checklist set " << run
            << " ITEM pass`) or waive them (`checklist waive " << run << " ITEM --reason T`).\n";
        out.flush();
    }
    return ExitCheckFailed;
}

} // namespace blihops::cli
