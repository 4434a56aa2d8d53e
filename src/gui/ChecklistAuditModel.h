#pragma once

#include "checklist/ChecklistAudit.h"

#include <QAbstractTableModel>

namespace blihops::gui {

// A run's audit, oldest first: who changed what, when, from which value to which.
class ChecklistAuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        RevisionColumn,
        ItemColumn,
        ChangeColumn,
        OldColumn,
        NewColumn,
        ColumnCount
    };

    explicit ChecklistAuditModel(QObject *parent = nullptr);

    void setEntries(const QList<ChecklistAudit::Entry> &entries);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString changeLabel(const QString &action) const;

    QList<ChecklistAudit::Entry> m_entries;
};

} // namespace blihops::gui
