#include "MainWindow.h"

#include "ActionLauncher.h"
#include "BackupMonitor.h"
#include "BackupsMode.h"
#include "BottomPanel.h"
#include "ChecklistsMode.h"
#include "ConnectionIndicators.h"
#include "DashboardMode.h"
#include "EnvironmentMonitors.h"
#include "EnvironmentTreeModel.h"
#include "EnvironmentsMode.h"
#include "GuiSettings.h"
#include "LanguageManager.h"
#include "ReadinessMode.h"
#include "SettingsDialog.h"
#include "WorkspaceRunner.h"
#include "util/Logging.h"
#include "util/Version.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>

namespace blihops::gui {

MainWindow::MainWindow(const WorkspaceLocation &location, LanguageManager &languages,
                       QWidget *parent)
    : QMainWindow(parent), m_location(location), m_languages(languages),
      m_runner(new WorkspaceRunner(std::make_shared<Workspace>(location), this)),
      m_monitors(new EnvironmentMonitors(this)),
      m_indicators(new ConnectionIndicators(*m_monitors, this)),
      m_body(new QSplitter(Qt::Vertical, this)), m_pages(new QStackedWidget(m_body)),
      m_panel(new BottomPanel(m_body)), m_actions(new ActionLauncher(*m_runner, *m_panel, this)),
      m_backupMonitor(new BackupMonitor(*m_runner, location.displayName(), this)),
      m_workspaceLabel(new QLabel(this)), m_modeStatusLabel(new QLabel(this)),
      m_busyLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.blihops.Console.svg")));
    m_body->setObjectName(QStringLiteral("bodySplitter"));
    m_body->addWidget(m_pages);
    m_body->addWidget(m_panel);
    m_body->setStretchFactor(0, 3);
    m_body->setStretchFactor(1, 1);
    m_body->setChildrenCollapsible(false);
    setCentralWidget(m_body);

    m_workspaceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_workspaceLabel, 1);
    statusBar()->addPermanentWidget(m_indicators);
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_modeStatusLabel);
    connect(m_runner, &WorkspaceRunner::pendingChanged, this, [this](int pending) {
        m_busyLabel->setText(pending > 0 ? tr("Working…") : QString());
    });

    createActions();
    const ModeContext context{*m_runner, *m_monitors,      *m_actions,
                              *m_panel,  *m_backupMonitor, m_location.displayName()};
    m_environments = new EnvironmentsMode(context, this);
    m_readiness = new ReadinessMode(context, this);
    m_backups = new BackupsMode(context, this);
    m_checklists = new ChecklistsMode(context, this);
    m_dashboard = new DashboardMode(context, this);
    addMode(m_environments);
    addMode(m_readiness);
    addMode(m_backups);
    addMode(m_checklists);
    addMode(m_dashboard);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_panel->toggleAction());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);

    connect(m_environments, &EnvironmentsMode::backupWizardRequested, m_backups,
            [this](const QString &environment) { m_backups->openWizard(environment); });
    // The environments' backup badges follow what the hosts say.
    connect(m_backupMonitor, &BackupMonitor::updated, this, &MainWindow::showBackupAlerts);
    connect(m_environments, &EnvironmentsMode::environmentsLoaded, this, [this] {
        for (const QString &name : m_backupMonitor->environments())
            showBackupAlerts(name);
    });
    createTrayIcon();

    m_readOnly = GuiSettings().value(GuiSettings::Key::ReadOnly).toBool();
    for (Mode *mode : std::as_const(m_modes))
        mode->setReadOnly(m_readOnly);
    retranslate();
    restoreWindowState();
    showMode(m_environments);
    m_environments->reload();
    m_backupMonitor->refresh();
}

MainWindow::~MainWindow()
{
    // Modes first, with their pages: their panes point into the runner and the monitors.
    qDeleteAll(m_modes);
}

