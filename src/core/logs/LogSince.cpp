#include "logs/LogSince.h"

#include "logs/LogTimestamp.h"
#include "util/Error.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace blihops {

namespace {

// Go's time.ParseDuration, plus d: nanoseconds, or nullopt when value is no duration.
std::optional<qint64> duration(const QString &value)
{
    static const QRegularExpression whole(
        QStringLiteral("^([-+]?)((?:(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:ns|us|µs|μs|ms|s|m|h|d))+)$"));
    static const QRegularExpression part(
        QStringLiteral("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h|d)"));
    const QRegularExpressionMatch match = whole.match(value);
    if (!match.hasMatch())
        return std::nullopt;
    double total = 0;
    for (auto it = part.globalMatch(match.captured(2)); it.hasNext();) {
        const QRegularExpressionMatch piece = it.next();
        const QString unit = piece.captured(2);
        const double scale = unit == QLatin1String("ns")   ? 1.0
                             : unit == QLatin1String("ms") ? 1e6
                             : unit == QLatin1String("s")  ? 1e9
                             : unit == QLatin1String("m")  ? 60e9
                             : unit == QLatin1String("h")  ? 3600e9
                             : unit == QLatin1String("d")  ? 86400e9
                                                           : 1e3; // us, µs
        total += piece.captured(1).toDouble() * scale;
    }
    return qint64(match.captured(1) == QLatin1String("-") ? -total : total);
}

} // namespace

QByteArray LogSince::engineValue(const QString &value, const QDateTime &now)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return {};
    // "0" is no duration for docker: it is the Unix time 0.
    if (const std::optional<qint64> before = duration(text); before && text != QLatin1String("0")) {
        const qint64 start = now.toMSecsSinceEpoch() * 1000000 - *before;
        // Go's Time.Unix() floors, also before 1970.
        qint64 seconds = start / LogTimestamp::kNanosPerSecond;
        if (start % LogTimestamp::kNanosPerSecond < 0)
            --seconds;
        return QByteArray::number(seconds);
    }
    static const QRegularExpression unixTime(QStringLiteral("^\\d+(\\.\\d{1,9})?$"));
    if (unixTime.match(text).hasMatch())
        return text.toLatin1();
    static const QRegularExpression time(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2})(?::(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?)?"
        "(Z|z|[+-]\\d{2}:\\d{2})?$"));
    const QRegularExpressionMatch match = time.match(text);
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    const QTime clock(match.captured(2).toInt(), match.captured(3).toInt(),
                      match.captured(4).toInt());
    if (!match.hasMatch() || !date.isValid() || !clock.isValid()) {
        throw Error(ErrorKind::BadInput,
                    tr("\"%1\" is not a time or a duration: give a duration such as 10m, 2h "
                       "or 1d, an RFC 3339 time such as 2024-05-01T10:00:00Z, or Unix "
                       "seconds.")
                        .arg(value));
    }
    const QString zone = match.captured(6);
    QDateTime at;
    if (zone.isEmpty()) {
        // As docker: the zone's offset now, not the one it had at that date.
        at = QDateTime(date, clock, QTimeZone(now.toLocalTime().offsetFromUtc()));
    } else if (zone.compare(QLatin1String("z"), Qt::CaseInsensitive) == 0) {
        at = QDateTime(date, clock, QTimeZone::utc());
    } else {
        const int offset = (zone.mid(1, 2).toInt() * 3600 + zone.mid(4, 2).toInt() * 60) *
                           (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
        at = QDateTime(date, clock, QTimeZone(offset));
    }
    const qint64 nanos = at.toSecsSinceEpoch() * LogTimestamp::kNanosPerSecond +
                         match.captured(5).leftJustified(9, QLatin1Char('0')).toLongLong();
    return LogTimestamp::sinceValue(nanos);
}

} // namespace blihops
