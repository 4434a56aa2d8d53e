#pragma once

#include "logs/LogFilter.h"
#include "logs/LogRecord.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <cstdio>

namespace blihops::cli {

// Prints log records as `docker logs` does: the stdout stream to stdout, the stderr stream
// (and a TTY's one stream) to stdout or stderr as it came, the text as the engine sent it,
// after the engine's own time with --timestamps (each 16 KiB piece of a long line has its
// own, as in docker's output). For a service, each line starts with its container's name,
// padded to the longest, and " | ", as `docker compose logs` prints it.
// With a filter, whole lines as they would be printed are matched and printed or not, per
// stream: `docker logs … 2>&1 | grep -E RE`, but with each line on its own stream. A last line
// without newline is printed with one, as grep does.
// Bytes, not text, and buffered: output is written in large blocks.
class LogPrinter
{
public:
    LogPrinter(bool timestamps, const LogFilter &filter, const QStringList &prefixes);
    ~LogPrinter();

    void print(const QList<LogRecord> &records);
    // The end of the log: lines still open are printed (with a filter), all is flushed.
    void finish();
    void flush();

private:
    struct Line
    {
        QByteArray text; // as it would be printed, so far
        bool open = false;
    };
    static quint64 key(const LogRecord &record)
    {
        return (quint64(quint32(record.source)) << 8) | quint64(record.stream);
    }
    void printFiltered(const LogRecord &record);
    std::FILE *fileFor(StreamDemuxer::Stream stream) const;

    bool m_timestamps;
    LogFilter m_filter;
    QList<QByteArray> m_prefixes;
    QHash<quint64, Line> m_lines; // per container and stream
};

} // namespace blihops::cli
