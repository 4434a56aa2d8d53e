#include "logs/LogTimestamp.h"

#include <cstdio>

namespace blihops {

namespace {

// Howard Hinnant's days_from_civil and civil_from_days: exact for every Gregorian date, with
// no time-zone database in between (QDateTime would cost a conversion per log line).
qint64 daysFromCivil(qint64 year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const auto yoe = unsigned(year - era * 400);
    const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 days, qint64 *year, unsigned *month, unsigned *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const auto doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *day = doy - (153 * mp + 2) / 5 + 1;
    *month = mp < 10 ? mp + 3 : mp - 9;
    *year = qint64(yoe) + era * 400 + (*month <= 2);
}

// Reads count digits at text[at]; -1 unless they all are digits.
int digits(QByteArrayView text, qsizetype at, int count)
{
    if (at + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text.at(at + i);
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

std::optional<qint64> LogTimestamp::parse(QByteArrayView text)
{
    // YYYY-MM-DDTHH:MM:SS
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 ||
        minute < 0 || minute > 59 || second < 0 || second > 60 || text.at(4) != '-' ||
        text.at(7) != '-' || text.at(10) != 'T' || text.at(13) != ':' || text.at(16) != ':') {
        return std::nullopt;
    }
    qsizetype at = 19;
    qint64 fraction = 0;
    if (at < text.size() && text.at(at) == '.') {
        int count = 0;
        for (++at; at < text.size() && text.at(at) >= '0' && text.at(at) <= '9'; ++at) {
            if (count++ < 9)
                fraction = fraction * 10 + (text.at(at) - '0');
        }
        if (count == 0)
            return std::nullopt;
        for (; count < 9; ++count)
            fraction *= 10;
    }
    qint64 offsetSeconds = 0;
    if (at < text.size() && text.at(at) == 'Z') {
        ++at;
    } else if (at < text.size() && (text.at(at) == '+' || text.at(at) == '-')) {
        const int offsetHours = digits(text, at + 1, 2);
        const int offsetMinutes = digits(text, at + 4, 2);
        if (offsetHours < 0 || offsetMinutes < 0 || text.at(at + 3) != ':')
            return std::nullopt;
        offsetSeconds = (text.at(at) == '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
        at += 6;
    } else {
        return std::nullopt;
    }
    if (at != text.size())
        return std::nullopt;
    const qint64 seconds = daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 +
                           hour * 3600 + minute * 60 + second - offsetSeconds;
    return seconds * kNanosPerSecond + fraction;
}

QByteArray LogTimestamp::format(qint64 nanoseconds)
{
    qint64 seconds = nanoseconds / kNanosPerSecond;
    qint64 fraction = nanoseconds % kNanosPerSecond;
    if (fraction < 0) {
        fraction += kNanosPerSecond;
        --seconds;
    }
    qint64 days = seconds / 86400;
    qint64 ofDay = seconds % 86400;
    if (ofDay < 0) {
        ofDay += 86400;
        --days;
    }
    qint64 year = 0;
    unsigned month = 0;
    unsigned day = 0;
    civilFromDays(days, &year, &month, &day);
    char text[48];
    const int size =
        std::snprintf(text, sizeof text, "%04lld-%02u-%02uT%02lld:%02lld:%02lld.%09lldZ",
                      static_cast<long long>(year), month, day,
                      static_cast<long long>(ofDay / 3600), static_cast<long long>(ofDay / 60 % 60),
                      static_cast<long long>(ofDay % 60), static_cast<long long>(fraction));
    return QByteArray(text, size);
}

QByteArray LogTimestamp::sinceValue(qint64 nanoseconds)
{
    return QByteArray::number(nanoseconds / kNanosPerSecond) + '.' +
           QByteArray::number(nanoseconds % kNanosPerSecond).rightJustified(9, '0');
}

} // namespace blihops
