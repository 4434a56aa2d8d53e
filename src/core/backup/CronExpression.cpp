#include "backup/CronExpression.h"

#include "util/Error.h"

#include <QRegularExpression>
#include <optional>

namespace blihops {

namespace {

struct FieldSpec
{
    const char *name;
    int low;
    int high;
    QStringList names; // names[i] stands for low + i
};

const std::array<FieldSpec, 5> &fieldSpecs()
{
    static const std::array<FieldSpec, 5> specs = {{
        {QT_TRANSLATE_NOOP("CronExpression", "minute"), 0, 59, {}},
        {QT_TRANSLATE_NOOP("CronExpression", "hour"), 0, 23, {}},
        {QT_TRANSLATE_NOOP("CronExpression", "day of month"), 1, 31, {}},
        {QT_TRANSLATE_NOOP("CronExpression", "month"), 1, 12,
         QStringList{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                     "dec"}},
        // 7 is Sunday too, as in cron; folded onto 0 after parsing.
        {QT_TRANSLATE_NOOP("CronExpression", "day of week"), 0, 7,
         QStringList{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}},
    }};
    return specs;
}

// Debian cron's nicknames (entry.c); @reboot has no next run and is refused.
std::optional<QString> expandNickname(const QString &word)
{
    static const QHash<QString, QString> nicknames = {
        {QStringLiteral("@yearly"), QStringLiteral("0 0 1 1 *")},
        {QStringLiteral("@annually"), QStringLiteral("0 0 1 1 *")},
        {QStringLiteral("@monthly"), QStringLiteral("0 0 1 * *")},
        {QStringLiteral("@weekly"), QStringLiteral("0 0 * * 0")},
        {QStringLiteral("@daily"), QStringLiteral("0 0 * * *")},
        {QStringLiteral("@midnight"), QStringLiteral("0 0 * * *")},
        {QStringLiteral("@hourly"), QStringLiteral("0 * * * *")},
    };
    const auto it = nicknames.constFind(word);
    if (it == nicknames.cend())
        return std::nullopt;
    return *it;
}

// The three minutes-since-epoch thresholds of cron.c's wakeupKind, in seconds.
constexpr qint64 kCatchUpGap = 4 * 60;       // timeDiff <= 5: every skipped minute runs
constexpr qint64 kDstJump = 179 * 60;        // timeDiff <= 180: a DST change
constexpr qint64 kDstRepeat = 180 * 60;      // timeDiff > -180: a DST repeat
constexpr int kSearchDays = 3653;            // ten years: every date comes round
constexpr qint64 kMaxZoneOffset = 14 * 3600; // no zone is further ahead of UTC

qint64 naiveSeconds(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
}

// The zone around one local date: its offset, or the one transition within reach.
struct DayZone
{
    bool transition = false;
    qint64 at = 0;  // first instant with the new offset
    int before = 0; // offset before the transition (or the day's offset)
    int after = 0;  // offset from it on
};

DayZone dayZone(const QDate &date, const QTimeZone &zone)
{
    const qint64 midnight = naiveSeconds(date, QTime(0, 0));
    const qint64 from = midnight - kMaxZoneOffset;
    const qint64 to = midnight + 86400 + kMaxZoneOffset;
    DayZone day;
    const QTimeZone::OffsetData next =
        zone.nextTransition(QDateTime::fromSecsSinceEpoch(from - 1, Qt::UTC));
    if (next.atUtc.isValid() && next.atUtc.toSecsSinceEpoch() < to) {
        day.transition = true;
        day.at = next.atUtc.toSecsSinceEpoch();
        day.before = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(day.at - 1, Qt::UTC));
        day.after = next.offsetFromUtc;
    } else {
        day.before = day.after = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(from, Qt::UTC));
    }
    return day;
}

// Instants at which cron starts a job for one wall-clock time, in order.
QList<qint64> runsAt(const DayZone &day, qint64 local, bool fixedTime)
{
    if (!day.transition)
        return {local - day.before};
    const qint64 early = local - day.before; // the wall-clock time under the old offset
    const qint64 late = local - day.after;   // and under the new one
    const bool earlyValid = early < day.at;
    const bool lateValid = late >= day.at;
    if (earlyValid && lateValid) {
        // Clocks went back: the time happens twice.
        const bool again = !fixedTime || day.before - day.after > kDstRepeat;
        return again ? QList<qint64>{early, late} : QList<qint64>{early};
    }
    if (earlyValid)
        return {early};
    if (lateValid)
        return {late};
    // Clocks went forward over this time: cron runs what it skipped once the clock has jumped.
    const qint64 gap = day.after - day.before;
    if (gap <= kCatchUpGap || (fixedTime && gap <= kDstJump))
        return {day.at};
    return {};
}

} // namespace

