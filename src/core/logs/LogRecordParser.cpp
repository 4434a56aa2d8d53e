#include "logs/LogRecordParser.h"

#include "logs/LogTimestamp.h"

namespace blihops {

LogRecord LogRecordParser::record(StreamDemuxer::Stream stream, const QByteArray &bytes)
{
    LogRecord result;
    result.stream = stream;
    result.bytes = bytes;
    result.timestampNs = m_lastTimestamp;
    if (!m_times)
        return result;
    const qsizetype space =
        QByteArrayView(bytes).first(std::min(bytes.size(), kLongestTime)).indexOf(' ');
    if (space > 0) {
        if (const std::optional<qint64> time =
                LogTimestamp::parse(QByteArrayView(bytes).first(space))) {
            result.timestampNs = *time;
            result.textStart = space + 1;
            m_lastTimestamp = *time;
        }
    }
    return result;
}

void LogRecordParser::addFrame(StreamDemuxer::Stream stream, const QByteArray &payload,
                               QList<LogRecord> *out)
{
    if (stream == StreamDemuxer::Stream::Systemerr) {
        m_engineError = QString::fromUtf8(payload).trimmed();
        return;
    }
    out->append(record(stream, payload));
}

qsizetype LogRecordParser::textAfterTime(qsizetype at) const
{
    const QByteArrayView rest = QByteArrayView(m_pending).sliced(at);
    const qsizetype space = rest.first(std::min(rest.size(), kLongestTime)).indexOf(' ');
    if (space < 0)
        return rest.size() < kLongestTime ? kMoreBytes : kNoTime;
    return LogTimestamp::parse(rest.first(space)) ? at + space + 1 : kNoTime;
}

qsizetype LogRecordParser::rawMessageLength(bool atEnd) const
{
    const qsizetype available = m_pending.size() - m_offset;
    if (available == 0)
        return 0;
    if (!m_times) {
        const qsizetype newline = m_pending.indexOf('\n', m_offset);
        if (newline >= 0)
            return newline + 1 - m_offset;
        return atEnd || available >= kLongestRawMessage ? available : 0;
    }
    qsizetype text = textAfterTime(m_offset);
    if (text == kMoreBytes)
        return atEnd ? available : 0;
    if (text == kNoTime)
        text = m_offset; // not what the engine sends: taken as text up to its newline
    const qsizetype newline = m_pending.indexOf('\n', text);
    const qsizetype pieceEnd = text + kPieceBytes;
    if (newline >= 0 && newline < pieceEnd)
        return newline + 1 - m_offset;
    if (m_pending.size() >= pieceEnd) {
        // No newline in a whole piece: it is one, if the next message's time follows it.
        const qsizetype next = textAfterTime(pieceEnd);
        if (next == kMoreBytes && !atEnd)
            return 0;
        if (next >= 0)
            return pieceEnd - m_offset;
        if (newline >= 0)
            return newline + 1 - m_offset;
    }
    if (atEnd || available >= kLongestRawMessage)
        return available;
    return 0;
}

void LogRecordParser::takeRaw(QList<LogRecord> *out, bool atEnd)
{
    while (const qsizetype length = rawMessageLength(atEnd)) {
        out->append(record(StreamDemuxer::Stream::Stdout, m_pending.mid(m_offset, length)));
        m_offset += length;
    }
    // Moved once per chunk, not once per message.
    m_pending.remove(0, m_offset);
    m_offset = 0;
}

void LogRecordParser::addRaw(const QByteArray &chunk, QList<LogRecord> *out)
{
    m_pending.append(chunk);
    takeRaw(out, false);
}

void LogRecordParser::finish(QList<LogRecord> *out)
{
    takeRaw(out, true);
}

void LogRecordParser::reset()
{
    m_pending.clear();
    m_offset = 0;
}

} // namespace blihops
