#include "streams/DashboardExport.h"

#include "streams/TrendPicture.h"
#include "util/PdfDocument.h"

#include <QDateTime>
#include <QSet>

namespace blihops {

namespace {

QString e(const QString &text)
{
    return text.toHtmlEscaped();
}

QString percent(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 1) + QLatin1Char('%') : QStringLiteral("\u2014");
}

QString stated(const StreamUnit &unit)
{
    const QString summary = unit.statedSummary();
    return summary.isEmpty() ? QStringLiteral("\u2014") : summary;
}

// where: how a contradiction names a unit, as StreamReview does ("Task %1").
QString unitRows(const QList<StreamUnit> &units, const QSet<QString> &flagged, const char *where)
{
    QString rows;
    for (const StreamUnit &unit : units) {
        const bool contradicted =
            flagged.contains(QCoreApplication::translate("StreamReview", where).arg(unit.id));
        rows +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4/%5"
                           "</td><td align=\"right\">%6</td><td>%7</td></tr>")
                .arg(e(unit.id), e(unit.title), e(stated(unit)))
                .arg(unit.done)
                .arg(unit.total)
                .arg(percent(unit.completion()),
                     contradicted
                         ? QStringLiteral("<b>%1</b>").arg(e(DashboardExport::tr("contradicted")))
                         : QString());
    }
    return rows;
}

QString table(const QStringList &header, const QString &rows)
{
    QString head;
    for (const QString &column : header)
        head += QStringLiteral("<th align=\"left\">%1</th>").arg(e(column));
    return QStringLiteral("<table border=\"1\" style=\"border-collapse: collapse\" "
                          "cellspacing=\"0\" cellpadding=\"3\" "
                          "width=\"100%\"><tr>%1</tr>%2</table>")
        .arg(head, rows);
}

} // namespace

QString DashboardExport::html(const Dashboard &dashboard)
{
    QString out = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                                 "<body><h1>%1</h1><p>%2</p>")
                      .arg(e(tr("Stream completion")),
                           e(tr("%n stream(s), printed %1.", nullptr, int(dashboard.streams.size()))
                                 .arg(QDateTime::currentDateTimeUtc().toString(
                                     QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))));
    const QStringList unitHeader = {tr("Id"),    tr("Title"),    tr("Stated"),
                                    tr("Items"), tr("Computed"), QString()};
    for (const Dashboard::Stream &stream : dashboard.streams) {
        const StreamReport &report = stream.report;
        const StreamStatement *status = report.statedStatus();
        out += QStringLiteral("<h2>%1</h2><p>%2</p>")
                   .arg(e(tr("Stream %1: %2").arg(report.id, report.title)),
                        e(tr("Stated: %1. Computed from the checkboxes: %2 of %3 items (%4). "
                             "Source: %5.")
                              .arg(status ? status->summary() : tr("nothing"))
                              .arg(report.done)
                              .arg(report.total)
                              .arg(percent(report.completion()), report.source)));
        QSet<QString> flagged; // the units a contradiction names
        for (const StreamContradiction &contradiction : stream.contradictions)
            flagged.insert(contradiction.where);
        QString taskRows;
        for (const StreamUnit &task : report.tasks) {
            taskRows += unitRows({task}, flagged, "Task %1");
            taskRows += unitRows(task.subtasks, flagged, "Subtask %1");
        }
        if (!report.tasks.isEmpty())
            out += QStringLiteral("<h3>%1</h3>").arg(e(tr("Tasks"))) + table(unitHeader, taskRows);
        if (!report.tests.isEmpty())
            out += QStringLiteral("<h3>%1</h3>").arg(e(tr("Tests"))) +
                   table(unitHeader, unitRows(report.tests, flagged, "Test %1"));
        out += QStringLiteral("<h3>%1</h3>").arg(e(tr("Contradictions")));
        if (stream.contradictions.isEmpty()) {
            out += QStringLiteral("<p>%1</p>")
                       .arg(e(tr("None: what the document states matches "
                                 "its checkboxes.")));
        } else {
            QString rows;
            for (const StreamContradiction &contradiction : stream.contradictions)
                rows += QStringLiteral("<li><b>%1</b>: %2</li>")
                            .arg(e(contradiction.where), e(contradiction.message));
            out += QStringLiteral("<ul>%1</ul>").arg(rows);
        }
        const auto listing = [](const QString &title, const QStringList &entries) {
            QString rows;
            for (const QString &entry : entries)
                rows += QStringLiteral("<li>%1</li>").arg(e(entry));
            return QStringLiteral("<h3>%1</h3>").arg(e(title)) +
                   (entries.isEmpty() ? QStringLiteral("<p>%1</p>").arg(e(tr("None stated.")))
                                      : QStringLiteral("<ul>%1</ul>").arg(rows));
        };
        out += listing(tr("Blockers"), report.blockers);
        out += listing(tr("Dependencies"), report.dependencies);
        out +=
            QStringLiteral("<h3>%1</h3><p><img src=\"trend:%2\" width=\"600\" height=\"180\"></p>")
                .arg(e(tr("Completion over imports")), e(report.id));
    }
    if (dashboard.streams.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(e(tr("No stream document was imported yet.")));

    out += QStringLiteral("<h2>%1</h2>").arg(e(tr("Environments")));
    const QStringList columns = EnvironmentFacts::columns(dashboard.environments);
    QString rows;
    for (const EnvironmentFacts::Row &row : dashboard.environments) {
        rows += QStringLiteral("<tr><td>%1</td>").arg(e(row.environment));
        for (const QString &column : columns) {
            QString text = QStringLiteral("\u2014");
            for (const EnvironmentFacts::Fact &fact : row.facts) {
                if (fact.column == column)
                    text = fact.ok ? e(fact.text) : QStringLiteral("<b>%1</b>").arg(e(fact.text));
            }
            rows += QStringLiteral("<td>%1</td>").arg(text);
        }
        rows += QStringLiteral("</tr>");
    }
    out += table(QStringList{tr("Environment")} + columns, rows);
    return out + QStringLiteral("</body></html>");
}

void DashboardExport::writePdf(const Dashboard &dashboard, const QString &path)
{
    QHash<QString, QImage> charts;
    for (const Dashboard::Stream &stream : dashboard.streams)
        charts.insert(QStringLiteral("trend:") + stream.report.id,
                      TrendPicture::paint(stream.history, QSize(1200, 360)));
    PdfDocument::write(html(dashboard), tr("Stream completion"), path, charts);
}

} // namespace blihops
