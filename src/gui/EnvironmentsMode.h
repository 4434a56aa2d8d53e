#pragma once

#include "EnvironmentDialog.h"
#include "Mode.h"
#include "ModeContext.h"
#include "actions/Action.h"

class QSplitter;
class QTabWidget;
class QTreeView;

namespace blihops {
class Error;
}

namespace blihops::gui {

class ContainersPane;
class EnvironmentDetailsPanel;
class EnvironmentTreeModel;
class SmokePane;

// The Environments mode: the environment tree beside the selected environment's containers
// and smoke tests (as tabs) and its details; adding, editing, duplicating and removing
// environments; the SSH host-key questions of the live state and the smoke runs.
class EnvironmentsMode : public Mode
{
    Q_OBJECT

public:
    EnvironmentsMode(const ModeContext &context, QWidget *parent);
    ~EnvironmentsMode() override;

    QWidget *widget() const override;
    QString title() const override;
    QString toolTip() const override;
    QIcon icon() const override;
    QKeySequence shortcut() const override;
    QList<QAction *> toolBarActions() const override;
    QMenu *menu() const override;
    void retranslate() override;
    void restoreState(const GuiSettings &settings) override;
    void saveState(GuiSettings &settings) const override;
    void setReadOnly(bool readOnly) override;

    EnvironmentTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QAction *scheduleBackupAction() const { return m_scheduleBackup; }
    EnvironmentDetailsPanel *detailsPanel() const { return m_details; }
    ContainersPane *containersPane() const { return m_containers; }
    SmokePane *smokePane() const { return m_smoke; }
    // Containers and Smoke tests, above the details panel.
    QTabWidget *detailsTabs() const { return m_detailsTabs; }
    QString selectedEnvironment() const;
    void selectEnvironment(const QString &name);

    // Reads the workspace (opening it, and adding the built-in profile, the first time) and
    // every environment's compose files again.
    void reload();

signals:
    // After each load of the workspace, successful or not.
    void environmentsLoaded();
    // After a change was saved to the workspace.
    void environmentSaved(const QString &name);
    // Schedule Backups was chosen for the environment: the Backups mode's wizard opens.
    void backupWizardRequested(const QString &name);

private:
    void createActions();
    void updateActions();
    void updateStatus(const QString &name);
    void selectionChanged();
    void openDialog(EnvironmentDialog::Mode mode);
    void save(EnvironmentDialog::Mode mode, const QString &originalName,
              const Environment &environment);
    void confirmRemove();
    void remove(const QString &name);
    void askAboutHostKey(const QString &name, const Error &error);
    void showSmokeTests();
    // The selected environment's compose action, for the selected service when one is.
    void runComposeAction(Action::Kind kind, bool removeVolumes = false);
    void runContainerAction(Action::Kind kind);
    // A logs viewer in the bottom panel for the selected container, else the selected service.
    void showLogs();

    ModeContext m_context;
    EnvironmentTreeModel *m_model;
    QSplitter *m_splitter;
    QTreeView *m_tree;
    QSplitter *m_rightSplitter;
    QTabWidget *m_detailsTabs;
    ContainersPane *m_containers;
    SmokePane *m_smoke;
    EnvironmentDetailsPanel *m_details;
    QMenu *m_menu;
    bool m_opened = false;
    bool m_loadFailed = false;
    bool m_readOnly = false;
    QString m_pendingSelection;

    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_up = nullptr;
    QAction *m_down = nullptr;
    QAction *m_downVolumes = nullptr;
    QAction *m_restart = nullptr;
    QAction *m_pull = nullptr;
    QAction *m_startContainer = nullptr;
    QAction *m_stopContainer = nullptr;
    QAction *m_restartContainer = nullptr;
    QAction *m_killContainer = nullptr;
    QAction *m_logs = nullptr;
    QAction *m_scheduleBackup = nullptr;
    QMenu *m_containerMenu = nullptr;
};

} // namespace blihops::gui
