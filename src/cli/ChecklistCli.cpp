#include "ChecklistCli.h"

#include "CliContext.h"
#include "util/Error.h"

namespace blihops::cli {

namespace {

qint64 positiveNumber(const QString &text, const char *what)
{
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number < 1) {
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("%1 must be a number such as 3, not \"%2\": `blihopsctl "
                                   "checklist list` and `checklist show RUN` show them.")
                        .arg(QLatin1String(what), text));
    }
    return number;
}

QString when(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void printItemText(QTextStream &out, const ChecklistItem &item)
{
    out << QString::number(item.number).rightJustified(4) << ' '
        << QStringLiteral("[%1]").arg(itemStateKey(item.state).leftJustified(7)) << ' '
        << QString(item.depth * 2, QLatin1Char(' ')) << item.text << '\n';
    const QString indent(14 + item.depth * 2, QLatin1Char(' '));
    if (item.tie.isTied())
        out << indent << "check: " << item.tie.toString() << '\n';
    if (!item.note.isEmpty())
        out << indent << "note: " << item.note << '\n';
    for (const Evidence &evidence : item.evidence) {
        out << indent << "evidence: " << evidence.toString();
        if (!evidence.detail.isEmpty())
            out << " (" << QString(evidence.detail).replace(QLatin1Char('\n'), QStringLiteral("; "))
                << ')';
        out << '\n';
    }
    if (item.waiver)
        out << indent << "waived: " << item.waiver->reason << " (" << item.waiver->by << ", "
            << when(item.waiver->at) << ")\n";
}

} // namespace

qint64 ChecklistCli::runId(const QString &text)
{
    return positiveNumber(text, "RUN");
}

int ChecklistCli::itemNumber(const QString &text)
{
    return int(positiveNumber(text, "ITEM"));
}

void ChecklistCli::printRun(CliContext &context, const ChecklistRun &run)
{
    if (context.json()) {
        context.printJson(run.toJson());
        return;
    }
    QTextStream &out = context.out();
    out << "Run " << run.id << ": " << run.templateTitle << " (" << run.templateKey << ")\n"
        << run.environment << ", release " << run.release << ", revision " << run.revision << " of "
        << run.latestRevision << ", " << run.stateKey() << ", " << run.decidedCount() << " of "
        << run.items.size() << " decided\n"
        << "started " << when(run.createdAt) << " by " << run.createdBy << '\n';
    QString section;
    bool first = true;
    for (const ChecklistItem &item : run.items) {
        if (first || item.section != section) {
            section = item.section;
            out << '\n' << (section.isEmpty() ? QStringLiteral("(no section)") : section) << '\n';
            first = false;
        }
        printItemText(out, item);
    }
    out << '\n';
    if (run.signOff) {
        out << "signed off by " << run.signOff->name << " (" << run.signOff->role << ") "
            << when(run.signOff->at) << " as " << run.signOff->actor;
        if (!run.signOff->comment.isEmpty())
            out << ": " << run.signOff->comment;
        out << '\n';
    } else {
        out << "not signed off\n";
    }
    out.flush();
}

void ChecklistCli::printItem(CliContext &context, qint64 run, const ChecklistItem &item)
{
    if (context.json()) {
        context.printJson({{QStringLiteral("run"), run}, {QStringLiteral("item"), item.toJson()}});
        return;
    }
    printItemText(context.out(), item);
    context.out().flush();
}

} // namespace blihops::cli
