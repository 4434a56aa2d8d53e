#pragma once

#include "Mode.h"
#include "ModeContext.h"
#include "checklist/ChecklistRepository.h"
#include "checklist/TiedCheck.h"

#include <QThreadPool>
#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace blihops::gui {

class ChecklistRunView;
class ChecklistRunsModel;

// The Checklists mode: the runs of the workspace (filtered by environment) beside the
// selected run, walked item by item; starting runs from templates or Markdown files, tied
// checks run and recorded, evidence, waivers, QA sign-off, reopening and export. Every
// store call goes through the runner; a check runs on a pool of the mode's own.
class ChecklistsMode : public Mode
{
    Q_OBJECT

public:
    ChecklistsMode(const ModeContext &context, QWidget *parent);
    ~ChecklistsMode() override;

    QWidget *widget() const override;
    QString title() const override;
    QString toolTip() const override;
    QIcon icon() const override;
    QKeySequence shortcut() const override;
    QList<QAction *> toolBarActions() const override;
    QMenu *menu() const override;
    void activate() override;
    void retranslate() override;
    void restoreState(const GuiSettings &settings) override;
    void saveState(GuiSettings &settings) const override;
    void setReadOnly(bool readOnly) override;

    ChecklistRunsModel *runsModel() const { return m_runs; }
    QTableView *runsView() const { return m_runsView; }
    ChecklistRunView *runView() const { return m_view; }
    QComboBox *environmentFilter() const { return m_filter; }
    QAction *newRunAction() const { return m_newRun; }
    QAction *runCheckAction() const { return m_runCheck; }
    QAction *signOffAction() const { return m_signOff; }
    QAction *reopenAction() const { return m_reopen; }
    QAction *exportAction() const { return m_export; }
    qint64 currentRun() const;
    void selectRun(qint64 run);
    bool isCheckRunning() const { return m_checking != 0; }

    // Reads the runs (and the environments to filter by) again.
    void reload();
    // Starts a run and shows it; what the New Run dialog does once accepted.
    void startRun(const QString &source, const QString &environment, const QString &release);
    void signOff(const QString &name, const QString &role, const QString &comment);
    void exportRun(const QString &path);

signals:
    void runsLoaded();
    void runLoaded(qint64 run);
    // After each change the store confirmed, or refused.
    void itemChanged(int item);
    void changeFailed(const QString &message);
    void checkFinished(int item);

private:
    void createActions();
    void updateActions();
    void loadRun(qint64 run, int revision = 0);
    void openNewRunDialog();
    void openSignOffDialog();
    void reopen();
    void chooseExportFile();
    void change(int item, const ChecklistRepository::ItemChange &change, const QString &failure);
    void apply(int item, const std::function<ChecklistItem(ChecklistRepository &)> &work,
               const QString &failure);
    // What a change the store confirmed shows: the item, the run's history, the list's row.
    void showChange(qint64 run, const ChecklistItem &item,
                    const QList<ChecklistAudit::Entry> &audit,
                    const QList<ChecklistRunSummary> &runs);
    void addEvidence(int item);
    void waive(int item);
    void tie(int item);
    void runCheck(int item);
    void recordCheck(const TiedCheck::Plan &plan, const TiedCheck::Outcome &outcome);
    void checkEnded(int item);
    void failed(const QString &title, const Error &error);

    ModeContext m_context;
    QSplitter *m_splitter;
    QComboBox *m_filter;
    ChecklistRunsModel *m_runs;
    QTableView *m_runsView;
    QLabel *m_empty;
    QStackedWidget *m_pages;
    QLabel *m_hint;
    ChecklistRunView *m_view;
    QMenu *m_menu;
    QAction *m_newRun = nullptr;
    QAction *m_runCheck = nullptr;
    QAction *m_signOff = nullptr;
    QAction *m_reopen = nullptr;
    QAction *m_export = nullptr;
    bool m_readOnly = false;
    qint64 m_pendingRun = 0;
    int m_loadGeneration = 0;
    QStringList m_environments;
    // Checks wait for engines and hosts: never on the runner's one thread.
    QThreadPool m_pool;
    int m_checking = 0; // the item whose check runs, 0 for none
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace blihops::gui
