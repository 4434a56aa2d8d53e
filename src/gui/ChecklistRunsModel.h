#pragma once

#include "checklist/ChecklistRunSummary.h"

#include <QAbstractTableModel>

namespace blihops::gui {

// The checklist runs of the workspace, newest first: one row per run with its template,
// environment, release, revision, state and progress.
class ChecklistRunsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        TemplateColumn,
        EnvironmentColumn,
        ReleaseColumn,
        RevisionColumn,
        StateColumn,
        ProgressColumn,
        ColumnCount
    };
    enum Role
    {
        RunIdRole = Qt::UserRole + 1,
    };

    explicit ChecklistRunsModel(QObject *parent = nullptr);

    void setRuns(const QList<ChecklistRunSummary> &runs);
    const QList<ChecklistRunSummary> &runs() const { return m_runs; }
    // -1 when the run is not listed.
    int rowOf(qint64 run) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ChecklistRunSummary> m_runs;
};

} // namespace blihops::gui
