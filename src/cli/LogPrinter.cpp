#include "LogPrinter.h"

namespace blihops::cli {

namespace {

constexpr size_t kOutputBuffer = 1024 * 1024;

void write(std::FILE *file, QByteArrayView bytes)
{
    std::fwrite(bytes.data(), 1, size_t(bytes.size()), file);
}

} // namespace

LogPrinter::LogPrinter(bool timestamps, const LogFilter &filter, const QStringList &prefixes)
    : m_timestamps(timestamps), m_filter(filter)
{
    qsizetype width = 0;
    for (const QString &prefix : prefixes)
        width = std::max(width, prefix.size());
    for (const QString &prefix : prefixes)
        m_prefixes << prefix.leftJustified(width).toUtf8() + " | ";
    // Full buffering on both, even on a terminal: a log is written in blocks.
    std::setvbuf(stdout, nullptr, _IOFBF, kOutputBuffer);
    std::setvbuf(stderr, nullptr, _IOFBF, kOutputBuffer);
}

LogPrinter::~LogPrinter()
{
    flush();
}

std::FILE *LogPrinter::fileFor(StreamDemuxer::Stream stream) const
{
    return stream == StreamDemuxer::Stream::Stderr ? stderr : stdout;
}

void LogPrinter::print(const QList<LogRecord> &records)
{
    for (const LogRecord &record : records) {
        if (!m_filter.isEmpty()) {
            printFiltered(record);
            continue;
        }
        std::FILE *file = fileFor(record.stream);
        if (!m_prefixes.isEmpty()) {
            Line &line = m_lines[key(record)];
            if (!line.open)
                write(file, m_prefixes.value(record.source));
            line.open = !record.endsLine();
        }
        write(file, m_timestamps ? QByteArrayView(record.bytes) : record.text());
    }
}

void LogPrinter::printFiltered(const LogRecord &record)
{
    Line &line = m_lines[key(record)];
    if (!line.open && !m_prefixes.isEmpty())
        line.text = m_prefixes.value(record.source);
    line.open = true;
    line.text.append(m_timestamps ? QByteArrayView(record.bytes) : record.text());
    if (!record.endsLine())
        return;
    if (m_filter.matches(QByteArrayView(line.text).chopped(1)))
        write(fileFor(record.stream), line.text);
    line.text.clear();
    line.open = false;
}

void LogPrinter::finish()
{
    if (!m_filter.isEmpty()) {
        for (auto it = m_lines.begin(); it != m_lines.end(); ++it) {
            Line &line = it.value();
            if (!line.open || !m_filter.matches(QByteArrayView(line.text)))
                continue;
            std::FILE *file = fileFor(StreamDemuxer::Stream(it.key() & 0xFF));
            write(file, line.text);
            write(file, "\n");
        }
    }
    m_lines.clear();
    flush();
}

void LogPrinter::flush()
{
    std::fflush(stdout);
    std::fflush(stderr);
}

} // namespace blihops::cli
