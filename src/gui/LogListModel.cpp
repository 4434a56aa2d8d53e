#include "LogListModel.h"

#include "logs/LogTimestamp.h"

#include <algorithm>

namespace blihops::gui {

namespace {

// Lines tested per step of a filter or a search (a step is well under a millisecond).
constexpr qint64 kLinesPerStep = 2000;

} // namespace

LogListModel::LogListModel(qsizetype capacity, QObject *parent)
    : QAbstractListModel(parent), m_buffer(capacity), m_filterWork(this), m_searchWork(this)
{}

void LogListModel::setSources(const QStringList &names)
{
    m_sources = names;
    if (m_showTags && rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

void LogListModel::setShowTimestamps(bool show)
{
    m_showTimestamps = show;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

void LogListModel::setShowTags(bool show)
{
    m_showTags = show;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

void LogListModel::append(const QList<LogLine> &lines)
{
    if (lines.isEmpty())
        return;
    // The rows of the lines that go are announced before they go.
    const qsizetype excess = std::max<qsizetype>(
        0, m_buffer.size() + std::min(lines.size(), m_buffer.capacity()) - m_buffer.capacity());
    if (excess > 0) {
        const qint64 newFirst = m_buffer.firstSerial() + excess;
        const auto goingRows =
            m_filtered ? qsizetype(std::lower_bound(m_rows.begin(), m_rows.end(), newFirst) -
                                   m_rows.begin())
                       : excess;
        if (goingRows > 0)
            beginRemoveRows({}, 0, int(goingRows) - 1);
        m_buffer.makeRoom(lines.size());
        if (m_filtered)
            m_rows.erase(m_rows.begin(), m_rows.begin() + goingRows);
        if (goingRows > 0)
            endRemoveRows();
        while (!m_nextRows.empty() && m_nextRows.front() < newFirst)
            m_nextRows.pop_front();
        if (m_currentMatch < newFirst)
            m_currentMatch = -1;
    }
    const qint64 before = m_buffer.endSerial();
    if (!m_filtered) {
        const qsizetype stored = std::min(lines.size(), m_buffer.capacity());
        beginInsertRows({}, int(m_buffer.size()), int(m_buffer.size() + stored) - 1);
        m_buffer.append(lines);
        endInsertRows();
    } else {
        m_buffer.append(lines);
        // While a new filter is applied, its scan takes these lines too.
        if (!isFiltering()) {
            std::vector<qint64> matching;
            for (qint64 serial = std::max(before, m_buffer.firstSerial());
                 serial < m_buffer.endSerial(); ++serial) {
                if (visible(serial - m_buffer.firstSerial()))
                    matching.push_back(serial);
            }
            if (!matching.empty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + matching.size()) - 1);
                m_rows.insert(m_rows.end(), matching.begin(), matching.end());
                endInsertRows();
            }
        }
    }
    for (const LogLine &line : lines)
        m_widest = std::max(m_widest, std::min(line.length, kShownChars));
    if (excess > 0 || lines.size() > m_buffer.capacity())
        emit linesDropped(m_buffer.droppedCount());
}

void LogListModel::clear()
{
    m_filterWork.cancel();
    m_searchWork.cancel();
    beginResetModel();
    m_buffer.clear();
    m_rows.clear();
    m_nextRows.clear();
    m_currentMatch = -1;
    m_widest = 0;
    m_filtered = false;
    endResetModel();
    if (!m_filter.isEmpty())
        setFilter(m_filter);
    emit linesDropped(0);
}

void LogListModel::setFilter(const LogFilter &filter)
{
    m_filter = filter;
    m_nextRows.clear();
    m_nextScan = m_buffer.firstSerial();
    const auto apply = [this] {
        beginResetModel();
        m_filtered = !m_filter.isEmpty();
        m_rows = std::move(m_nextRows);
        m_nextRows.clear();
        endResetModel();
        emit filterApplied();
    };
    if (m_filter.isEmpty()) {
        m_filterWork.cancel();
        return apply();
    }
    m_filterWork.start([this, apply] {
        m_nextScan = std::max(m_nextScan, m_buffer.firstSerial());
        const qint64 stop = std::min(m_buffer.endSerial(), m_nextScan + kLinesPerStep);
        for (; m_nextScan < stop; ++m_nextScan) {
            if (visible(m_nextScan - m_buffer.firstSerial()))
                m_nextRows.push_back(m_nextScan);
        }
        if (m_nextScan < m_buffer.endSerial())
            return false;
        apply();
        return true;
    });
}

void LogListModel::setSearch(const LogFilter &search)
{
    m_searchWork.cancel();
    m_search = search;
    m_currentMatch = -1;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

void LogListModel::find(int fromRow, bool forward)
{
    m_searchWork.cancel();
    if (m_search.isEmpty() || !m_search.isValid() || m_buffer.isEmpty())
        return emit notFound();
    auto cursor = std::make_shared<qint64>(fromRow >= 0 && fromRow < rowCount()
                                               ? m_buffer.firstSerial() + bufferIndex(fromRow)
                                           : forward ? m_buffer.firstSerial() - 1
                                                     : m_buffer.endSerial());
    auto remaining = std::make_shared<qint64>(m_buffer.size());
    m_searchWork.start([this, cursor, remaining, forward] {
        for (qint64 step = 0; step < kLinesPerStep; ++step) {
            if (m_buffer.isEmpty() || --*remaining < 0) {
                emit notFound();
                return true;
            }
            *cursor += forward ? 1 : -1;
            if (*cursor >= m_buffer.endSerial())
                *cursor = m_buffer.firstSerial();
            if (*cursor < m_buffer.firstSerial())
                *cursor = forward ? m_buffer.firstSerial() : m_buffer.endSerial() - 1;
            const QByteArrayView text = m_buffer.text(*cursor - m_buffer.firstSerial());
            if ((m_filtered && !m_filter.matches(text)) || !m_search.matches(text))
                continue;
            const int before = currentMatchRow();
            m_currentMatch = *cursor;
            if (before >= 0)
                emit dataChanged(index(before), index(before), {CurrentMatchRole});
            const int row = currentMatchRow();
            emit dataChanged(index(row), index(row), {CurrentMatchRole});
            emit found(row);
            return true;
        }
        return false;
    });
}

int LogListModel::currentMatchRow() const
{
    return m_currentMatch < 0 ? -1 : rowOfSerial(m_currentMatch);
}

int LogListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_filtered ? qsizetype(m_rows.size()) : m_buffer.size());
}

qsizetype LogListModel::bufferIndex(int row) const
{
    return m_filtered ? qsizetype(m_rows[size_t(row)] - m_buffer.firstSerial()) : row;
}

int LogListModel::rowOfSerial(qint64 serial) const
{
    if (serial < m_buffer.firstSerial() || serial >= m_buffer.endSerial())
        return -1;
    if (!m_filtered)
        return int(serial - m_buffer.firstSerial());
    const auto found = std::lower_bound(m_rows.begin(), m_rows.end(), serial);
    return found != m_rows.end() && *found == serial ? int(found - m_rows.begin()) : -1;
}

QString LogListModel::shownText(qsizetype index) const
{
    const QByteArrayView bytes = m_buffer.text(index);
    // Four bytes at most per character: enough to show kShownChars of any text.
    QString text = QString::fromUtf8(bytes.first(std::min(bytes.size(), kShownChars * 4)));
    const bool cut = text.size() > kShownChars || bytes.size() > kShownChars * 4;
    if (cut)
        text.truncate(kShownChars);
    if (cut || m_buffer.isTruncated(index)) {
        text +=
            tr(" … [%L1 bytes in all: Enter shows the whole line]").arg(m_buffer.fullLength(index));
    }
    return text;
}

QVariant LogListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const qsizetype at = bufferIndex(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString shown = data(index, TimestampRole).toString();
        if (!shown.isEmpty())
            shown += QLatin1Char(' ');
        const QString tag = data(index, TagRole).toString();
        if (!tag.isEmpty())
            shown += tag + QStringLiteral(" | ");
        return shown + shownText(at);
    }
    case Qt::ToolTipRole:
        return m_buffer.stream(at) == StreamDemuxer::Stream::Stderr ? tr("standard error")
                                                                    : tr("standard output");
    case StreamRole:
        return int(m_buffer.stream(at));
    case SourceRole:
        return m_buffer.source(at);
    case TimestampRole:
        return m_showTimestamps ? QString::fromLatin1(LogTimestamp::format(m_buffer.timestamp(at)))
                                : QString();
    case TagRole:
        return m_showTags ? m_sources.value(m_buffer.source(at)) : QString();
    case TextRole:
        return shownText(at);
    case TruncatedRole:
        return m_buffer.isTruncated(at);
    case CurrentMatchRole:
        return m_currentMatch >= 0 && m_buffer.firstSerial() + at == m_currentMatch;
    default:
        return {};
    }
}

QByteArray LogListModel::savedLine(const LogBuffer &buffer, qsizetype index, bool timestamps,
                                   const QStringList &tags)
{
    QByteArray line;
    if (timestamps)
        line += LogTimestamp::format(buffer.timestamp(index)) + ' ';
    if (!tags.isEmpty())
        line += tags.value(buffer.source(index)).toUtf8() + " | ";
    line += buffer.fullText(index).value_or(buffer.text(index).toByteArray());
    line += '\n';
    return line;
}

QByteArray LogListModel::savedLine(qsizetype index) const
{
    return savedLine(m_buffer, index, m_showTimestamps, m_showTags ? m_sources : QStringList());
}

} // namespace blihops::gui
