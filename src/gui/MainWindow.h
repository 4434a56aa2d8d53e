#pragma once

#include "EnvironmentDialog.h"
#include "workspace/WorkspaceLocation.h"

#include <QMainWindow>
#include <functional>
#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace blihops {
class Error;
}

namespace blihops::gui {

class ConnectionIndicators;
class ContainersPane;
class EnvironmentDetailsPanel;
class EnvironmentMonitors;
class EnvironmentTreeModel;
class LanguageManager;
class ReadinessPane;
class SmokePane;
class WorkspaceRunner;

// The console's one window. Environments mode: the environment tree beside the selected
// environment's containers and smoke tests (as tabs) and details; actions in the toolbar and
// menus, each with a shortcut.
// Readiness mode: the readiness review of every environment.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const WorkspaceLocation &location, LanguageManager &languages,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    EnvironmentTreeModel *environmentModel() const { return m_model; }
    QTreeView *environmentTree() const { return m_tree; }
    EnvironmentDetailsPanel *detailsPanel() const { return m_details; }
    ContainersPane *containersPane() const { return m_containers; }
    SmokePane *smokePane() const { return m_smoke; }
    // Containers and Smoke tests, above the details panel.
    QTabWidget *detailsTabs() const { return m_detailsTabs; }
    EnvironmentMonitors *monitors() const { return m_monitors; }
    ReadinessPane *readinessPane() const { return m_readiness; }
    QString selectedEnvironment() const;
    void selectEnvironment(const QString &name);

    void reload();

signals:
    // After each load of the workspace, successful or not.
    void environmentsLoaded();
    // After a change was saved to the workspace.
    void environmentSaved(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void restoreWindowState();
    void saveWindowState();
    void updateActions();
    void selectionChanged();
    void openDialog(EnvironmentDialog::Mode mode);
    void save(EnvironmentDialog::Mode mode, const QString &originalName,
              const Environment &environment);
    void confirmRemove();
    void remove(const QString &name);
    void showError(const QString &title, const Error &error);
    void showAbout();
    void updateStatus(const QString &name);
    void askAboutHostKey(const QString &name, const Error &error);
    // Asks whether to trust the key the engine's SSH host offers; trusted runs once it is.
    void askToTrustHostKey(const QString &name, const QString &engineUrl, const Error &error,
                           const std::function<void()> &trusted);
    void showSmokeTests();
    void showMode(QAction *mode);

    WorkspaceLocation m_location;
    LanguageManager &m_languages;
    WorkspaceRunner *m_runner;
    EnvironmentTreeModel *m_model;
    QTreeView *m_tree;
    EnvironmentDetailsPanel *m_details;
    QSplitter *m_splitter;
    QSplitter *m_rightSplitter;
    ContainersPane *m_containers;
    SmokePane *m_smoke;
    QTabWidget *m_detailsTabs;
    EnvironmentMonitors *m_monitors;
    ConnectionIndicators *m_indicators;
    ReadinessPane *m_readiness;
    QStackedWidget *m_pages;
    QLabel *m_workspaceLabel;
    QLabel *m_countLabel;
    QLabel *m_busyLabel;
    bool m_opened = false;
    bool m_loadFailed = false;
    QString m_pendingSelection;

    QAction *m_environmentsMode = nullptr;
    QAction *m_readinessMode = nullptr;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_environmentMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_modeBar = nullptr;
    QToolBar *m_toolBar = nullptr;
};

} // namespace blihops::gui
