#pragma once

#include "SlicedWork.h"
#include "logs/LogBuffer.h"
#include "logs/LogFilter.h"

#include <QAbstractListModel>
#include <QStringList>
#include <deque>

namespace blihops::gui {

// The rows of a logs viewer over its LogBuffer: every line, or with a filter only the lines
// that match it. Lines come in batches (append), and the rows of the oldest lines go when the
// buffer drops them. A new filter, and a search for the next or previous match, run in slices
// (SlicedWork): over 200,000 lines they take longer than a frame.
class LogListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        StreamRole = Qt::UserRole + 1, // StreamDemuxer::Stream as int
        SourceRole,                    // the container's index
        TimestampRole,                 // the engine's time as text, empty when hidden
        TagRole,                       // the container's name, empty when hidden
        TextRole,                      // the text as shown (long lines cut, with a marker)
        TruncatedRole,                 // the buffer keeps only part of the line
        CurrentMatchRole               // the search's current match
    };
    // Characters of a line a row shows; the whole line is a row's "full text".
    static constexpr qsizetype kShownChars = 2000;

    explicit LogListModel(qsizetype capacity = LogBuffer::kDefaultCapacity,
                          QObject *parent = nullptr);

    const LogBuffer &buffer() const { return m_buffer; }
    void setSources(const QStringList &names);
    QStringList sources() const { return m_sources; }
    void setShowTimestamps(bool show);
    bool showsTimestamps() const { return m_showTimestamps; }
    void setShowTags(bool show);
    bool showsTags() const { return m_showTags; }

    void append(const QList<LogLine> &lines);
    void clear();

    // Rows are then only the lines that match; applied in slices, filterApplied() after.
    void setFilter(const LogFilter &filter);
    const LogFilter &filter() const { return m_filter; }
    bool isFiltering() const { return m_filterWork.isRunning(); }

    // What the search highlights, and finds with find().
    void setSearch(const LogFilter &search);
    const LogFilter &search() const { return m_search; }
    // Looks for the next (or previous) row after fromRow whose line matches the search,
    // around the end; found() or notFound() follows.
    void find(int fromRow, bool forward);
    int currentMatchRow() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    qsizetype bufferIndex(int row) const;
    int rowOfSerial(qint64 serial) const;
    // The longest text a row shows so far, in characters (for the view's width).
    qsizetype widestText() const { return m_widest; }
    // A line as saved: time and container when shown, then its whole text.
    QByteArray savedLine(qsizetype index) const;
    // The same for any copy of a buffer (a save in the background formats its own copy).
    static QByteArray savedLine(const LogBuffer &buffer, qsizetype index, bool timestamps,
                                const QStringList &tags);

signals:
    void linesDropped(qint64 total);
    void filterApplied();
    void found(int row);
    void notFound();

private:
    bool visible(qsizetype index) const { return m_filter.matches(m_buffer.text(index)); }
    QString shownText(qsizetype index) const;

    LogBuffer m_buffer;
    QStringList m_sources;
    bool m_showTimestamps = false;
    bool m_showTags = false;
    LogFilter m_filter;
    // With a filter: the serials of the rows, in order.
    bool m_filtered = false;
    std::deque<qint64> m_rows;
    SlicedWork m_filterWork;
    std::deque<qint64> m_nextRows; // the filter being applied, so far
    qint64 m_nextScan = 0;         // the serial it tests next
    LogFilter m_search;
    SlicedWork m_searchWork;
    qint64 m_currentMatch = -1; // serial
    qsizetype m_widest = 0;
};

} // namespace blihops::gui
