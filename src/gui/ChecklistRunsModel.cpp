#include "ChecklistRunsModel.h"

#include <QIcon>

namespace blihops::gui {

ChecklistRunsModel::ChecklistRunsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChecklistRunsModel::setRuns(const QList<ChecklistRunSummary> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

int ChecklistRunsModel::rowOf(qint64 run) const
{
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).id == run)
            return row;
    }
    return -1;
}

void ChecklistRunsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_runs.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_runs.size()) - 1, ColumnCount - 1));
}

int ChecklistRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int ChecklistRunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistRunsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const ChecklistRunSummary &run = m_runs.at(index.row());
    if (role == RunIdRole)
        return run.id;
    if (role == Qt::DecorationRole && index.column() == StateColumn) {
        return QIcon(run.isSigned ? QStringLiteral(":/icons/smoke-passed.svg")
                                  : QStringLiteral(":/icons/smoke-waiting.svg"));
    }
    if (role == Qt::ToolTipRole && index.column() == TemplateColumn)
        return run.templateKey;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return run.id;
    case TemplateColumn:
        return run.templateTitle;
    case EnvironmentColumn:
        return run.environment;
    case ReleaseColumn:
        return run.release;
    case RevisionColumn:
        return run.revision;
    case StateColumn:
        return run.isSigned ? tr("Signed off") : tr("Open");
    case ProgressColumn:
        return run.failed > 0
                   ? tr("%1 of %2, %3 failed").arg(run.decided).arg(run.total).arg(run.failed)
                   : tr("%1 of %2").arg(run.decided).arg(run.total);
    default:
        return {};
    }
}

QVariant ChecklistRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Run");
    case TemplateColumn:
        return tr("Checklist");
    case EnvironmentColumn:
        return tr("Environment");
    case ReleaseColumn:
        return tr("Release");
    case RevisionColumn:
        return tr("Revision");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Decided");
    default:
        return {};
    }
}

} // namespace blihops::gui
