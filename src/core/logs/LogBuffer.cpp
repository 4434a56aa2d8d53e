#include "logs/LogBuffer.h"

namespace blihops {

LogBuffer::LogBuffer(qsizetype capacity) : m_capacity(std::max<qsizetype>(1, capacity)) {}

qsizetype LogBuffer::setCapacity(qsizetype capacity)
{
    m_capacity = std::max<qsizetype>(1, capacity);
    const qsizetype excess = std::max<qsizetype>(0, size() - m_capacity);
    dropOldest(excess);
    return excess;
}

void LogBuffer::clear()
{
    m_firstSerial = endSerial();
    m_entries.clear();
    m_chunks.clear();
    m_full.clear();
    m_fullBytes = 0;
    m_dropped = 0;
}

void LogBuffer::appendText(QByteArrayView text, Entry *entry)
{
    if (m_chunks.empty() ||
        m_chunks.back().data.size() + text.size() > m_chunks.back().data.capacity()) {
        Chunk chunk;
        // A small first blob: most logs a viewer opens are a thousand lines.
        chunk.data.reserve(
            std::max(text.size(), m_chunks.empty() ? kFirstChunkBytes : kChunkBytes));
        chunk.number = m_nextChunk++;
        m_chunks.push_back(std::move(chunk));
    }
    Chunk &chunk = m_chunks.back();
    entry->chunk = chunk.number;
    entry->offset = quint32(chunk.data.size());
    entry->length = quint32(text.size());
    chunk.data.append(text);
    ++chunk.lines;
}

qsizetype LogBuffer::makeRoom(qsizetype incoming)
{
    const qsizetype excess =
        std::max<qsizetype>(0, size() + std::min(incoming, m_capacity) - m_capacity);
    dropOldest(excess);
    return excess;
}

qsizetype LogBuffer::append(const QList<LogLine> &lines)
{
    // Lines that would be dropped at once are not stored at all.
    const qsizetype skip = std::max<qsizetype>(0, lines.size() - m_capacity);
    const qsizetype dropped = makeRoom(lines.size());
    m_firstSerial += skip;
    m_dropped += skip;
    for (qsizetype i = skip; i < lines.size(); ++i) {
        const LogLine &line = lines.at(i);
        Entry entry{};
        entry.timestampNs = line.timestampNs;
        entry.source = quint16(line.source);
        entry.stream = quint8(line.stream);
        entry.truncated = line.truncated();
        appendText(line.text(), &entry);
        if (entry.truncated) {
            const qint64 serial = endSerial();
            // Its own block of its own size: a line joined from pieces grew by doubling.
            QByteArray full = line.full;
            if (full.capacity() > full.size() + full.size() / 8)
                full = QByteArray(full.constData(), full.size());
            m_full[serial] = {full, line.fullLength};
            m_fullBytes += line.full.size();
            // Over the budget the oldest whole texts go first (never the newest).
            for (auto it = m_full.begin(); m_fullBytes > kFullTextBudget && it->first != serial;
                 ++it) {
                m_fullBytes -= it->second.text.size();
                it->second.text = QByteArray();
            }
        }
        m_entries.push_back(entry);
    }
    return dropped + skip;
}

void LogBuffer::dropOldest(qsizetype count)
{
    for (qsizetype i = 0; i < count && !m_entries.empty(); ++i) {
        const Entry &entry = m_entries.front();
        if (entry.truncated) {
            const auto full = m_full.find(m_firstSerial);
            if (full != m_full.end()) {
                m_fullBytes -= full->second.text.size();
                m_full.erase(full);
            }
        }
        --m_chunks[entry.chunk - m_chunks.front().number].lines;
        m_entries.pop_front();
        ++m_firstSerial;
        ++m_dropped;
        // A blob goes with its last line, unless more text is still to be added to it.
        while (m_chunks.size() > 1 && m_chunks.front().lines == 0)
            m_chunks.pop_front();
    }
}

QByteArrayView LogBuffer::text(qsizetype index) const
{
    const Entry &entry = m_entries[size_t(index)];
    const Chunk &chunk = m_chunks[entry.chunk - m_chunks.front().number];
    return QByteArrayView(chunk.data.constData() + entry.offset, entry.length);
}

qsizetype LogBuffer::fullLength(qsizetype index) const
{
    if (!isTruncated(index))
        return text(index).size();
    const auto full = m_full.find(m_firstSerial + index);
    return full == m_full.end() ? text(index).size() : full->second.length;
}

std::optional<QByteArray> LogBuffer::fullText(qsizetype index) const
{
    if (!isTruncated(index))
        return text(index).toByteArray();
    const auto full = m_full.find(m_firstSerial + index);
    if (full == m_full.end() || full->second.text.isEmpty())
        return std::nullopt;
    return full->second.text;
}

qsizetype LogBuffer::memoryBytes() const
{
    qsizetype bytes = qsizetype(m_entries.size() * sizeof(Entry));
    for (const Chunk &chunk : m_chunks)
        bytes += chunk.data.capacity();
    for (const auto &[serial, full] : m_full)
        bytes += full.text.capacity() + qsizetype(sizeof(FullText));
    return bytes;
}

} // namespace blihops
