#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace blihops {
class Action;
}

namespace blihops::gui {

// One action in the bottom panel: its state and running time, compose's output line by line,
// the health gate's services with their state and last check while it waits, a Cancel button
// (Esc), and, when it has ended, the result: exit code, duration and why it failed. Owns the
// action. Closing it while the action runs offers to cancel it; the tab goes once it stopped.
class OutputTab : public QWidget
{
    Q_OBJECT

public:
    // Takes action (not started yet).
    explicit OutputTab(Action *action, QWidget *parent = nullptr);
    ~OutputTab() override;

    Action *action() const { return m_action; }
    QString title() const;
    QString toolTip() const;

    // A line of what happens before the action starts (files compared, uploaded).
    void note(const QString &line);

    QString stateText() const;
    QString resultText() const;
    QPlainTextEdit *outputView() const { return m_output; }
    QTableWidget *gateTable() const { return m_gate; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void titleChanged();
    // The user closed the tab while the action ran and chose to cancel it: it has stopped.
    void closeRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateState();
    void updateGate();
    void retranslate();

    Action *m_action;
    QLabel *m_state;
    QLabel *m_elapsed;
    QPushButton *m_cancel;
    QPlainTextEdit *m_output;
    QTableWidget *m_gate;
    QLabel *m_result;
    QTimer m_clock;
    bool m_closeWhenStopped = false;
};

} // namespace blihops::gui