CronExpression CronExpression::parse(const QString &input)
{
    CronExpression cron;
    cron.m_text = input.trimmed();
    QString expanded = cron.m_text;
    if (expanded.startsWith(QLatin1Char('@'))) {
        const std::optional<QString> fields = expandNickname(expanded);
        if (!fields) {
            throw Error(ErrorKind::BadInput,
                        tr("Cron schedule \"%1\": unknown nickname; cron knows @yearly, "
                           "@annually, @monthly, @weekly, @daily, @midnight and @hourly (@reboot "
                           "has no schedule to compute).")
                            .arg(cron.m_text));
        }
        expanded = *fields;
    }
    static const QRegularExpression blanks(QStringLiteral("[ \\t]+"));
    const QStringList words = expanded.split(blanks, Qt::SkipEmptyParts);
    if (words.size() != 5) {
        throw Error(ErrorKind::BadInput,
                    tr("Cron schedule \"%1\" has %2 fields; it needs five: minute, hour, day of "
                       "month, month, day of week (e.g. \"0 2 * * *\"), or a nickname such as "
                       "@daily.")
                        .arg(cron.m_text)
                        .arg(words.size()));
    }

    for (int index = 0; index < 5; ++index) {
        const FieldSpec &spec = fieldSpecs().at(index);
        const QString &word = words.at(index);
        const auto fail = [&](const QString &what) {
            QString allowed = tr("values %1–%2").arg(spec.low).arg(spec.high);
            if (!spec.names.isEmpty())
                allowed += tr(" or names %1–%2").arg(spec.names.first(), spec.names.last());
            return Error(ErrorKind::BadInput,
                         tr("Cron schedule \"%1\", field %2 (%3) \"%4\": %5. It allows %6, "
                            "ranges a-b, steps */n or a-b/n, and lists a,b,c.")
                             .arg(cron.m_text)
                             .arg(index + 1)
                             .arg(tr(spec.name), word, what, allowed));
        };
        const auto number = [&](const QString &text) {
            const int named = spec.names.indexOf(text.toLower());
            if (named >= 0)
                return spec.low + named;
            bool ok = false;
            const int value = text.toInt(&ok);
            if (!ok || text.startsWith(QLatin1Char('+')) || text.startsWith(QLatin1Char('-')))
                throw fail(tr("\"%1\" is not a number").arg(text));
            if (value < spec.low || value > spec.high)
                throw fail(tr("%1 is out of range").arg(value));
            return value;
        };

        // cron's *_STAR flags: the field's first character, whatever follows.
        cron.m_restricted[index] = !word.startsWith(QLatin1Char('*'));
        Bits bits;
        for (const QString &item : word.split(QLatin1Char(','))) {
            if (item.isEmpty())
                throw fail(tr("an empty list item"));
            const qsizetype slash = item.indexOf(QLatin1Char('/'));
            const QString range = slash < 0 ? item : item.left(slash);
            int first = spec.low;
            int last = spec.high;
            if (range != QLatin1String("*")) {
                const qsizetype dash = range.indexOf(QLatin1Char('-'));
                first = number(dash < 0 ? range : range.left(dash));
                last = dash < 0 ? first : number(range.mid(dash + 1));
                if (first > last)
                    throw fail(tr("the range %1 runs backwards").arg(range));
                // Debian's cron takes a step only after `*` or a range ("5/10" is refused).
                if (slash >= 0 && dash < 0)
                    throw fail(tr("a step needs a range before it (write %1-%2/%3)")
                                   .arg(first)
                                   .arg(spec.high)
                                   .arg(item.mid(slash + 1)));
            }
            int step = 1;
            if (slash >= 0) {
                bool ok = false;
                step = item.mid(slash + 1).toInt(&ok);
                if (!ok || step < 1)
                    throw fail(tr("the step must be a whole number of at least 1"));
            }
            for (int value = first; value <= last; value += step)
                bits.set(static_cast<size_t>(value));
        }
        if (index == static_cast<int>(Field::DayOfWeek) && bits.test(7)) {
            bits.reset(7);
            bits.set(0);
        }
        cron.m_fields[index] = bits;
    }
    return cron;
}

