#include "checklist/ChecklistExport.h"

#include "markdown/MarkdownText.h"
#include "util/Error.h"
#include "util/PdfDocument.h"

#include <QSaveFile>

namespace blihops {

namespace {

QString when(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString evidenceLine(const Evidence &evidence)
{
    QString line = evidence.toString();
    if (!evidence.detail.isEmpty())
        line += QStringLiteral(" (%1)").arg(
            QString(evidence.detail).replace(QLatin1Char('\n'), QStringLiteral("; ")));
    return line + QStringLiteral(", %1, %2").arg(evidence.recordedBy, when(evidence.recordedAt));
}

QString heading(const ChecklistRun &run)
{
    return ChecklistExport::tr("%1: %2, release %3")
        .arg(run.templateTitle, run.environment, run.release);
}

QString runLine(const ChecklistRun &run)
{
    return ChecklistExport::tr("Checklist run %1, revision %2 of %3, %4. Started %5 by %6 from %7.")
        .arg(run.id)
        .arg(run.revision)
        .arg(run.latestRevision)
        .arg(run.isSigned ? ChecklistExport::tr("signed off") : ChecklistExport::tr("open"),
             when(run.createdAt), run.createdBy,
             run.templateSource == QLatin1String("builtin")
                 ? ChecklistExport::tr("the built-in template %1").arg(run.templateKey)
                 : run.templateSource);
}

QString progressLine(const ChecklistRun &run)
{
    return ChecklistExport::tr("%1 of %2 items decided, %3 in the way of a sign-off.")
        .arg(run.decidedCount())
        .arg(run.items.size())
        .arg(run.itemsInTheWay().size());
}

QString signOffLine(const SignOff &signOff)
{
    return ChecklistExport::tr("Signed off by %1 (%2) on %3, as %4.")
        .arg(signOff.name, signOff.role, when(signOff.at), signOff.actor);
}

QString revisionLine(const ChecklistRevision &revision)
{
    QString line = ChecklistExport::tr("Revision %1, opened %2 by %3")
                       .arg(revision.revision)
                       .arg(when(revision.openedAt), revision.openedBy);
    if (revision.signOff)
        line += QStringLiteral("; ") + signOffLine(*revision.signOff);
    return line;
}

QString waiverLine(const ChecklistItem &item)
{
    return ChecklistExport::tr("Item %1, %2: %3 (waived by %4, %5)")
        .arg(item.number)
        .arg(item.text, item.waiver->reason, item.waiver->by, when(item.waiver->at));
}

} // namespace

ChecklistExport::Format ChecklistExport::formatFromKey(const QString &key)
{
    if (key == QLatin1String("md"))
        return Format::Markdown;
    if (key == QLatin1String("html"))
        return Format::Html;
    if (key == QLatin1String("pdf"))
        return Format::Pdf;
    throw Error(ErrorKind::BadInput,
                tr("Export format \"%1\" is not one of md, html, pdf.").arg(key));
}

QString ChecklistExport::markdown(const ChecklistRun &run)
{
    QString out = QStringLiteral("# %1\n\n%2\n\n%3\n")
                      .arg(markdownText(heading(run)), markdownText(runLine(run)),
                           markdownText(progressLine(run)));
    // The sign-off first: it is what the document is for, and it never splits a page.
    out += QStringLiteral("\n## %1\n\n").arg(tr("Sign-off"));
    if (run.signOff) {
        out += markdownText(signOffLine(*run.signOff)) + QStringLiteral("\n");
        if (!run.signOff->comment.isEmpty())
            out += QStringLiteral("\n> %1\n").arg(markdownText(run.signOff->comment));
    } else {
        out += tr("Not signed off.") + QLatin1Char('\n');
    }

    QString section;
    bool first = true;
    for (const ChecklistItem &item : run.items) {
        if (first || item.section != section) {
            section = item.section;
            out += QStringLiteral("\n## %1\n\n")
                       .arg(section.isEmpty() ? tr("Items") : markdownText(section));
            first = false;
        }
        const bool done = item.state == ItemState::Pass || item.state == ItemState::NotApplicable;
        const QString indent(item.depth * 2, QLatin1Char(' '));
        out += QStringLiteral("%1- [%2] %3. %4 (**%5**)\n")
                   .arg(indent, done ? QStringLiteral("x") : QStringLiteral(" "))
                   .arg(item.number)
                   .arg(markdownText(item.text), itemStateLabel(item.state));
        // Details as a nested plain list: they stay with the item and never become items.
        const QString detail = indent + QStringLiteral("  - ");
        if (!item.note.isEmpty())
            out += detail + tr("Note: %1").arg(markdownText(item.note)) + QLatin1Char('\n');
        if (item.tie.isTied())
            out +=
                detail + tr("Check: %1").arg(markdownText(item.tie.describe())) + QLatin1Char('\n');
        for (const Evidence &evidence : item.evidence)
            out += detail + tr("Evidence: %1").arg(markdownText(evidenceLine(evidence))) +
                   QLatin1Char('\n');
        if (item.waiver)
            out += detail + tr("Waived: %1").arg(markdownText(item.waiver->reason)) +
                   QLatin1Char('\n');
    }

    out += QStringLiteral("\n## %1\n\n").arg(tr("Evidence"));
    int evidenceCount = 0;
    for (const ChecklistItem &item : run.items) {
        for (const Evidence &evidence : item.evidence) {
            out += QStringLiteral("%1. %2\n")
                       .arg(++evidenceCount)
                       .arg(markdownText(
                           tr("Item %1: %2").arg(item.number).arg(evidenceLine(evidence))));
        }
    }
    if (evidenceCount == 0)
        out += tr("No evidence was attached.") + QLatin1Char('\n');

    out += QStringLiteral("\n## %1\n\n").arg(tr("Waivers"));
    bool anyWaiver = false;
    for (const ChecklistItem &item : run.items) {
        if (item.waiver) {
            out += QStringLiteral("- %1\n").arg(markdownText(waiverLine(item)));
            anyWaiver = true;
        }
    }
    if (!anyWaiver)
        out += tr("No item was waived.") + QLatin1Char('\n');

    out += QStringLiteral("\n## %1\n\n").arg(tr("Revisions"));
    for (const ChecklistRevision &revision : run.revisions) {
        out += QStringLiteral("- %1\n").arg(markdownText(revisionLine(revision)));
    }
    return out;
}

QString ChecklistExport::html(const ChecklistRun &run)
{
    const auto e = [](const QString &text) { return text.toHtmlEscaped(); };
    QString out = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                                 "<body><h1>%1</h1><p>%2</p><p>%3</p>")
                      .arg(e(heading(run)), e(runLine(run)), e(progressLine(run)));
    out += QStringLiteral("<h2>%1</h2>").arg(e(tr("Sign-off")));
    if (run.signOff) {
        out += QStringLiteral("<table border=\"1\" style=\"border-collapse: collapse\" "
                              "cellspacing=\"0\" cellpadding=\"6\">"
                              "<tr><th align=\"left\">%1</th><td>%2</td></tr>"
                              "<tr><th align=\"left\">%3</th><td>%4</td></tr>"
                              "<tr><th align=\"left\">%5</th><td>%6</td></tr>"
                              "<tr><th align=\"left\">%7</th><td>%8</td></tr>"
                              "<tr><th align=\"left\">%9</th><td>%10</td></tr></table>")
                   .arg(e(tr("Name")), e(run.signOff->name), e(tr("Role")), e(run.signOff->role),
                        e(tr("Comment")), e(run.signOff->comment), e(tr("Signed")),
                        e(when(run.signOff->at)), e(tr("Account")))
                   .arg(e(run.signOff->actor));
    } else {
        out += QStringLiteral("<p>%1</p>").arg(e(tr("Not signed off.")));
    }

