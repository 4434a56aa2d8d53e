#pragma once

#include "streams/StreamReport.h"

#include <QAbstractItemModel>
#include <QSet>

namespace blihops::gui {

// A stream's tasks with their subtasks beneath them, or its tests: the document's
// statements beside what the checkboxes show, and which of them a contradiction names.
class StreamUnitsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        TitleColumn,
        StatedColumn,
        ItemsColumn,
        ComputedColumn,
        ColumnCount
    };
    enum Role
    {
        ContradictedRole = Qt::UserRole + 1,
    };

    explicit StreamUnitsModel(QObject *parent = nullptr);

    // contradicted: the "where" of the stream's contradictions ("Task 1.1", "Test 2").
    void setUnits(const QList<StreamUnit> &units, const QSet<QString> &contradicted, bool tests);
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // internalId: 0 for a task or test; the task's row + 1 for a subtask.
    const StreamUnit *unitAt(const QModelIndex &index) const;
    QString whereOf(const QModelIndex &index) const;

    QList<StreamUnit> m_units;
    QSet<QString> m_contradicted;
    bool m_tests = false;
};

} // namespace blihops::gui