void MainWindow::createActions()
{
    m_settings = new QAction(QIcon(QStringLiteral(":/icons/settings.svg")), QString(), this);
    m_settings->setObjectName(QStringLiteral("settingsAction"));
    m_settings->setShortcut(QKeySequence::Preferences);
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_quit = new QAction(this);
    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    m_about = new QAction(this);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_settings, &QAction::triggered, this, [this] {
        auto *dialog = new SettingsDialog(m_languages, m_readOnly, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SettingsDialog::readOnlyChanged, this, &MainWindow::setReadOnly);
        dialog->open();
    });
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_settings);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_modeGroup = new QActionGroup(this);
    m_modeBar = new QToolBar(this);
    m_modeBar->setObjectName(QStringLiteral("modeBar"));
    m_modeBar->setMovable(false);
    m_modeBar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    m_modeBar->setIconSize(QSize(32, 32));
    addToolBar(Qt::LeftToolBarArea, m_modeBar);
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("modeToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
}

void MainWindow::addMode(Mode *mode)
{
    m_modes << mode;
    m_pages->addWidget(mode->widget());
    auto *action = new QAction(mode->icon(), mode->title(), this);
    action->setObjectName(mode->objectName() + QStringLiteral("Action"));
    action->setCheckable(true);
    action->setShortcut(mode->shortcut());
    m_modeGroup->addAction(action);
    m_modeBar->addAction(action);
    m_modeActions.insert(mode, action);
    connect(action, &QAction::triggered, this, [this, mode] { showMode(mode); });
    connect(mode, &Mode::activationRequested, this, [this, mode] {
        if (m_current != mode)
            showMode(mode);
    });
    connect(mode, &Mode::statusChanged, this, [this, mode](const QString &status) {
        m_modeStatus.insert(mode, status);
        QStringList shown;
        for (Mode *each : std::as_const(m_modes)) {
            if (!m_modeStatus.value(each).isEmpty())
                shown << m_modeStatus.value(each);
        }
        m_modeStatusLabel->setText(shown.join(QStringLiteral(" · ")));
    });
    if (QMenu *menu = mode->menu())
        menuBar()->addMenu(menu);
}

void MainWindow::createTrayIcon()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setToolTip(tr("BlihOps Console — %1").arg(m_location.displayName()));
    m_tray->show();
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showNormal();
        raise();
        activateWindow();
        showMode(m_backups);
    });
    connect(m_backupMonitor, &BackupMonitor::alertRaised, this,
            [this](const QString &environment, const BackupAlerts::Alert &alert) {
                m_tray->showMessage(tr("Backup alert: %1/%2").arg(environment, alert.job),
                                    alert.message, QSystemTrayIcon::Warning);
            });
    connect(m_backupMonitor, &BackupMonitor::webhookFinished, this,
            [this](const QString &environment, const QString &job, bool ok, const QString &error) {
                if (!ok)
                    m_tray->showMessage(tr("Webhook not told: %1/%2").arg(environment, job), error,
                                        QSystemTrayIcon::Critical);
            });
}

void MainWindow::showBackupAlerts(const QString &environment)
{
    QStringList lines = m_backupMonitor->alertLines(environment);
    const QString hostError = m_backupMonitor->hostError(environment);
    if (!hostError.isEmpty())
        lines << tr("The backup status could not be read: %1").arg(hostError);
    m_environments->model()->setBackupAlerts(environment, lines);
    m_environments->model()->setRestoreProofWarning(
        environment, m_backupMonitor->restoreProofWarning(environment));
}

void MainWindow::showMode(Mode *mode)
{
    m_current = mode;
    m_modeActions.value(mode)->setChecked(true);
    m_pages->setCurrentWidget(mode->widget());
    fillToolBar();
    mode->activate();
}

