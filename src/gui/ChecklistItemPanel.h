#pragma once

#include "checklist/ChecklistItem.h"

#include <QWidget>
#include <optional>

class QButtonGroup;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace blihops::gui {

// The selected item of a run: its state as five buttons, its note, its evidence, its
// waiver and its check with a Run button. It asks for changes by signal; what the store
// says comes back with setItem.
class ChecklistItemPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistItemPanel(QWidget *parent = nullptr);

    // nullptr: no item is selected. editable false: the run is signed, or the console is
    // read-only; running: the item's check is under way.
    void setItem(const ChecklistItem *item, bool editable, bool running);
    int itemNumber() const { return m_number; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QPushButton *runButton() const { return m_run; }
    // The note as typed, and whether it differs from the stored one.
    QString note() const;
    bool noteChanged() const;
    // Moves the focus into the note, with its text selected, for typing over it.
    void editNote();

signals:
    void stateRequested(blihops::ItemState state);
    void noteSaved(const QString &note);
    // The note editor was left with Ctrl+Enter or Escape: back to the list.
    void noteEditingFinished();
    void addEvidenceRequested();
    void removeEvidenceRequested(int index);
    void waiveRequested();
    void unwaiveRequested();
    void tieRequested();
    void runRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    std::optional<ChecklistItem> m_item;
    int m_number = 0;
    bool m_editable = false;
    bool m_running = false;
    bool m_waived = false;
    bool m_tied = false;
    QString m_storedNote;
    QLabel *m_title;
    QButtonGroup *m_states;
    QPlainTextEdit *m_note;
    QPushButton *m_saveNote;
    QLabel *m_evidenceLabel;
    QListWidget *m_evidence;
    QPushButton *m_addEvidence;
    QPushButton *m_removeEvidence;
    QLabel *m_waiver;
    QPushButton *m_waive;
    QLabel *m_tie;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_changeTie;
    QProgressBar *m_progress;
};

} // namespace blihops::gui
