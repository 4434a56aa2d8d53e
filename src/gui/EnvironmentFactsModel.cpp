#include "EnvironmentFactsModel.h"

#include <QIcon>

namespace blihops::gui {

EnvironmentFactsModel::EnvironmentFactsModel(QObject *parent) : QAbstractTableModel(parent) {}

void EnvironmentFactsModel::setRows(const QList<EnvironmentFacts::Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_columns = EnvironmentFacts::columns(rows);
    endResetModel();
}

void EnvironmentFactsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int EnvironmentFactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EnvironmentFactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

const EnvironmentFacts::Fact *EnvironmentFactsModel::factAt(const QModelIndex &index) const
{
    if (index.column() == 0)
        return nullptr;
    const QString &column = m_columns.at(index.column() - 1);
    for (const EnvironmentFacts::Fact &fact : m_rows.at(index.row()).facts) {
        if (fact.column == column)
            return &fact;
    }
    return nullptr;
}

QVariant EnvironmentFactsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const EnvironmentFacts::Row &row = m_rows.at(index.row());
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return row.environment;
        if (role == Qt::DecorationRole)
            return QIcon(QStringLiteral(":/icons/tier-%1.svg").arg(tierKey(row.tier)));
        return {};
    }
    const EnvironmentFacts::Fact *fact = factAt(index);
    if (role == Qt::DisplayRole)
        return fact ? fact->text : tr("none yet");
    if (role == Qt::DecorationRole && fact) {
        return QIcon(fact->ok ? QStringLiteral(":/icons/smoke-passed.svg")
                              : QStringLiteral(":/icons/smoke-failed.svg"));
    }
    return {};
}

QVariant EnvironmentFactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Environment") : m_columns.value(section - 1);
}

} // namespace blihops::gui
