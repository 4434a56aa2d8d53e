#pragma once

#include "workspace/WorkspaceLocation.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QSplitter;
class QStackedWidget;
class QSystemTrayIcon;

namespace blihops::gui {

class ActionLauncher;
class BackupMonitor;
class BackupsMode;
class BottomPanel;
class ChecklistsMode;
class ConnectionIndicators;
class DashboardMode;
class EnvironmentMonitors;
class EnvironmentsMode;
class LanguageManager;
class Mode;
class ReadinessMode;
class WorkspaceRunner;

// The console's one window: a bar of modes on the left, the current mode's page and
// toolbar, the bottom panel of action output and logs under it, and a status bar with one
// indicator per engine connection. What each mode shows
// and does is the mode's own (Mode.h); the window only hosts them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const WorkspaceLocation &location, LanguageManager &languages,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    EnvironmentsMode *environmentsMode() const { return m_environments; }
    ReadinessMode *readinessMode() const { return m_readiness; }
    BackupsMode *backupsMode() const { return m_backups; }
    BackupMonitor *backupMonitor() const { return m_backupMonitor; }
    // Null where the desktop has no system tray (and offscreen).
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    ChecklistsMode *checklistsMode() const { return m_checklists; }
    DashboardMode *dashboardMode() const { return m_dashboard; }
    EnvironmentMonitors *monitors() const { return m_monitors; }
    BottomPanel *bottomPanel() const { return m_panel; }
    ActionLauncher *actionLauncher() const { return m_actions; }
    const QList<Mode *> &modes() const { return m_modes; }
    Mode *currentMode() const { return m_current; }
    void showMode(Mode *mode);
    bool isReadOnly() const { return m_readOnly; }
    // Hides every action of every mode (the managers' console); kept in the settings.
    void setReadOnly(bool readOnly);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void addMode(Mode *mode);
    void createActions();
    void retranslate();
    void restoreWindowState();
    void saveWindowState();
    void showAbout();
    void fillToolBar();
    void createTrayIcon();
    void showBackupAlerts(const QString &environment);

    WorkspaceLocation m_location;
    LanguageManager &m_languages;
    WorkspaceRunner *m_runner;
    EnvironmentMonitors *m_monitors;
    ConnectionIndicators *m_indicators;
    QSplitter *m_body; // the current mode's page above the bottom panel
    QStackedWidget *m_pages;
    BottomPanel *m_panel;
    ActionLauncher *m_actions;
    BackupMonitor *m_backupMonitor;
    QSystemTrayIcon *m_tray = nullptr;
    QLabel *m_workspaceLabel;
    QLabel *m_modeStatusLabel;
    QLabel *m_busyLabel;
    QList<Mode *> m_modes;
    QHash<Mode *, QAction *> m_modeActions;
    QHash<Mode *, QString> m_modeStatus;
    Mode *m_current = nullptr;
    EnvironmentsMode *m_environments = nullptr;
    ReadinessMode *m_readiness = nullptr;
    BackupsMode *m_backups = nullptr;
    ChecklistsMode *m_checklists = nullptr;
    DashboardMode *m_dashboard = nullptr;
    bool m_readOnly = false;

    QActionGroup *m_modeGroup = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_modeBar = nullptr;
    QToolBar *m_toolBar = nullptr;
};

} // namespace blihops::gui
