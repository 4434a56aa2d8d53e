#include "StreamsModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QLocale>

namespace blihops::gui {

StreamsModel::StreamsModel(QObject *parent) : QAbstractTableModel(parent) {}

void StreamsModel::setStreams(const QList<Dashboard::Stream> &streams)
{
    beginResetModel();
    m_streams = streams;
    endResetModel();
}

const Dashboard::Stream *StreamsModel::streamAt(int row) const
{
    return row >= 0 && row < m_streams.size() ? &m_streams.at(row) : nullptr;
}

int StreamsModel::rowOf(const QString &stream) const
{
    for (int row = 0; row < m_streams.size(); ++row) {
        if (m_streams.at(row).report.id == stream)
            return row;
    }
    return -1;
}

void StreamsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_streams.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_streams.size()) - 1, ColumnCount - 1));
}

int StreamsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_streams.size());
}

int StreamsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StreamsModel::data(const QModelIndex &index, int role) const
{
    const Dashboard::Stream *stream = streamAt(index.row());
    if (!stream)
        return {};
    const StreamReport &report = stream->report;
    const qsizetype contradictions = stream->contradictions.size();
    if (role == StreamIdRole)
        return report.id;
    if (role == Qt::DecorationRole && index.column() == ContradictionsColumn) {
        return QIcon(contradictions > 0 ? QStringLiteral(":/icons/smoke-failed.svg")
                                        : QStringLiteral(":/icons/smoke-passed.svg"));
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == ComputedColumn || index.column() == ItemsColumn ||
         index.column() == ContradictionsColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return report.source;
    if (role == Qt::ToolTipRole && index.column() == StatedColumn && report.statedStatus())
        return report.statedStatus()->text;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return report.id;
    case TitleColumn:
        return report.title;
    case StatedColumn: {
        QStringList parts;
        for (const StreamStatement &statement : report.stated)
            parts << statement.summary();
        parts.removeAll(QString());
        parts.removeDuplicates();
        return parts.isEmpty() ? QStringLiteral("\u2014") : parts.join(QStringLiteral("; "));
    }
    case ComputedColumn: {
        const std::optional<double> completion = report.completion();
        return completion ? QLocale().toString(*completion, 'f', 1) + QLatin1Char('%')
                          : QStringLiteral("\u2014");
    }
    case ItemsColumn:
        return tr("%1 of %2").arg(report.done).arg(report.total);
    case ContradictionsColumn:
        return int(contradictions);
    case ImportedColumn:
        return stream->history.isEmpty() ? QString()
                                         : EnvironmentFacts::age(stream->history.last().importedAt,
                                                                 QDateTime::currentDateTimeUtc());
    default:
        return {};
    }
}

QVariant StreamsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Stream");
    case TitleColumn:
        return tr("Title");
    case StatedColumn:
        return tr("Stated");
    case ComputedColumn:
        return tr("Computed");
    case ItemsColumn:
        return tr("Items ticked");
    case ContradictionsColumn:
        return tr("Contradictions");
    case ImportedColumn:
        return tr("Imported");
    default:
        return {};
    }
}

} // namespace blihops::gui