    const QString tableStart =
        QStringLiteral("<table border=\"1\" style=\"border-collapse: collapse\" cellspacing=\"0\" "
                       "cellpadding=\"4\" width=\"100%\">"
                       "<tr><th width=\"5%\">#</th><th width=\"45%\">%1</th><th width=\"12%\">"
                       "%2</th><th width=\"38%\">%3</th></tr>")
            .arg(e(tr("Item")), e(tr("State")), e(tr("Note, evidence, waiver")));
    QString section;
    bool first = true;
    for (const ChecklistItem &item : run.items) {
        if (first || item.section != section) {
            if (!first)
                out += QStringLiteral("</table>");
            section = item.section;
            out += QStringLiteral("<h2>%1</h2>").arg(e(section.isEmpty() ? tr("Items") : section)) +
                   tableStart;
            first = false;
        }
        QStringList details;
        if (!item.note.isEmpty())
            details << e(tr("Note: %1").arg(item.note));
        if (item.tie.isTied())
            details << e(tr("Check: %1").arg(item.tie.describe()));
        for (const Evidence &evidence : item.evidence)
            details << e(tr("Evidence: %1").arg(evidenceLine(evidence)));
        if (item.waiver)
            details
                << QStringLiteral("<b>%1</b>").arg(e(tr("Waived: %1").arg(item.waiver->reason)));
        out += QStringLiteral("<tr><td>%1</td><td>%2%3</td><td>%4</td><td>%5</td></tr>")
                   .arg(item.number)
                   .arg(QString(item.depth * 4, QChar(0x00A0)), e(item.text),
                        e(itemStateLabel(item.state)), details.join(QStringLiteral("<br>")));
    }
    if (!first)
        out += QStringLiteral("</table>");

    out += QStringLiteral("<h2>%1</h2>").arg(e(tr("Evidence")));
    QStringList evidenceRows;
    for (const ChecklistItem &item : run.items) {
        for (const Evidence &evidence : item.evidence)
            evidenceRows
                << QStringLiteral("<li>%1</li>")
                       .arg(e(tr("Item %1: %2").arg(item.number).arg(evidenceLine(evidence))));
    }
    out += evidenceRows.isEmpty()
               ? QStringLiteral("<p>%1</p>").arg(e(tr("No evidence was attached.")))
               : QStringLiteral("<ol>%1</ol>").arg(evidenceRows.join(QString()));

    out += QStringLiteral("<h2>%1</h2>").arg(e(tr("Waivers")));
    QStringList waiverRows;
    for (const ChecklistItem &item : run.items) {
        if (item.waiver)
            waiverRows << QStringLiteral("<li>%1</li>").arg(e(waiverLine(item)));
    }
    out += waiverRows.isEmpty() ? QStringLiteral("<p>%1</p>").arg(e(tr("No item was waived.")))
                                : QStringLiteral("<ul>%1</ul>").arg(waiverRows.join(QString()));

    out += QStringLiteral("<h2>%1</h2><ul>").arg(e(tr("Revisions")));
    for (const ChecklistRevision &revision : run.revisions) {
        out += QStringLiteral("<li>%1</li>").arg(e(revisionLine(revision)));
    }
    return out + QStringLiteral("</ul></body></html>");
}

void ChecklistExport::write(const ChecklistRun &run, Format format, const QString &path)
{
    if (format == Format::Pdf) {
        PdfDocument::write(html(run), heading(run), path);
        return;
    }
    QSaveFile file(path);
    const QByteArray bytes = (format == Format::Markdown ? markdown(run) : html(run)).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        throw Error(ErrorKind::BadInput, tr("Cannot write %1: %2.").arg(path, file.errorString()));
    }
}

} // namespace blihops
