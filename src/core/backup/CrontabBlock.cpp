#include "backup/CrontabBlock.h"

#include "backup/CronExpression.h"
#include "remote/ShellQuote.h"
#include "util/Error.h"

namespace blihops {

namespace {

// The lines of a text, each with its own line end (the last one may have none).
QList<QByteArray> splitLines(const QByteArray &text)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype newline = text.indexOf('\n', start);
        const qsizetype end = newline < 0 ? text.size() : newline + 1;
        lines.append(text.mid(start, end - start));
        start = end;
    }
    return lines;
}

QByteArray withoutLineEnd(QByteArray line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

QByteArray lineEndOf(const QByteArray &text)
{
    const qsizetype newline = text.indexOf('\n');
    return newline > 0 && text.at(newline - 1) == '\r' ? QByteArrayLiteral("\r\n")
                                                       : QByteArrayLiteral("\n");
}

struct Span
{
    qsizetype begin; // index of the BEGIN line
    qsizetype end;   // index of the END line
};

std::optional<Span> locate(const QList<QByteArray> &lines, const QString &id)
{
    const QByteArray begin = CrontabBlock::beginMarker(id);
    const QByteArray end = CrontabBlock::endMarker(id);
    std::optional<Span> found;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (withoutLineEnd(lines.at(i)) != begin)
            continue;
        if (found) {
            throw Error(ErrorKind::BadInput,
                        CrontabBlock::tr("The crontab holds the block \"%1\" twice: remove one "
                                         "by hand (crontab -e) and try again.")
                            .arg(QString::fromUtf8(begin)));
        }
        qsizetype j = i + 1;
        while (j < lines.size() && withoutLineEnd(lines.at(j)) != end)
            ++j;
        if (j == lines.size()) {
            throw Error(ErrorKind::BadInput,
                        CrontabBlock::tr("The crontab opens the block \"%1\" but never closes it "
                                         "with \"%2\": fix it by hand (crontab -e); nothing was "
                                         "changed.")
                            .arg(QString::fromUtf8(begin), QString::fromUtf8(end)));
        }
        found = Span{i, j};
        i = j;
    }
    return found;
}

QByteArray joined(const QList<QByteArray> &lines, qsizetype from, qsizetype to)
{
    QByteArray text;
    for (qsizetype i = from; i < to; ++i)
        text += lines.at(i);
    return text;
}

void requireSingleLine(const QString &text, const QString &what)
{
    if (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        throw Error(ErrorKind::BadInput,
                    CrontabBlock::tr("%1 \"%2\" holds a line break, which a crontab line cannot.")
                        .arg(what, text));
    }
}

} // namespace

QString CrontabBlock::blockId(const QString &environment, const QString &job)
{
    for (const QString &name : {environment, job}) {
        requireSingleLine(name, tr("The name"));
        if (name.isEmpty() || name.contains(QLatin1Char('/'))) {
            throw Error(ErrorKind::BadInput,
                        tr("\"%1\" cannot name a crontab block: it must be non-empty and have no "
                           "slash.")
                            .arg(name));
        }
    }
    return environment + QLatin1Char('/') + job;
}

QByteArray CrontabBlock::beginMarker(const QString &id)
{
    return "# BEGIN blihops job " + id.toUtf8();
}

QByteArray CrontabBlock::endMarker(const QString &id)
{
    return "# END blihops job " + id.toUtf8();
}

QByteArray CrontabBlock::entryLine(const CronExpression &schedule, const QStringList &argv,
                                   const QString &logPath)
{
    for (const QString &word : argv + QStringList{logPath})
        requireSingleLine(word, tr("The command word"));
    QString command = shellQuote(argv);
    if (!logPath.isEmpty())
        command += QStringLiteral(" >>") + shellQuote(logPath) + QStringLiteral(" 2>&1");
    // crontab(5): "Percent-signs (%) in the command, unless escaped with backslash (\), will
    // be changed into newline characters"; cron drops the backslash again.
    command.replace(QLatin1Char('%'), QLatin1String("\\%"));
    return schedule.text().toUtf8() + ' ' + command.toUtf8();
}

std::optional<QByteArray> CrontabBlock::find(const QByteArray &crontab, const QString &id)
{
    const QList<QByteArray> lines = splitLines(crontab);
    const std::optional<Span> span = locate(lines, id);
    if (!span)
        return std::nullopt;
    return joined(lines, span->begin + 1, span->end);
}

QByteArray CrontabBlock::upsert(const QByteArray &crontab, const QString &id,
                                const QList<QByteArray> &blockLines)
{
    const QByteArray eol = lineEndOf(crontab);
    QByteArray block = beginMarker(id) + eol;
    for (const QByteArray &line : blockLines)
        block += withoutLineEnd(line) + eol;
    block += endMarker(id) + eol;

    const QList<QByteArray> lines = splitLines(crontab);
    if (const std::optional<Span> span = locate(lines, id))
        return joined(lines, 0, span->begin) + block + joined(lines, span->end + 1, lines.size());
    if (crontab.isEmpty() || crontab.endsWith('\n'))
        return crontab + block;
    return block + crontab;
}

QByteArray CrontabBlock::remove(const QByteArray &crontab, const QString &id)
{
    const QList<QByteArray> lines = splitLines(crontab);
    const std::optional<Span> span = locate(lines, id);
    if (!span)
        return crontab;
    return joined(lines, 0, span->begin) + joined(lines, span->end + 1, lines.size());
}

} // namespace blihops
