#include "logs/LogLineAssembler.h"

namespace blihops {

LogLine LogLineAssembler::line(qint64 timestampNs, StreamDemuxer::Stream stream, int source,
                               const QByteArray &bytes, qsizetype start, qsizetype length)
{
    const char *data = bytes.constData() + start;
    if (length > 0 && data[length - 1] == '\n')
        --length;
    if (length > 0 && data[length - 1] == '\r')
        --length;
    LogLine result;
    result.timestampNs = timestampNs;
    result.stream = stream;
    result.source = source;
    result.bytes = bytes;
    result.start = start;
    result.fullLength = length;
    result.length = length;
    if (length > kMaxKeptBytes) {
        qsizetype kept = kMaxKeptBytes;
        // Not within a UTF-8 sequence: back to the byte that starts a character.
        while (kept > 0 && (quint8(data[kept]) & 0xC0) == 0x80)
            --kept;
        result.length = kept;
        result.full = start == 0 && length == bytes.size() ? bytes : bytes.mid(start, length);
    }
    return result;
}

void LogLineAssembler::add(const QList<LogRecord> &records, QList<LogLine> *out)
{
    for (const LogRecord &record : records) {
        const quint64 slot = key(record.source, record.stream);
        auto pending = m_pending.find(slot);
        if (pending == m_pending.end()) {
            if (record.endsLine()) {
                // The common case: one message, one line, no copy.
                out->append(line(record.timestampNs, record.stream, record.source, record.bytes,
                                 record.textStart, record.bytes.size() - record.textStart));
                continue;
            }
            pending = m_pending.insert(slot, {record.timestampNs, {}});
        }
        pending->text.append(record.text());
        if (record.endsLine() || pending->text.size() >= kLongestLine) {
            const Pending done = *pending;
            m_pending.erase(pending);
            out->append(line(done.timestampNs, record.stream, record.source, done.text, 0,
                             done.text.size()));
        }
    }
}

void LogLineAssembler::finish(QList<LogLine> *out)
{
    QList<quint64> keys = m_pending.keys();
    // In time order, as they would have come.
    std::sort(keys.begin(), keys.end(), [this](quint64 a, quint64 b) {
        return m_pending.value(a).timestampNs < m_pending.value(b).timestampNs;
    });
    for (const quint64 slot : keys) {
        const Pending &pending = m_pending[slot];
        out->append(line(pending.timestampNs, StreamDemuxer::Stream(slot & 0xFF), int(slot >> 8),
                         pending.text, 0, pending.text.size()));
    }
    m_pending.clear();
}

} // namespace blihops
