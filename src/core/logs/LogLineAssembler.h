#pragma once

#include "logs/LogLine.h"
#include "logs/LogRecord.h"

#include <QHash>
#include <QList>

namespace blihops {

// Turns records (the engine's messages) into lines: the pieces of a long line, which the
// engine sends without newline, are joined per container and stream until the piece that
// ends it. A line longer than kMaxKeptBytes keeps that much (cut at a character) with the
// whole text beside it; a line that never ends is ended at kLongestLine.
class LogLineAssembler
{
public:
    static constexpr qsizetype kMaxKeptBytes = 64 * 1024;
    static constexpr qsizetype kLongestLine = 16 * 1024 * 1024;

    void add(const QList<LogRecord> &records, QList<LogLine> *out);
    // The log ended: lines still waiting for their end are complete as they are.
    void finish(QList<LogLine> *out);
    // Forgets unfinished lines (the log is read again from its start).
    void clear() { m_pending.clear(); }

    // A line of text (its newline and \r taken off).
    static LogLine line(qint64 timestampNs, StreamDemuxer::Stream stream, int source,
                        const QByteArray &bytes, qsizetype start, qsizetype length);

private:
    struct Pending
    {
        qint64 timestampNs = 0;
        QByteArray text;
    };
    static quint64 key(int source, StreamDemuxer::Stream stream)
    {
        return (quint64(quint32(source)) << 8) | quint64(stream);
    }

    QHash<quint64, Pending> m_pending;
};

} // namespace blihops
