#pragma once

#include "checklist/ChecklistAudit.h"
#include "checklist/ChecklistRun.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeView;

namespace blihops::gui {

class ChecklistAuditModel;
class ChecklistItemPanel;
class ChecklistItemsModel;

// One run, to walk with the keyboard: its items as a tree (arrows move; P, F, B and N set
// pass, fail, blocked and not applicable and go on to the next item; Backspace sets it back
// to pending and stays; Ctrl+Enter edits the note), the selected item's panel below, and the run's
// history as a second tab. Changes are asked for by signal and shown when they come back.
class ChecklistRunView : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistRunView(QWidget *parent = nullptr);

    // editable false: signed, an older revision, or a read-only console.
    void setRun(const ChecklistRun &run, bool editable);
    void setItem(const ChecklistItem &item);
    void setRunning(int item, bool running);
    void setAudit(const QList<ChecklistAudit::Entry> &entries);
    const ChecklistRun &run() const;
    bool isEditable() const { return m_editable; }
    // 0 when no item is current.
    int currentItem() const;
    void selectItem(int number);

    QTreeView *tree() const { return m_tree; }
    ChecklistItemsModel *model() const { return m_model; }
    ChecklistItemPanel *panel() const { return m_panel; }
    QSplitter *splitter() const { return m_splitter; }
    QTableView *auditView() const { return m_auditView; }
    QComboBox *revisionBox() const { return m_revision; }
    QString headline() const;

signals:
    void stateRequested(int item, blihops::ItemState state);
    void noteSaved(int item, const QString &note);
    void addEvidenceRequested(int item);
    void removeEvidenceRequested(int item, int index);
    void waiveRequested(int item);
    void unwaiveRequested(int item);
    void tieRequested(int item);
    void runRequested(int item);
    void cancelRequested(int item);
    void revisionRequested(int revision);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createKeyActions();
    void setStateAndAdvance(ItemState state);
    void currentChanged();
    void updateHeader();
    void placeRunButtons();
    void fitColumns();
    void retranslate();

    ChecklistItemsModel *m_model;
    ChecklistAuditModel *m_audit;
    QLabel *m_header;
    QComboBox *m_revision;
    QProgressBar *m_progress;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    QTreeView *m_tree;
    ChecklistItemPanel *m_panel;
    QTableView *m_auditView;
    bool m_editable = false;
    QList<QAction *> m_keyActions;
};

} // namespace blihops::gui
