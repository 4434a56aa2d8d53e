#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace blihops {

// What a user may give as "since" (blihopsctl logs --since, the viewer's Since box), read as
// `docker logs --since` reads it, and turned into the value the engine's since= takes
// ("seconds.nanoseconds"), so that both ask the engine the same:
//   - a duration before now in Go's units, e.g. 10m, 1h30m, 90s, 1.5h; and d for days (1d),
//     which docker itself refuses: the start is truncated to the second, as docker does;
//   - an RFC 3339 time, e.g. 2024-05-01T10:00:00Z, 2024-05-01T12:00:00.5+02:00; without a
//     zone (2024-05-01T10:00, 2024-05-01) it is local time; the hours alone (2024-05-01T10)
//     and minutes may be left out;
//   - Unix seconds, e.g. 1714557600 or 1714557600.123456789, passed on as they are.
class LogSince
{
    Q_DECLARE_TR_FUNCTIONS(LogSince)

public:
    // Throws Error(BadInput) naming the accepted forms. An empty value gives an empty result.
    static QByteArray engineValue(const QString &value,
                                  const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace blihops
