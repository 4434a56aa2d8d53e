#include "SmokeHistoryCommand.h"

#include "CliContext.h"
#include "checks/SmokeHistory.h"
#include "util/ExitCode.h"

#include <QJsonArray>

namespace blihops::cli {

namespace {

const QCommandLineOption kLimit(QStringLiteral("limit"),
                                QStringLiteral("How many runs to show (default 20)."),
                                QStringLiteral("N"), QStringLiteral("20"));

} // namespace

QList<QCommandLineOption> SmokeHistoryCommand::options() const
{
    return {kLimit};
}

int SmokeHistoryCommand::run(CliContext &context, const QCommandLineParser &parser,
                             const QStringList &positional)
{
    bool ok = false;
    const int limit = parser.value(kLimit).toInt(&ok);
    if (!ok || limit < 1) {
        throw Error(ErrorKind::BadInput, QStringLiteral("--limit must be a positive number, not "
                                                        "\"%1\".")
                                             .arg(parser.value(kLimit)));
    }
    const QList<SmokeRun> runs = SmokeHistory(context.workspace()).list(positional.at(0), limit);
    if (context.json()) {
        QJsonArray array;
        for (const SmokeRun &run : runs)
            array.append(run.toJson());
        context.printJson(
            {{QStringLiteral("environment"), positional.at(0)}, {QStringLiteral("runs"), array}});
        return ExitOk;
    }
    QTextStream &out = context.out();
    for (const SmokeRun &run : runs) {
        const QString verdict = run.cancelled  ? QStringLiteral("cancelled")
                                : run.passed() ? QStringLiteral("passed")
                                               : QStringLiteral("FAILED");
        // The id is what `checklist set ... --evidence smoke:ID` names.
        out << QStringLiteral("#%1").arg(run.id).leftJustified(6) << ' '
            << run.startedAt.toLocalTime().toString(Qt::ISODate) << "  " << verdict.leftJustified(9)
            << ' '
            << QStringLiteral("%1/%2")
                   .arg(run.results.size() - run.failedCount())
                   .arg(run.results.size())
                   .leftJustified(6)
            << ' ' << run.actor << '\n';
        for (const SmokeResult &result : run.results) {
            if (!result.passed)
                out << "    " << result.check << ": " << result.message << '\n';
        }
    }
    out.flush();
    return ExitOk;
}

} // namespace blihops::cli
