#pragma once

#include <QDateTime>
#include <QString>

namespace blihops {

// The workspace stores times as ISO-8601 UTC text with milliseconds, on SQLite and
// PostgreSQL alike, so that they sort and compare the same way on both.
inline QString utcTimestamp(const QDateTime &at = QDateTime::currentDateTimeUtc())
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromUtcTimestamp(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace blihops
