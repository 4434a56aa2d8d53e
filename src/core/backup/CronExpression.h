#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <array>
#include <bitset>

namespace blihops {

// A five-field crontab schedule as Debian's cron (Vixie cron 3.0 with Debian's patches)
// reads it: numbers, ranges a-b, steps */n and a-b/n, lists, month and weekday names
// (jan…dec, sun…sat, any case; 0 and 7 are Sunday) and the nicknames @yearly, @annually,
// @monthly, @weekly, @daily, @midnight and @hourly. When both day-of-month and day-of-week
// are restricted (neither begins with `*`) a day matches when either does, as cron ORs
// them; otherwise both must.
//
// nextRun() answers when the host's cron starts the job, in the host's zone, including on
// the days its clocks change. cron compares the local wall-clock minute with the last one it
// saw (cron.c, "wakeupKind"), which gives these rules, from cron(8) "Daylight Saving Time
// and other time changes":
//  - a fixed-time job (neither the minute nor the hour field begins with `*`) whose time
//    falls into a gap (clocks forward, the time does not exist that day) runs once, as soon
//    as the clock has jumped, i.e. at the first instant after the gap; a wildcard job (`*`
//    or `*/n` in the minute or hour, @hourly) skips the missing times;
//  - in a repeat (clocks back, the time happens twice) a fixed-time job runs only at the
//    first occurrence; a wildcard job runs at both;
//  - jumps of more than 3 hours are not treated as DST: fixed-time jobs in a larger gap are
//    skipped, and every job runs again in a larger repeat; a gap of at most 5 minutes runs
//    every job it skipped (cron just catches up minute by minute).
class CronExpression
{
    Q_DECLARE_TR_FUNCTIONS(CronExpression)

public:
    enum class Field
    {
        Minute,
        Hour,
        DayOfMonth,
        Month,
        DayOfWeek, // 0 = Sunday … 6 = Saturday
    };

    CronExpression() = default;
    // Throws Error(BadInput) naming the field, what was written and what it allows.
    static CronExpression parse(const QString &text);

    // As written (trimmed).
    QString text() const { return m_text; }
    // The values a field allows, ascending (day of week 0–6).
    QList<int> values(Field field) const;
    // False when the field begins with `*` (cron's *_STAR flags): it takes part in cron's
    // day-matching rule and in what counts as a wildcard job.
    bool isRestricted(Field field) const;
    // Neither minute nor hour begins with `*`: the DST rules above treat it as fixed-time.
    bool isFixedTime() const;

    // The first run strictly after `after`, in zone; invalid when there is none in the next
    // ten years (e.g. 30 February).
    QDateTime nextRun(const QDateTime &after, const QTimeZone &zone) const;
    QList<QDateTime> nextRuns(const QDateTime &after, const QTimeZone &zone, int count) const;
    // The largest gap between two consecutive runs over the year after `from` (at most
    // 20,000 runs looked at): how old the newest backup may get while the schedule works.
    qint64 intervalSeconds(const QDateTime &from, const QTimeZone &zone) const;

private:
    using Bits = std::bitset<60>;

    bool dayMatches(const QDate &date) const;

    QString m_text;
    std::array<Bits, 5> m_fields{};
    std::array<bool, 5> m_restricted{};
};

} // namespace blihops
