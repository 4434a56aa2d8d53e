#include "verify/VerificationExport.h"

#include "markdown/MarkdownText.h"
#include "util/Error.h"
#include "util/PdfDocument.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QVariant>
#include <algorithm>

namespace blihops {

namespace {

// What both formats show, read from the stored figures (VerifyReport::evidenceJson).
struct Row
{
    QStringList cells;
    bool differs = false; // shown in bold (Markdown) or red (PDF)
};

struct Section
{
    QString heading;
    QString note;        // a line under the heading, or empty
    QStringList columns; // a table, when not empty
    QList<Row> rows;
    QStringList lines; // a list, when there are no columns
    QString none;      // what is said when there are no rows or lines
};

struct Document
{
    QString title;
    bool ok = false;
    QString verdict; // PASS or FAIL
    QString summary;
    QList<std::pair<QString, QString>> facts;
    QList<Section> sections;
};

QString when(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                        : QStringLiteral("—");
}

QString duration(qint64 ms)
{
    return ms < 1000 ? VerificationExport::tr("%1 ms").arg(ms)
                     : VerificationExport::tr("%1 s").arg(ms / 1000.0, 0, 'f', 1);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString rows(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toInteger()) : QStringLiteral("—");
}

QStringList strings(const QJsonValue &value)
{
    return QVariant(value.toArray().toVariantList()).toStringList();
}

QString objectLabel(const QString &key)
{
    static const QList<std::pair<QString, const char *>> labels = {
        {QStringLiteral("tables"), QT_TRANSLATE_NOOP("VerificationExport", "Tables")},
        {QStringLiteral("indexes"), QT_TRANSLATE_NOOP("VerificationExport", "Indexes")},
        {QStringLiteral("sequences"), QT_TRANSLATE_NOOP("VerificationExport", "Sequences")},
        {QStringLiteral("constraints"), QT_TRANSLATE_NOOP("VerificationExport", "Constraints")},
        {QStringLiteral("views"), QT_TRANSLATE_NOOP("VerificationExport", "Views")},
        {QStringLiteral("materialized_views"),
         QT_TRANSLATE_NOOP("VerificationExport", "Materialized views")},
        {QStringLiteral("functions"), QT_TRANSLATE_NOOP("VerificationExport", "Functions")},
    };
    for (const auto &[each, label] : labels) {
        if (each == key)
            return VerificationExport::tr(label);
    }
    return key;
}

// The kinds of objects in the order the issue names them, then any other the figures hold.
QStringList objectKeys(const QJsonObject &objects)
{
    QStringList keys = {QStringLiteral("tables"),    QStringLiteral("indexes"),
                        QStringLiteral("sequences"), QStringLiteral("constraints"),
                        QStringLiteral("views"),     QStringLiteral("materialized_views"),
                        QStringLiteral("functions")};
    keys.erase(std::remove_if(keys.begin(), keys.end(),
                              [&](const QString &key) { return !objects.contains(key); }),
               keys.end());
    for (const QString &key : objects.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    return keys;
}

Section stepsSection(const QJsonObject &figures)
{
    Section section{VerificationExport::tr("Steps"),
                    {},
                    {VerificationExport::tr("Step"), VerificationExport::tr("State"),
                     VerificationExport::tr("Duration"), VerificationExport::tr("Detail")},
                    {},
                    {},
                    VerificationExport::tr("No step was recorded.")};
    for (const QJsonValue &value : figures.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        const QString kindKey = step.value(QStringLiteral("step")).toString();
        const QString stateKey = step.value(QStringLiteral("state")).toString();
        const auto kind = VerifyStep::kindFromKey(kindKey);
        const auto state = VerifyStep::stateFromKey(stateKey);
        section.rows << Row{{kind ? VerifyStep::title(*kind) : kindKey,
                             state ? VerifyStep::stateText(*state) : stateKey,
                             duration(step.value(QStringLiteral("duration_ms")).toInteger()),
                             orDash(step.value(QStringLiteral("detail")).toString())},
                            state == VerifyStep::State::Failed};
    }
    return section;
}

Section tablesSection(const QJsonObject &figures, bool proven)
{
    QList<QJsonObject> tables;
    for (const QJsonValue &value : figures.value(QStringLiteral("tables")).toArray())
        tables << value.toObject();
    const auto differs = [](const QJsonObject &table) {
        const QJsonValue match = table.value(QStringLiteral("checksum_match"));
        return match.isBool() && !match.toBool();
    };
    // Mismatches first, each group in the order the verification stored it.
    std::stable_partition(tables.begin(), tables.end(), differs);
    const auto different = std::count_if(tables.cbegin(), tables.cend(), differs);
    Section section{
        VerificationExport::tr("Tables"),
        !proven ? VerificationExport::tr("Tables restored: %1. With no manifest there is nothing "
                                         "to compare with: these figures are the baseline.")
                      .arg(tables.size())
                : VerificationExport::tr("Tables compared with the manifest: %1. Differing: %2.")
                      .arg(tables.size())
                      .arg(different),
        {VerificationExport::tr("Table"), VerificationExport::tr("Rows expected"),
         VerificationExport::tr("Rows restored"), VerificationExport::tr("Checksum")},
        {},
        {},
        VerificationExport::tr("No table was compared.")};
    for (const QJsonObject &table : tables) {
        const QJsonValue match = table.value(QStringLiteral("checksum_match"));
        section.rows << Row{{table.value(QStringLiteral("schema")).toString() + QLatin1Char('.') +
                                 table.value(QStringLiteral("name")).toString(),
                             rows(table.value(QStringLiteral("rows_expected"))),
                             rows(table.value(QStringLiteral("rows_restored"))),
                             !match.isBool()  ? VerificationExport::tr("baseline")
                             : match.toBool() ? VerificationExport::tr("match")
                                              : VerificationExport::tr("differs")},
                            differs(table)};
    }
    return section;
}

Section objectsSection(const QJsonObject &figures)
{
    const QJsonObject objects = figures.value(QStringLiteral("objects")).toObject();
    Section section{VerificationExport::tr("Objects"),
                    VerificationExport::tr("In the dump's table of contents and in the restored "
                                           "database's catalog."),
                    {VerificationExport::tr("Kind"), VerificationExport::tr("In the dump"),
                     VerificationExport::tr("Restored")},
                    {},
                    {},
                    VerificationExport::tr("No objects were counted.")};
    for (const QString &key : objectKeys(objects)) {
        const QJsonObject count = objects.value(key).toObject();
        const qint64 dump = count.value(QStringLiteral("dump")).toInteger();
        const qint64 restored = count.value(QStringLiteral("restored")).toInteger();
        section.rows << Row{{objectLabel(key), QString::number(dump), QString::number(restored)},
                            dump != restored};
    }
    return section;
}

Section filesSection(const QJsonObject &figures)
{
    const QJsonObject files = figures.value(QStringLiteral("files")).toObject();
    Section section{VerificationExport::tr("Files"),
                    VerificationExport::tr("Every file of the archive against the manifest's "
                                           "list, by size and SHA-256."),
                    {VerificationExport::tr("Difference"), VerificationExport::tr("Path")},
                    {},
                    {},
                    VerificationExport::tr("No file is missing, extra or changed.")};
    const QList<std::pair<QString, QString>> groups = {
        {QStringLiteral("missing"), VerificationExport::tr("missing")},
        {QStringLiteral("changed"), VerificationExport::tr("changed")},
        {QStringLiteral("extra"), VerificationExport::tr("extra")}};
    for (const auto &[key, label] : groups) {
        for (const QString &path : strings(files.value(key)))
            section.rows << Row{{label, path}, true};
    }
    return section;
}

Document document(const VerificationRepository::Entry &entry)
{
    const QJsonObject &figures = entry.figures;
    const bool cancelled = figures.value(QStringLiteral("cancelled")).toBool();
    const bool storage = entry.kind == BackupRecord::kindKey(BackupRecord::Kind::Storage);
    Document doc;
    doc.title = VerificationExport::title(entry);
    doc.ok = entry.ok;
    doc.verdict = entry.ok ? QStringLiteral("PASS") : QStringLiteral("FAIL");
    const QString proof =
        entry.proven ? VerificationExport::tr("equality proven against the backup's manifest")
                     : VerificationExport::tr("equality not proven (no manifest: baseline)");
    if (cancelled)
        doc.summary = VerificationExport::tr("Cancelled: nothing was proven.");
    else if (!entry.ok)
        doc.summary = VerificationExport::tr("The backup does not restore to what was backed up.");
    else if (entry.proven)
        doc.summary =
            storage ? VerificationExport::tr("The archive equals the backup, file by file.")
                    : VerificationExport::tr("The restore equals the backup, table by table.");
    else
        doc.summary = VerificationExport::tr("Restored without errors, but there is no manifest "
                                             "to compare with: its figures are the baseline.");
    const QJsonObject target = figures.value(QStringLiteral("target")).toObject();
    QString database = orDash(entry.targetDatabase);
    if (!entry.targetDatabase.isEmpty()) {
        database += target.value(QStringLiteral("kept")).toBool()
                        ? VerificationExport::tr(" (kept)")
                        : VerificationExport::tr(" (dropped afterwards)");
    }
    doc.facts = {
        {VerificationExport::tr("Result"), doc.verdict},
        {VerificationExport::tr("Proof"), proof},
        {VerificationExport::tr("Verification"), QString::number(entry.id)},
        {VerificationExport::tr("Run by"), orDash(entry.actor)},
        {VerificationExport::tr("Started"), when(entry.startedAt)},
        {VerificationExport::tr("Finished"), when(entry.finishedAt)},
        {VerificationExport::tr("Environment"), entry.environment},
        {VerificationExport::tr("Backup"), entry.backup},
        {VerificationExport::tr("Job"),
         entry.job.isEmpty() ? VerificationExport::tr("— (a file on the workstation)") : entry.job},
        {VerificationExport::tr("Kind"), storage ? VerificationExport::tr("storage archive")
                                                 : VerificationExport::tr("database dump")},
        {VerificationExport::tr("SHA-256"), orDash(entry.sha256)},
        {VerificationExport::tr("Target server"),
         storage || entry.targetEnvironment.isEmpty()
             ? VerificationExport::tr("— (nothing restored)")
             : VerificationExport::tr("the PostgreSQL server of %1").arg(entry.targetEnvironment)},
        {VerificationExport::tr("Scratch database"), database},
    };
    doc.sections << stepsSection(figures);
    const QJsonObject files = figures.value(QStringLiteral("files")).toObject();
    const bool anyFile = std::any_of(files.begin(), files.end(), [](const QJsonValue &list) {
        return !list.toArray().isEmpty();
    });
    if (!storage) {
        doc.sections << tablesSection(figures, entry.proven) << objectsSection(figures);
    }
    if (storage || anyFile)
        doc.sections << filesSection(figures);
    doc.sections << Section{VerificationExport::tr("Errors"),
                            VerificationExport::tr("Every pg_restore error line, and what else "
                                                   "went wrong."),
                            {},
                            {},
                            strings(figures.value(QStringLiteral("errors"))),
                            VerificationExport::tr("No errors.")};
    return doc;
}

QString markdownTable(const Section &section)
{
    const auto line = [](const QStringList &cells) {
        return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    };
    QStringList header;
    QStringList rule;
    for (const QString &column : section.columns) {
        header << markdownText(column);
        rule << QStringLiteral("---");
    }
    QString out = line(header) + line(rule);
    for (const Row &row : section.rows) {
        QStringList cells;
        for (const QString &cell : row.cells) {
            const QString text = markdownText(cell);
            cells << (row.differs ? QStringLiteral("**%1**").arg(text) : text);
        }
        out += line(cells);
    }
    return out;
}

} // namespace

VerificationExport::Format VerificationExport::formatFromKey(const QString &key)
{
    if (key == QLatin1String("md"))
        return Format::Markdown;
    if (key == QLatin1String("pdf"))
        return Format::Pdf;
    throw Error(ErrorKind::BadInput, tr("Export format \"%1\" is not one of md, pdf.").arg(key));
}

VerificationExport::Format VerificationExport::formatOfPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("md") || suffix == QLatin1String("markdown") ? Format::Markdown
                                                                                : Format::Pdf;
}

QString VerificationExport::title(const VerificationRepository::Entry &entry)
{
    return tr("Restore verification of %1, backup %2").arg(entry.environment, entry.backup);
}

QString VerificationExport::markdown(const VerificationRepository::Entry &entry)
{
    const Document doc = document(entry);
    QString out = QStringLiteral("# %1\n\n**%2**: %3\n\n")
                      .arg(markdownText(doc.title), doc.verdict, markdownText(doc.summary));
    for (const auto &[label, value] : doc.facts)
        out += QStringLiteral("- **%1:** %2\n").arg(markdownText(label), markdownText(value));
    for (const Section &section : doc.sections) {
        out += QStringLiteral("\n## %1\n\n").arg(markdownText(section.heading));
        if (!section.note.isEmpty())
            out += markdownText(section.note) + QStringLiteral("\n\n");
        if (section.rows.isEmpty() && section.lines.isEmpty()) {
            out += markdownText(section.none) + QLatin1Char('\n');
        } else if (!section.columns.isEmpty()) {
            out += markdownTable(section);
        } else {
            for (const QString &line : section.lines)
                out += QStringLiteral("- %1\n").arg(markdownText(line));
        }
    }
    return out;
}

QString VerificationExport::html(const VerificationRepository::Entry &entry)
{
    const Document doc = document(entry);
    const auto e = [](const QString &text) { return text.toHtmlEscaped(); };
    const QString bad = QStringLiteral("#b00020");
    QString out = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                                 "<body><h1>%1</h1><p><span style=\"font-size: 16pt; "
                                 "font-weight: bold; color: %2\">%3</span>&nbsp;&nbsp;%4</p>")
                      .arg(e(doc.title), doc.ok ? QStringLiteral("#1b7f3b") : bad, doc.verdict,
                           e(doc.summary));
    out += QStringLiteral("<table border=\"1\" style=\"border-collapse: collapse\" "
                          "cellspacing=\"0\" cellpadding=\"4\">");
    for (const auto &[label, value] : doc.facts) {
        out += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>")
                   .arg(e(label), e(value));
    }
    out += QStringLiteral("</table>");
    for (const Section &section : doc.sections) {
        out += QStringLiteral("<h2>%1</h2>").arg(e(section.heading));
        if (!section.note.isEmpty())
            out += QStringLiteral("<p>%1</p>").arg(e(section.note));
        if (section.rows.isEmpty() && section.lines.isEmpty()) {
            out += QStringLiteral("<p>%1</p>").arg(e(section.none));
        } else if (!section.columns.isEmpty()) {
            out += QStringLiteral("<table border=\"1\" style=\"border-collapse: collapse\" "
                                  "cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                                  "<thead><tr>");
            for (const QString &column : section.columns)
                out += QStringLiteral("<th align=\"left\">%1</th>").arg(e(column));
            // The header row again on every page the table runs onto.
            out += QStringLiteral("</tr></thead>");
            for (const Row &row : section.rows) {
                out += QStringLiteral("<tr>");
                for (const QString &cell : row.cells) {
                    out += row.differs ? QStringLiteral("<td style=\"color: %1\"><b>%2</b></td>")
                                             .arg(bad, e(cell))
                                       : QStringLiteral("<td>%1</td>").arg(e(cell));
                }
                out += QStringLiteral("</tr>");
            }
            out += QStringLiteral("</table>");
        } else {
            out += QStringLiteral("<ul>");
            for (const QString &line : section.lines)
                out += QStringLiteral("<li style=\"white-space: pre-wrap\">%1</li>").arg(e(line));
            out += QStringLiteral("</ul>");
        }
    }
    return out + QStringLiteral("</body></html>");
}

void VerificationExport::write(const VerificationRepository::Entry &entry, Format format,
                               const QString &path)
{
    if (format == Format::Pdf) {
        PdfDocument::write(html(entry), title(entry), path);
        return;
    }
    QSaveFile file(path);
    const QByteArray bytes = markdown(entry).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        throw Error(ErrorKind::BadInput, tr("Cannot write %1: %2.").arg(path, file.errorString()));
    }
}

} // namespace blihops
