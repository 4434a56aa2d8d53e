#include "StreamUnitsModel.h"

#include "streams/StreamReview.h"

#include <QFont>
#include <QIcon>
#include <QLocale>

namespace blihops::gui {

StreamUnitsModel::StreamUnitsModel(QObject *parent) : QAbstractItemModel(parent) {}

void StreamUnitsModel::setUnits(const QList<StreamUnit> &units, const QSet<QString> &contradicted,
                                bool tests)
{
    beginResetModel();
    m_units = units;
    m_contradicted = contradicted;
    m_tests = tests;
    endResetModel();
}

void StreamUnitsModel::retranslate()
{
    beginResetModel();
    endResetModel();
}

const StreamUnit *StreamUnitsModel::unitAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == 0)
        return index.row() < m_units.size() ? &m_units.at(index.row()) : nullptr;
    const StreamUnit &task = m_units.at(int(index.internalId()) - 1);
    return index.row() < task.subtasks.size() ? &task.subtasks.at(index.row()) : nullptr;
}

QString StreamUnitsModel::whereOf(const QModelIndex &index) const
{
    const StreamUnit *unit = unitAt(index);
    if (!unit)
        return {};
    // Named as StreamReview names them, so that its contradictions find their rows.
    if (m_tests)
        return QCoreApplication::translate("StreamReview", "Test %1").arg(unit->id);
    return index.internalId() == 0
               ? QCoreApplication::translate("StreamReview", "Task %1").arg(unit->id)
               : QCoreApplication::translate("StreamReview", "Subtask %1").arg(unit->id);
}

QModelIndex StreamUnitsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_units.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_units.size() ||
        row >= m_units.at(parent.row()).subtasks.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex StreamUnitsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int StreamUnitsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_units.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_units.size())
        return 0;
    return int(m_units.at(parent.row()).subtasks.size());
}

int StreamUnitsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant StreamUnitsModel::data(const QModelIndex &index, int role) const
{
    const StreamUnit *unit = unitAt(index);
    if (!unit)
        return {};
    const bool contradicted = m_contradicted.contains(whereOf(index));
    if (role == ContradictedRole)
        return contradicted;
    if (role == Qt::DecorationRole && index.column() == StatedColumn && contradicted)
        return QIcon(QStringLiteral(":/icons/smoke-failed.svg"));
    if (role == Qt::FontRole && index.internalId() == 0 && !m_tests) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && index.column() == StatedColumn) {
        QStringList lines;
        for (const StreamStatement &statement : unit->stated)
            lines << QStringLiteral("%1: %2").arg(StreamReview::placeOf(statement), statement.text);
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == ItemsColumn || index.column() == ComputedColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return unit->id;
    case TitleColumn:
        return unit->title;
    case StatedColumn: {
        const QString summary = unit->statedSummary();
        return summary.isEmpty() ? QStringLiteral("\u2014") : summary;
    }
    case ItemsColumn:
        return tr("%1 of %2").arg(unit->done).arg(unit->total);
    case ComputedColumn: {
        const std::optional<double> completion = unit->completion();
        return completion ? QLocale().toString(*completion, 'f', 1) + QLatin1Char('%')
                          : QStringLiteral("\u2014");
    }
    default:
        return {};
    }
}

QVariant StreamUnitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return m_tests ? tr("Test") : tr("Task");
    case TitleColumn:
        return tr("Title");
    case StatedColumn:
        return tr("Stated");
    case ItemsColumn:
        return tr("Items ticked");
    case ComputedColumn:
        return tr("Computed");
    default:
        return {};
    }
}

} // namespace blihops::gui
