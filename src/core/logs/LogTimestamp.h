#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace blihops {

// The engine's time of a log message, in nanoseconds since the epoch (UTC). The engine writes
// it as RFC 3339 with nine digits of fraction ("2024-05-01T10:00:00.123456789Z", Go's
// RFC3339NanoFixed); a daemon in another zone may write an offset instead of Z.
class LogTimestamp
{
public:
    // nullopt when text is not such a time.
    static std::optional<qint64> parse(QByteArrayView text);
    // As the engine writes it, in UTC: "2024-05-01T10:00:00.123456789Z" (30 bytes).
    static QByteArray format(qint64 nanoseconds);
    // As the engine's since= takes it back, exactly: "1714557600.123456789".
    static QByteArray sinceValue(qint64 nanoseconds);

    static constexpr qint64 kNanosPerSecond = 1000000000;
};

} // namespace blihops
