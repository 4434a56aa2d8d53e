#pragma once

#include "logs/LogLine.h"

#include <QByteArray>
#include <QList>
#include <deque>
#include <map>
#include <optional>

namespace blihops {

// The lines a viewer holds, at most capacity() of them: the oldest go when it is full, and
// are counted. Text lives in blobs of a megabyte, each line a record of 24 bytes (time,
// place, length, stream, container), not an object of its own: 100,000 lines take their
// text plus 2.4 MB. A truncated line's whole text is kept beside, within a budget; the
// oldest of those give theirs up first.
// Lines are addressed by index (0 the oldest kept) or by serial, which counts every line
// ever appended and so stays the same while older lines go.
// Copies share the text blobs: a copy for a background save costs the records only.
class LogBuffer
{
public:
    static constexpr qsizetype kDefaultCapacity = 200000;
    static constexpr qsizetype kFullTextBudget = 64 * 1024 * 1024;

    explicit LogBuffer(qsizetype capacity = kDefaultCapacity);

    qsizetype capacity() const { return m_capacity; }
    // Drops the oldest lines beyond the new capacity; returns how many.
    qsizetype setCapacity(qsizetype capacity);
    // Drops what must go for incoming more lines; returns how many (for a model, which must
    // announce removed rows before they go).
    qsizetype makeRoom(qsizetype incoming);
    // Returns how many of the oldest lines were dropped to make room; of a batch larger than
    // the capacity only the newest are kept.
    qsizetype append(const QList<LogLine> &lines);
    void clear();

    qsizetype size() const { return qsizetype(m_entries.size()); }
    bool isEmpty() const { return m_entries.empty(); }
    qint64 firstSerial() const { return m_firstSerial; }
    qint64 endSerial() const { return m_firstSerial + size(); }
    // Lines dropped because the buffer was full, since it was made or cleared.
    qint64 droppedCount() const { return m_dropped; }

    QByteArrayView text(qsizetype index) const;
    qint64 timestamp(qsizetype index) const { return m_entries[size_t(index)].timestampNs; }
    StreamDemuxer::Stream stream(qsizetype index) const
    {
        return StreamDemuxer::Stream(m_entries[size_t(index)].stream);
    }
    int source(qsizetype index) const { return m_entries[size_t(index)].source; }
    bool isTruncated(qsizetype index) const { return m_entries[size_t(index)].truncated; }
    qsizetype fullLength(qsizetype index) const;
    // The whole line; nullopt for a truncated line whose full text was given up.
    std::optional<QByteArray> fullText(qsizetype index) const;

    // What the buffer holds in memory: blobs (reserved), records, whole texts.
    qsizetype memoryBytes() const;

private:
    struct Entry
    {
        qint64 timestampNs;
        quint32 chunk; // number of its blob
        quint32 offset;
        quint32 length;
        quint16 source;
        quint8 stream;
        quint8 truncated;
    };
    struct Chunk
    {
        QByteArray data;
        quint32 number;
        qsizetype lines = 0; // kept lines whose text is in it
    };
    struct FullText
    {
        QByteArray text; // empty once given up for the budget
        qsizetype length = 0;
    };

    void dropOldest(qsizetype count);
    void appendText(QByteArrayView text, Entry *entry);

    static constexpr qsizetype kFirstChunkBytes = 64 * 1024;
    static constexpr qsizetype kChunkBytes = 1024 * 1024;

    qsizetype m_capacity;
    std::deque<Entry> m_entries;
    std::deque<Chunk> m_chunks;
    quint32 m_nextChunk = 0;
    std::map<qint64, FullText> m_full; // by serial
    qsizetype m_fullBytes = 0;
    qint64 m_firstSerial = 0;
    qint64 m_dropped = 0;
};

} // namespace blihops
