#pragma once

#include "checklist/ChecklistRun.h"

#include <QAbstractItemModel>
#include <QSet>

namespace blihops::gui {

// The items of one run as a tree: its sections (the template's headings), in each the
// items, nested as in the document. Item rows show the state, the note, the evidence and
// the check the item is tied to.
class ChecklistItemsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        ItemColumn,
        StateColumn,
        RunColumn, // a Run button on a tied item, while the run can change
        CheckColumn,
        EvidenceColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        ItemNumberRole = Qt::UserRole + 1, // 0 on a section row
        InTheWayRole,                      // bool: keeps the run from being signed
    };

    explicit ChecklistItemsModel(QObject *parent = nullptr);

    void setRun(const ChecklistRun &run);
    const ChecklistRun &run() const { return m_run; }
    // An item changed in the store: its row is updated in place (the selection stays).
    void setItem(const ChecklistItem &item);
    // Whether the item's check is running: its Check cell says so.
    void setRunning(int number, bool running);
    bool isRunning(int number) const { return m_running.contains(number); }
    const ChecklistItem *itemAt(const QModelIndex &index) const;
    QModelIndex indexOf(int number, int column = ItemColumn) const;
    // Item rows in reading order, to walk with the keyboard.
    QList<int> numbers() const;
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // Node 0 is the root; then one per section, then one per item.
    struct Node
    {
        int parent = 0;
        int row = 0; // in the parent's children
        QList<int> children;
        QString section;     // a section node's title
        qsizetype item = -1; // an item node's index in m_run.items
    };

    QVariant itemData(const ChecklistItem &item, int column, int role) const;
    QString evidenceText(const ChecklistItem &item) const;

    ChecklistRun m_run;
    QList<Node> m_nodes;
    QHash<int, int> m_nodeOfNumber;
    QSet<int> m_running;
};

} // namespace blihops::gui
