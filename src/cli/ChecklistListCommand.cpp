#include "ChecklistListCommand.h"

#include "CliContext.h"
#include "checklist/ChecklistRepository.h"
#include "util/ExitCode.h"
#include "workspace/EnvironmentRepository.h"

#include <QJsonArray>

namespace blihops::cli {

namespace {

const QCommandLineOption kEnvironment(QStringLiteral("env"),
                                      QStringLiteral("Only the runs of this environment."),
                                      QStringLiteral("ENV"));

} // namespace

QList<QCommandLineOption> ChecklistListCommand::options() const
{
    return {kEnvironment};
}

int ChecklistListCommand::run(CliContext &context, const QCommandLineParser &parser,
                              const QStringList &)
{
    const QString environment = parser.value(kEnvironment);
    // A misspelt name should say so rather than list nothing.
    if (!environment.isEmpty())
        EnvironmentRepository(context.workspace()).get(environment);
    const QList<ChecklistRunSummary> runs =
        ChecklistRepository(context.workspace()).list(environment);
    if (context.json()) {
        QJsonArray array;
        for (const ChecklistRunSummary &run : runs)
            array.append(run.toJson());
        context.printJson({{QStringLiteral("runs"), array}});
        return ExitOk;
    }
    QTextStream &out = context.out();
    out << QStringLiteral("RUN").leftJustified(5) << ' '
        << QStringLiteral("ENVIRONMENT").leftJustified(14) << ' '
        << QStringLiteral("RELEASE").leftJustified(12) << ' '
        << QStringLiteral("REV").leftJustified(4) << ' ' << QStringLiteral("STATE").leftJustified(7)
        << ' ' << QStringLiteral("DONE").leftJustified(8) << " TEMPLATE\n";
    for (const ChecklistRunSummary &run : runs) {
        out << QString::number(run.id).leftJustified(5) << ' ' << run.environment.leftJustified(14)
            << ' ' << run.release.leftJustified(12) << ' '
            << QString::number(run.revision).leftJustified(4) << ' '
            << run.stateKey().leftJustified(7) << ' '
            << QStringLiteral("%1/%2").arg(run.decided).arg(run.total).leftJustified(8) << ' '
            << run.templateKey << '\n';
    }
    out.flush();
    return ExitOk;
}

} // namespace blihops::cli