QList<int> CronExpression::values(Field field) const
{
    QList<int> result;
    const Bits &bits = m_fields.at(static_cast<size_t>(field));
    for (size_t value = 0; value < bits.size(); ++value) {
        if (bits.test(value))
            result.append(static_cast<int>(value));
    }
    return result;
}

bool CronExpression::isRestricted(Field field) const
{
    return m_restricted.at(static_cast<size_t>(field));
}

bool CronExpression::isFixedTime() const
{
    return isRestricted(Field::Minute) && isRestricted(Field::Hour);
}

bool CronExpression::dayMatches(const QDate &date) const
{
    if (!m_fields[3].test(static_cast<size_t>(date.month())))
        return false;
    const bool dom = m_fields[2].test(static_cast<size_t>(date.day()));
    const bool dow = m_fields[4].test(static_cast<size_t>(date.dayOfWeek() % 7));
    // cron.c: both restricted → either will do; otherwise both must match.
    if (isRestricted(Field::DayOfMonth) && isRestricted(Field::DayOfWeek))
        return dom || dow;
    return dom && dow;
}

QDateTime CronExpression::nextRun(const QDateTime &after, const QTimeZone &givenZone) const
{
    const QTimeZone zone = givenZone.isValid() ? givenZone : QTimeZone::utc();
    const qint64 afterMs = after.toMSecsSinceEpoch();
    const QList<int> hours = values(Field::Hour);
    const QList<int> minutes = values(Field::Minute);
    const bool fixed = isFixedTime();
    // The earliest run on one local date after `after`.
    const auto earliestOn = [&](const QDate &date) -> std::optional<qint64> {
        const DayZone day = dayZone(date, zone);
        std::optional<qint64> earliest;
        for (const int hour : hours) {
            for (const int minute : minutes) {
                for (const qint64 instant :
                     runsAt(day, naiveSeconds(date, QTime(hour, minute)), fixed)) {
                    if (instant * 1000 > afterMs && (!earliest || instant < *earliest))
                        earliest = instant;
                }
                // Without a clock change instants follow wall-clock order.
                if (earliest && !day.transition)
                    return earliest;
            }
        }
        return earliest;
    };
    // From the day before: its repeated hour may still lie ahead of `after`.
    const QDate start = after.toTimeZone(zone).date().addDays(-1);
    std::optional<qint64> best;
    for (int offset = 0; offset <= kSearchDays; ++offset) {
        const QDate date = start.addDays(offset);
        // Every instant of this local date lies after `best`: nothing later can win.
        if (best && naiveSeconds(date, QTime(0, 0)) - kMaxZoneOffset > *best)
            break;
        if (!dayMatches(date))
            continue;
        const std::optional<qint64> earliest = earliestOn(date);
        if (earliest && (!best || *earliest < *best))
            best = earliest;
    }
    if (!best)
        return {};
    return QDateTime::fromSecsSinceEpoch(*best, zone);
}

QList<QDateTime> CronExpression::nextRuns(const QDateTime &after, const QTimeZone &zone,
                                          int count) const
{
    QList<QDateTime> runs;
    QDateTime at = after;
    while (runs.size() < count) {
        at = nextRun(at, zone);
        if (!at.isValid())
            break;
        runs.append(at);
    }
    return runs;
}

qint64 CronExpression::intervalSeconds(const QDateTime &from, const QTimeZone &zone) const
{
    const qint64 horizon = from.toSecsSinceEpoch() + 366 * 86400;
    qint64 largest = 0;
    QDateTime previous = nextRun(from, zone);
    for (int runs = 0; previous.isValid() && runs < 20000; ++runs) {
        const QDateTime next = nextRun(previous, zone);
        if (!next.isValid())
            break;
        largest = std::max(largest, previous.secsTo(next));
        if (next.toSecsSinceEpoch() > horizon)
            break;
        previous = next;
    }
    return largest;
}

} // namespace blihops
