#include "StreamReportCommand.h"

#include "CliContext.h"
#include "streams/Dashboard.h"
#include "streams/DashboardExport.h"
#include "streams/StreamRepository.h"
#include "util/ExitCode.h"

#include <QFileInfo>
#include <QJsonArray>

namespace blihops::cli {

namespace {

const QCommandLineOption kPdf(QStringLiteral("pdf"),
                              QStringLiteral("Also write the dashboard (these streams and the "
                                             "environments) as a PDF file."),
                              QStringLiteral("FILE"));

QString percent(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
}

QString statedOf(const StreamUnit &unit)
{
    const QString summary = unit.statedSummary();
    return summary.isEmpty() ? QStringLiteral("-") : summary;
}

void printUnit(QTextStream &out, const QString &label, const StreamUnit &unit)
{
    out << "  " << label.leftJustified(16) << ' '
        << QStringLiteral("%1/%2").arg(unit.done).arg(unit.total).leftJustified(7) << ' '
        << percent(unit.completion()).leftJustified(7) << ' ' << statedOf(unit).leftJustified(24)
        << ' ' << unit.title << '\n';
}

} // namespace

QList<QCommandLineOption> StreamReportCommand::options() const
{
    return {kPdf};
}

int StreamReportCommand::run(CliContext &context, const QCommandLineParser &parser,
                             const QStringList &positional)
{
    // One stream named: refused by name if it is not there.
    if (!positional.isEmpty())
        StreamRepository(context.workspace()).report(positional.at(0));
    const Dashboard dashboard = Dashboard::load(context.workspace()).only(positional);
    if (parser.isSet(kPdf))
        DashboardExport::writePdf(dashboard, QFileInfo(parser.value(kPdf)).absoluteFilePath());
    if (context.json()) {
        QJsonArray streams;
        for (const Dashboard::Stream &stream : dashboard.streams)
            streams.append(stream.report.reportJson(stream.contradictions));
        context.printJson({{QStringLiteral("streams"), streams}});
        return ExitOk;
    }
    QTextStream &out = context.out();
    for (const Dashboard::Stream &stream : dashboard.streams) {
        const StreamReport &report = stream.report;
        const StreamStatement *status = report.statedStatus();
        out << "Stream " << report.id << ": " << report.title << '\n'
            << "  stated " << (status ? status->summary() : QStringLiteral("-")) << ", computed "
            << report.done << " of " << report.total << " (" << percent(report.completion())
            << ")\n";
        for (const StreamUnit &task : report.tasks) {
            printUnit(out, QStringLiteral("Task ") + task.id, task);
            for (const StreamUnit &subtask : task.subtasks)
                printUnit(out, QStringLiteral("  Subtask ") + subtask.id, subtask);
        }
        for (const StreamUnit &test : report.tests)
            printUnit(out, QStringLiteral("Test ") + test.id, test);
        if (!report.blockers.isEmpty())
            out << "  blockers: " << report.blockers.join(QStringLiteral("; ")) << '\n';
        if (!report.dependencies.isEmpty())
            out << "  dependencies: " << report.dependencies.join(QStringLiteral("; ")) << '\n';
        out << "  " << stream.contradictions.size() << " contradiction(s)"
            << (stream.contradictions.isEmpty() ? "\n" : ":\n");
        for (const StreamContradiction &contradiction : stream.contradictions)
            out << "    " << contradiction.message << '\n';
        out << '\n';
    }
    if (dashboard.streams.isEmpty())
        out << "no stream document imported yet: `blihopsctl stream import FILE`\n";
    out.flush();
    return ExitOk;
}

} // namespace blihops::cli