void MainWindow::fillToolBar()
{
    m_toolBar->clear();
    const QList<QAction *> actions = m_current ? m_current->toolBarActions() : QList<QAction *>();
    const qsizetype apart = actions.lastIndexOf(nullptr);
    for (qsizetype i = 0; i < actions.size(); ++i) {
        if (i == apart) {
            auto *spacer = new QWidget(m_toolBar);
            spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
            m_toolBar->addWidget(spacer);
        } else if (!actions.at(i)) {
            m_toolBar->addSeparator();
        } else {
            m_toolBar->addAction(actions.at(i));
        }
    }
    // A mode without actions (or a read-only console) gets no empty bar.
    const bool anyVisible = std::any_of(actions.begin(), actions.end(), [](const QAction *action) {
        return action && action->isVisible();
    });
    m_toolBar->setVisible(anyVisible);
}

void MainWindow::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    GuiSettings().setValue(GuiSettings::Key::ReadOnly, readOnly);
    for (Mode *mode : std::as_const(m_modes))
        mode->setReadOnly(readOnly);
    fillToolBar();
    retranslate();
}

void MainWindow::retranslate()
{
    setWindowTitle(m_readOnly ? tr("BlihOps Console — %1 (read-only)").arg(m_location.displayName())
                              : tr("BlihOps Console — %1").arg(m_location.displayName()));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_panel->retranslate();
    m_modeBar->setWindowTitle(tr("Modes"));
    m_toolBar->setWindowTitle(tr("Actions"));
    m_settings->setText(tr("&Settings…"));
    m_quit->setText(tr("&Quit"));
    m_about->setText(tr("&About BlihOps Console"));
    m_workspaceLabel->setText(tr("Workspace: %1").arg(m_location.displayName()));
    m_busyLabel->setText(m_runner->pending() > 0 ? tr("Working…") : QString());
    for (Mode *mode : std::as_const(m_modes)) {
        QAction *action = m_modeActions.value(mode);
        action->setText(mode->title());
        action->setToolTip(mode->toolTip());
        action->setShortcut(mode->shortcut());
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (Mode *mode : std::as_const(m_modes))
            mode->retranslate();
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreWindowState()
{
    const GuiSettings settings(m_location.displayName());
    if (!restoreGeometry(settings.value(GuiSettings::Key::WindowGeometry).toByteArray())) {
        // A first start: most of the screen, centred, rather than a small default.
        const QRect available = screen()->availableGeometry();
        resize(available.size() * 0.8);
        move(available.center() - rect().center());
    }
    restoreState(settings.value(GuiSettings::Key::WindowState).toByteArray());
    m_body->restoreState(settings.value(GuiSettings::Key::BottomPanelState).toByteArray());
    for (Mode *mode : std::as_const(m_modes))
        mode->restoreState(settings);
}

void MainWindow::saveWindowState()
{
    GuiSettings settings(m_location.displayName());
    settings.setValue(GuiSettings::Key::WindowGeometry, saveGeometry());
    settings.setValue(GuiSettings::Key::WindowState, saveState());
    settings.setValue(GuiSettings::Key::BottomPanelState, m_body->saveState());
    for (Mode *mode : std::as_const(m_modes))
        mode->saveState(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    QStringList modes;
    for (const Mode *mode : std::as_const(m_modes))
        modes << mode->title().toHtmlEscaped();
    QMessageBox::about(
        this, tr("About BlihOps Console"),
        tr("<h3>BlihOps Console %1</h3><p>Watches the BlihOps Talent Platform's Docker Compose "
           "stacks live, reviews their compose files, runs their smoke tests, walks deployment "
           "checklists to QA sign-off and shows how far each work stream is.</p>"
           "<p>Modes: %2.</p><p>Workspace: %3</p><p>Log file: %4</p>")
            .arg(QString::fromLatin1(kVersion), modes.join(QStringLiteral(", ")),
                 m_location.displayName().toHtmlEscaped(),
                 QDir::toNativeSeparators(Logging::logFilePath()).toHtmlEscaped()));
}

} // namespace blihops::gui
