#include "ContradictionsModel.h"

#include <QIcon>

namespace blihops::gui {

ContradictionsModel::ContradictionsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ContradictionsModel::setContradictions(const QList<StreamContradiction> &contradictions)
{
    beginResetModel();
    m_contradictions = contradictions;
    endResetModel();
}

void ContradictionsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ContradictionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contradictions.size());
}

int ContradictionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContradictionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_contradictions.size())
        return {};
    const StreamContradiction &contradiction = m_contradictions.at(index.row());
    if (role == Qt::DecorationRole && index.column() == WhereColumn)
        return QIcon(QStringLiteral(":/icons/smoke-failed.svg"));
    if (role == Qt::ToolTipRole)
        return contradiction.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhereColumn:
        return contradiction.where;
    case StatedColumn:
        return contradiction.stated;
    case ComputedColumn:
        return contradiction.computed;
    case MessageColumn:
        return contradiction.message;
    default:
        return {};
    }
}

QVariant ContradictionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhereColumn:
        return tr("Where");
    case StatedColumn:
        return tr("Stated");
    case ComputedColumn:
        return tr("Checkboxes");
    case MessageColumn:
        return tr("Contradiction");
    default:
        return {};
    }
}

} // namespace blihops::gui
