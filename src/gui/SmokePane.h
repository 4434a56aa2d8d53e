#pragma once

#include "checks/SmokeResult.h"
#include "workspace/Environment.h"

#include <QHash>
#include <QThreadPool>
#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace blihops {
class Error;
}

namespace blihops::gui {

class SmokeResultsModel;
class WorkspaceRunner;

// The smoke tests of the selected environment: its suite run on demand, check after check,
// with the results of past runs to pick from. A run goes on when the user selects another
// environment, and its results go to its own environment's history.
class SmokePane : public QWidget
{
    Q_OBJECT

public:
    explicit SmokePane(WorkspaceRunner &runner, QWidget *parent = nullptr);
    ~SmokePane() override;

    // nullptr: nothing is selected.
    void setEnvironment(const Environment *environment);
    QString environmentName() const;

    SmokeResultsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *historyBox() const { return m_historyBox; }
    QAction *runAction() const { return m_runAction; }
    QAction *rerunAction() const { return m_rerunAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    QAction *editAction() const { return m_editAction; }
    const QList<SmokeCheck> &suite() const { return m_suite; }
    const QList<SmokeRun> &history() const { return m_history; }
    // Whether the shown environment's suite is running.
    bool isRunning() const;
    QString summary() const;
    // The hint shown instead of an empty table; empty while the table is shown.
    QString hint() const;

    void runSuite();
    // Runs the checks of the selected rows again.
    void runAgain();
    void cancel();
    void editSuite();
    // Runs again what the environment's last attempt tried, after its host key was trusted.
    void retry(const QString &environment);
    // Read-only: past runs can be read, none started and the suite not edited.
    void setReadOnly(bool readOnly);

signals:
    // After each load of the shown environment's suite and history, successful or not.
    void suiteLoaded();
    // After a run ended and, if it ran any check, was recorded.
    void runFinished(const QString &environment);
    // A run stopped at an SSH host key the user must accept (or that changed).
    void hostKeyNeeded(const QString &environment, const QString &engineUrl,
                       const blihops::Error &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Attempt
    {
        Environment environment;
        QList<SmokeCheck> checks;
        QStringList only;
    };
    struct ActiveRun;
    struct RunEvent;

    void loadSuite();
    void startRun(const Attempt &attempt);
    void drain(const QString &environment);
    void finishRun(const QString &environment, const RunEvent &event);
    void record(const SmokeRun &run);
    void showRun(int historyIndex);
    void showActiveRun();
    void fillHistory();
    void updateState();
    void updateDetails();
    void retranslate();
    QString historyLabel(const SmokeRun &run) const;

    WorkspaceRunner &m_runner;
    // Runs get threads of their own: a run waits for the engine's snapshot, whose work goes
    // to the global pool, which runs alone would starve. Destroyed before the pane's children
    // (the watchers): waits for the runs, which stop at their next check.
    QThreadPool m_pool;
    SmokeResultsModel *m_model;
    QTableView *m_view;
    QComboBox *m_historyBox;
    QLabel *m_historyLabel;
    QLabel *m_summary;
    QLabel *m_details;
    QLabel *m_hint;
    QStackedWidget *m_pages;
    QProgressBar *m_progress;
    QToolButton *m_runButton;
    QToolButton *m_rerunButton;
    QToolButton *m_cancelButton;
    QToolButton *m_editButton;
    QAction *m_runAction;
    QAction *m_rerunAction;
    QAction *m_cancelAction;
    QAction *m_editAction;

    std::optional<Environment> m_environment;
    QList<SmokeCheck> m_suite;
    QString m_suiteError;
    bool m_loading = false;
    bool m_readOnly = false;
    int m_loadGeneration = 0;
    QList<SmokeRun> m_history;
    // Set when the table merges a rerun into an earlier run: it is then no one run of
    // the history.
    QString m_rerunNote;
    QString m_note; // the outcome of the last action, e.g. a cancelled run
    QHash<QString, std::shared_ptr<ActiveRun>> m_active;
    QHash<QString, Attempt> m_retries;
};

} // namespace blihops::gui
