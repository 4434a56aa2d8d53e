#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace blihops {

class CronExpression;

// A marked block of a crontab, owned by one job:
//
//     # BEGIN blihops job ENV/JOB
//     0 2 * * * '/bin/sh' '/backups/.blihops/ENV-JOB.sh' >>'/backups/.blihops/ENV-JOB.log' 2>&1
//     # END blihops job ENV/JOB
//
// Pure text functions over the bytes `crontab -l` prints: every byte outside the block
// survives (comments, MAILTO= and other variables, other blocks, CRLF line ends, a missing
// final newline), so that removing a block after inserting it gives the original back.
// A new block goes at the end; when the text does not end in a newline it goes at the start
// instead, so that the user's last line is not touched. Block lines use the text's line end.
// The block holds job lines only, never variable assignments, which would apply to every
// line after it.
class CrontabBlock
{
    Q_DECLARE_TR_FUNCTIONS(CrontabBlock)

public:
    // "ENV/JOB"; throws Error(BadInput) for a name with a line break or a slash.
    static QString blockId(const QString &environment, const QString &job);
    static QByteArray beginMarker(const QString &id);
    static QByteArray endMarker(const QString &id);

    // One crontab line that runs argv on the schedule, its output appended to logPath when
    // given: words through shellQuote, `%` escaped (cron turns a bare one into a newline).
    // Throws Error(BadInput) for a line break in argv or logPath.
    static QByteArray entryLine(const CronExpression &schedule, const QStringList &argv,
                                const QString &logPath = {});

    // The lines between the markers (with their line ends), or nullopt without the block.
    // Throws Error(BadInput) for a block that is opened and not closed, or found twice.
    static std::optional<QByteArray> find(const QByteArray &crontab, const QString &id);
    // The crontab with the block holding `lines` (line ends added where missing), in place
    // of the old block or added.
    static QByteArray upsert(const QByteArray &crontab, const QString &id,
                             const QList<QByteArray> &lines);
    // The crontab without the block; unchanged when there is none.
    static QByteArray remove(const QByteArray &crontab, const QString &id);
};

} // namespace blihops
