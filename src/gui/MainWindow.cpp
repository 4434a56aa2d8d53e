#include "MainWindow.h"

#include "ConnectionIndicators.h"
#include "ContainersPane.h"
#include "EnvironmentDetailsPanel.h"
#include "EnvironmentMonitors.h"
#include "EnvironmentTreeModel.h"
#include "GuiSettings.h"
#include "LanguageManager.h"
#include "ReadinessPane.h"
#include "SettingsDialog.h"
#include "SmokePane.h"
#include "WorkspaceRunner.h"
#include "compose/ComposeFile.h"
#include "docker/EngineAddress.h"
#include "util/Logging.h"
#include "util/Version.h"
#include "workspace/BuiltinProfile.h"
#include "workspace/EnvironmentRepository.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QtConcurrent>

namespace blihops::gui {

MainWindow::MainWindow(const WorkspaceLocation &location, LanguageManager &languages,
                       QWidget *parent)
    : QMainWindow(parent), m_location(location), m_languages(languages),
      m_runner(new WorkspaceRunner(std::make_shared<Workspace>(location), this)),
      m_model(new EnvironmentTreeModel(this)), m_tree(new QTreeView(this)),
      m_details(new EnvironmentDetailsPanel(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_rightSplitter(new QSplitter(Qt::Vertical, this)), m_containers(new ContainersPane(this)),
      m_smoke(new SmokePane(*m_runner, this)), m_detailsTabs(new QTabWidget(this)),
      m_monitors(new EnvironmentMonitors(this)),
      m_indicators(new ConnectionIndicators(*m_monitors, this)),
      m_readiness(new ReadinessPane(*m_runner, this)), m_pages(new QStackedWidget(this)),
      m_workspaceLabel(new QLabel(this)), m_countLabel(new QLabel(this)),
      m_busyLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.blihops.Console.svg")));

    m_tree->setObjectName(QStringLiteral("environmentTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->header()->setStretchLastSection(true);
    m_details->setObjectName(QStringLiteral("environmentDetails"));
    m_splitter->setObjectName(QStringLiteral("environmentSplitter"));
    m_rightSplitter->setObjectName(QStringLiteral("detailsSplitter"));
    m_detailsTabs->setObjectName(QStringLiteral("detailsTabs"));
    m_detailsTabs->setDocumentMode(true);
    m_detailsTabs->addTab(m_containers, QString());
    m_detailsTabs->addTab(m_smoke, QString());
    m_rightSplitter->addWidget(m_detailsTabs);
    m_rightSplitter->addWidget(m_details);
    m_rightSplitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_rightSplitter);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_pages->addWidget(m_splitter);
    m_pages->addWidget(m_readiness);
    setCentralWidget(m_pages);

    m_workspaceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_workspaceLabel, 1);
    statusBar()->addPermanentWidget(m_indicators);
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_countLabel);

    createActions();
    createMenus();
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::selectionChanged);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!index.data(EnvironmentTreeModel::IsServiceRole).toBool())
            openDialog(EnvironmentDialog::Mode::Edit);
    });
    connect(m_monitors, &EnvironmentMonitors::changed, this, &MainWindow::updateStatus);
    connect(m_monitors, &EnvironmentMonitors::needsAttention, this, &MainWindow::askAboutHostKey);
    connect(m_smoke, &SmokePane::hostKeyNeeded, this,
            [this](const QString &name, const QString &engineUrl, const Error &error) {
                askToTrustHostKey(name, engineUrl, error, [this, name] { m_smoke->retry(name); });
            });
    connect(m_runner, &WorkspaceRunner::pendingChanged, this, [this](int pending) {
        m_busyLabel->setText(pending > 0 ? tr("Working…") : QString());
    });

    retranslate();
    restoreWindowState();
    updateActions();
    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const auto make = [this](const char *name, const QString &icon, const QKeySequence &shortcut) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        if (!icon.isEmpty())
            action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
        action->setShortcut(shortcut);
        return action;
    };
    m_environmentsMode = make("environmentsModeAction", QStringLiteral("environments-mode"),
                              QKeySequence(tr("Ctrl+1")));
    m_environmentsMode->setCheckable(true);
    m_environmentsMode->setChecked(true);
    m_readinessMode =
        make("readinessModeAction", QStringLiteral("readiness-mode"), QKeySequence(tr("Ctrl+2")));
    m_readinessMode->setCheckable(true);
    auto *modes = new QActionGroup(this);
    modes->addAction(m_environmentsMode);
    modes->addAction(m_readinessMode);
    connect(modes, &QActionGroup::triggered, this, &MainWindow::showMode);
    m_add = make("addEnvironmentAction", QStringLiteral("add"), QKeySequence::New);
    m_edit = make("editEnvironmentAction", QStringLiteral("edit"), QKeySequence(Qt::Key_F2));
    m_duplicate =
        make("duplicateEnvironmentAction", QStringLiteral("duplicate"), QKeySequence(tr("Ctrl+D")));
    m_remove = make("removeEnvironmentAction", QStringLiteral("remove"), QKeySequence::Delete);
    m_refresh = make("refreshAction", QStringLiteral("refresh"), QKeySequence::Refresh);
    m_settings = make("settingsAction", QStringLiteral("settings"), QKeySequence::Preferences);
    m_quit = make("quitAction", QString(), QKeySequence::Quit);
    m_about = make("aboutAction", QString(), QKeySequence());
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_quit->setMenuRole(QAction::QuitRole);
    m_about->setMenuRole(QAction::AboutRole);
    // Delete must not fire while the user edits text elsewhere in the window.
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tree->addAction(m_remove);
    m_tree->addActions({m_edit, m_duplicate});

    connect(m_add, &QAction::triggered, this, [this] { openDialog(EnvironmentDialog::Mode::Add); });
    connect(m_edit, &QAction::triggered, this,
            [this] { openDialog(EnvironmentDialog::Mode::Edit); });
    connect(m_duplicate, &QAction::triggered, this,
            [this] { openDialog(EnvironmentDialog::Mode::Duplicate); });
    connect(m_remove, &QAction::triggered, this, &MainWindow::confirmRemove);
    connect(m_refresh, &QAction::triggered, this, [this] {
        reload();
        m_monitors->refresh(); // and what the engines say, at once
    });
    connect(m_settings, &QAction::triggered, this, [this] {
        auto *dialog = new SettingsDialog(m_languages, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    // Ctrl+T works from anywhere in the window: show what it runs.
    connect(m_smoke->runAction(), &QAction::triggered, this, &MainWindow::showSmokeTests);
    connect(m_smoke->editAction(), &QAction::triggered, this, &MainWindow::showSmokeTests);

    m_modeBar = new QToolBar(this);
    m_modeBar->setObjectName(QStringLiteral("modeBar"));
    m_modeBar->setMovable(false);
    m_modeBar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    m_modeBar->setIconSize(QSize(32, 32));
    m_modeBar->addActions({m_environmentsMode, m_readinessMode});
    addToolBar(Qt::LeftToolBarArea, m_modeBar);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("environmentToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({m_add, m_edit, m_duplicate});
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refresh);
    // Destructive actions stand apart, at the far end.
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(m_remove);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_settings);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_environmentMenu = menuBar()->addMenu(QString());
    m_environmentMenu->addActions({m_add, m_edit, m_duplicate});
    m_environmentMenu->addSeparator();
    m_environmentMenu->addAction(m_refresh);
    m_environmentMenu->addSeparator();
    m_environmentMenu->addActions({m_smoke->runAction(), m_smoke->editAction()});
    m_environmentMenu->addSeparator();
    m_environmentMenu->addAction(m_remove);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("BlihOps Console — %1").arg(m_location.displayName()));
    m_fileMenu->setTitle(tr("&File"));
    m_environmentMenu->setTitle(tr("&Environment"));
    m_helpMenu->setTitle(tr("&Help"));
    m_modeBar->setWindowTitle(tr("Modes"));
    m_toolBar->setWindowTitle(tr("Environment Actions"));
    m_environmentsMode->setText(tr("Environments"));
    m_environmentsMode->setToolTip(tr("Environments and their services (Ctrl+1)"));
    m_readinessMode->setText(tr("Readiness"));
    m_readinessMode->setToolTip(
        tr("Findings of the readiness review for every environment (Ctrl+2)"));
    m_add->setText(tr("&Add…"));
    m_add->setToolTip(tr("Add an environment (Ctrl+N)"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setToolTip(tr("Edit the selected environment (F2)"));
    m_duplicate->setText(tr("&Duplicate…"));
    m_duplicate->setToolTip(tr("Add a copy of the selected environment (Ctrl+D)"));
    m_remove->setText(tr("&Remove…"));
    m_remove->setToolTip(tr("Remove the selected environment from the workspace (Del); its "
                            "stack keeps running"));
    m_refresh->setText(tr("Re&load"));
    m_refresh->setToolTip(tr("Read the workspace and compose files again (F5)"));
    m_settings->setText(tr("&Settings…"));
    m_quit->setText(tr("&Quit"));
    m_about->setText(tr("&About BlihOps Console"));
    m_detailsTabs->setTabText(m_detailsTabs->indexOf(m_containers), tr("Containers"));
    m_detailsTabs->setTabText(m_detailsTabs->indexOf(m_smoke), tr("Smoke Tests"));
    m_workspaceLabel->setText(tr("Workspace: %1").arg(m_location.displayName()));
    m_countLabel->setText(m_loadFailed
                              ? tr("Workspace unavailable")
                              : tr("%n environment(s)", nullptr, int(m_model->rowCount())));
    m_busyLabel->setText(m_runner->pending() > 0 ? tr("Working…") : QString());
    m_model->retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Messages from the core (compose errors) were made in the old language.
        reload();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreWindowState()
{
    const GuiSettings settings(m_location.displayName());
    if (!restoreGeometry(settings.value(GuiSettings::Key::WindowGeometry).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(GuiSettings::Key::WindowState).toByteArray());
    if (!m_splitter->restoreState(settings.value(GuiSettings::Key::SplitterState).toByteArray()))
        m_splitter->setSizes({400, 800});
    if (!m_rightSplitter->restoreState(
            settings.value(GuiSettings::Key::DetailsSplitterState).toByteArray()))
        m_rightSplitter->setSizes({400, 300});
    if (!m_tree->header()->restoreState(
            settings.value(GuiSettings::Key::TreeHeaderState).toByteArray()))
        m_tree->header()->resizeSection(EnvironmentTreeModel::NameColumn, 200);
    m_detailsTabs->setCurrentIndex(settings.value(GuiSettings::Key::DetailsTab).toInt());
    m_smoke->view()->horizontalHeader()->restoreState(
        settings.value(GuiSettings::Key::SmokeResultsHeaderState).toByteArray());
    m_pendingSelection = settings.value(GuiSettings::Key::LastEnvironment).toString();
}

void MainWindow::saveWindowState()
{
    GuiSettings settings(m_location.displayName());
    settings.setValue(GuiSettings::Key::WindowGeometry, saveGeometry());
    settings.setValue(GuiSettings::Key::WindowState, saveState());
    settings.setValue(GuiSettings::Key::SplitterState, m_splitter->saveState());
    settings.setValue(GuiSettings::Key::DetailsSplitterState, m_rightSplitter->saveState());
    settings.setValue(GuiSettings::Key::TreeHeaderState, m_tree->header()->saveState());
    settings.setValue(GuiSettings::Key::DetailsTab, m_detailsTabs->currentIndex());
    settings.setValue(GuiSettings::Key::SmokeResultsHeaderState,
                      m_smoke->view()->horizontalHeader()->saveState());
    const QString selected = selectedEnvironment();
    if (!selected.isEmpty())
        settings.setValue(GuiSettings::Key::LastEnvironment, selected);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

QString MainWindow::selectedEnvironment() const
{
    return m_tree->currentIndex().data(EnvironmentTreeModel::EnvironmentNameRole).toString();
}

void MainWindow::selectEnvironment(const QString &name)
{
    const QModelIndex index = m_model->indexOf(name);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void MainWindow::selectionChanged()
{
    const EnvironmentEntry *entry = m_model->entryAt(m_tree->currentIndex());
    m_details->setEntry(entry);
    m_containers->setMonitor(entry ? m_monitors->monitor(entry->environment.name) : nullptr);
    m_smoke->setEnvironment(entry ? &entry->environment : nullptr);
    updateActions();
}

void MainWindow::updateActions()
{
    const bool loaded = m_opened && !m_loadFailed;
    const bool selected = loaded && !selectedEnvironment().isEmpty();
    m_add->setEnabled(loaded);
    m_edit->setEnabled(selected);
    m_duplicate->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void MainWindow::reload()
{
    const bool needsOpen = !m_opened;
    m_runner->run<QList<EnvironmentEntry>>(
        this,
        [needsOpen](Workspace &workspace) {
            if (needsOpen) {
                workspace.open();
                BuiltinProfile::ensure(workspace);
            }
            QList<EnvironmentEntry> entries;
            for (const Environment &environment : EnvironmentRepository(workspace).list()) {
                const auto [services, error] = ComposeFile::serviceNames(environment.composeFiles);
                entries.append({environment, services, error});
            }
            return entries;
        },
        [this](const QList<EnvironmentEntry> &entries) {
            // Whatever the user selected while the load ran wins over what was remembered.
            const QString current = selectedEnvironment();
            if (!current.isEmpty())
                m_pendingSelection = current;
            m_opened = true;
            m_loadFailed = false;
            m_model->setEntries(entries);
            QList<Environment> environments;
            for (const EnvironmentEntry &entry : entries)
                environments << entry.environment;
            m_monitors->setEnvironments(environments);
            for (const QString &name : m_monitors->names())
                updateStatus(name);
            m_tree->expandAll();
            selectEnvironment(m_pendingSelection);
            if (!m_tree->currentIndex().isValid() && m_model->rowCount() > 0)
                m_tree->setCurrentIndex(m_model->index(0, 0));
            selectionChanged();
            retranslate();
            emit environmentsLoaded();
        },
        [this](const Error &error) {
            m_loadFailed = true;
            m_model->setEntries({});
            m_details->setUnavailable(error.message());
            retranslate();
            updateActions();
            showError(tr("Cannot Open the Workspace"), error);
            emit environmentsLoaded();
        });
}

void MainWindow::openDialog(EnvironmentDialog::Mode mode)
{
    const EnvironmentEntry *entry = m_model->entryAt(m_tree->currentIndex());
    if (mode != EnvironmentDialog::Mode::Add && !entry)
        return;
    auto *dialog = new EnvironmentDialog(mode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QString originalName;
    if (mode == EnvironmentDialog::Mode::Add) {
        Environment fresh;
        fresh.engineUrl = QStringLiteral("unix:///var/run/docker.sock");
        dialog->setEnvironment(fresh);
    } else {
        Environment environment = entry->environment;
        originalName = environment.name;
        if (mode == EnvironmentDialog::Mode::Duplicate) {
            environment.name = tr("%1-copy").arg(environment.name);
            environment.projectName = EnvironmentValidator::defaultProjectName(environment.name);
        }
        dialog->setEnvironment(environment);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, mode, originalName] {
        save(mode, originalName, dialog->environment());
    });
    dialog->open();
}

void MainWindow::save(EnvironmentDialog::Mode mode, const QString &originalName,
                      const Environment &environment)
{
    m_runner->run<Environment>(
        this,
        [mode, originalName, environment](Workspace &workspace) {
            EnvironmentRepository repository(workspace);
            return mode == EnvironmentDialog::Mode::Edit
                       ? repository.update(originalName, environment)
                       : repository.add(environment);
        },
        [this](const Environment &saved) {
            m_pendingSelection = saved.name;
            emit environmentSaved(saved.name);
            m_tree->setCurrentIndex({});
            reload();
        },
        [this, mode, originalName, environment](const Error &error) {
            showError(tr("Cannot Save the Environment"), error);
            // Nothing typed is lost: the dialog comes back with the same values.
            auto *dialog = new EnvironmentDialog(mode, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setEnvironment(environment);
            connect(dialog, &QDialog::accepted, this, [this, dialog, mode, originalName] {
                save(mode, originalName, dialog->environment());
            });
            dialog->open();
        });
}

void MainWindow::confirmRemove()
{
    const EnvironmentEntry *entry = m_model->entryAt(m_tree->currentIndex());
    if (!entry)
        return;
    const QString name = entry->environment.name;
    if (entry->environment.tier == Tier::Production) {
        // Production asks for its name, typed: a reflex click must not remove it.
        auto *dialog = new QInputDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(QStringLiteral("confirmProductionRemoval"));
        dialog->setWindowTitle(tr("Remove Production Environment"));
        dialog->setLabelText(tr("\"%1\" is a production environment. Type its name to remove it "
                                "from the workspace (its stack keeps running):")
                                 .arg(name));
        dialog->setOkButtonText(tr("Remove"));
        connect(dialog, &QInputDialog::textValueSelected, this, [this, name](const QString &typed) {
            if (typed == name)
                remove(name);
            else
                showError(tr("Not Removed"),
                          Error(ErrorKind::BadInput,
                                tr("The name typed does not match \"%1\"; nothing was removed.")
                                    .arg(name)));
        });
        dialog->open();
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Remove Environment"),
                        tr("Remove \"%1\" from the workspace? Its stack keeps running; only "
                           "the console forgets it.")
                            .arg(name),
                        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemoval"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *removeButton = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, name, removeButton](QAbstractButton *button) {
                if (button == removeButton)
                    remove(name);
            });
    box->open();
}

void MainWindow::remove(const QString &name)
{
    m_runner->run<bool>(
        this,
        [name](Workspace &workspace) {
            EnvironmentRepository(workspace).remove(name);
            return true;
        },
        [this](bool) {
            m_pendingSelection.clear();
            m_tree->setCurrentIndex({});
            reload();
        },
        [this](const Error &error) { showError(tr("Cannot Remove the Environment"), error); });
}

void MainWindow::showError(const QString &title, const Error &error)
{
    auto *box =
        new QMessageBox(QMessageBox::Critical, title, error.message(), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateStatus(const QString &name)
{
    if (EnvironmentMonitor *monitor = m_monitors->monitor(name))
        m_model->setStatus(name, monitor->rollup(), monitor->rollupReason());
}

void MainWindow::askAboutHostKey(const QString &name, const Error &error)
{
    EnvironmentMonitor *monitor = m_monitors->monitor(name);
    askToTrustHostKey(name, monitor ? monitor->environment().engineUrl : QString(), error,
                      [this, name] { m_monitors->restart(name); });
}

void MainWindow::askToTrustHostKey(const QString &name, const QString &engineUrl,
                                   const Error &error, const std::function<void()> &trusted)
{
    if (error.kind() == ErrorKind::ChangedHostKey)
        return showError(tr("Host Key Changed"), error);
    const QString host = error.details().value(QStringLiteral("host")).toString();
    const QString offered = error.details().value(QStringLiteral("offered")).toString();
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Trust %1?").arg(host),
        tr("This is the first connection to %1 (environment %2). It offers the host key\n\n%3\n\n"
           "Trust it only if the host's administrator gives you the same fingerprint.")
            .arg(host, name, offered),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("trustHostKey"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *trust = box->addButton(tr("Trust"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, engineUrl, offered, trust, trusted](QAbstractButton *button) {
                if (button != trust || engineUrl.isEmpty())
                    return;
                // ssh-keyscan runs again to check the key is still the one shown: off the GUI
                // thread.
                auto *watcher = new QFutureWatcher<QString>(this);
                connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, trusted] {
                    watcher->deleteLater();
                    const QString failure = watcher->result();
                    if (!failure.isEmpty())
                        return showError(tr("Not Trusted"), Error(ErrorKind::BadInput, failure));
                    trusted();
                });
                watcher->setFuture(QtConcurrent::run([engineUrl, offered]() -> QString {
                    try {
                        HostKeyStore().trust(SshTarget::fromEngine(EngineAddress::parse(engineUrl)),
                                             offered);
                    } catch (const Error &error) {
                        return error.message();
                    }
                    return {};
                }));
            });
    box->open();
}

void MainWindow::showSmokeTests()
{
    if (!m_environmentsMode->isChecked()) {
        m_environmentsMode->setChecked(true);
        showMode(m_environmentsMode);
    }
    m_detailsTabs->setCurrentWidget(m_smoke);
}

void MainWindow::showMode(QAction *mode)
{
    const bool readiness = mode == m_readinessMode;
    m_pages->setCurrentWidget(readiness ? static_cast<QWidget *>(m_readiness) : m_splitter);
    // The environment actions act on the tree, which Readiness hides.
    m_toolBar->setVisible(!readiness);
    if (readiness)
        m_readiness->recheck();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About BlihOps Console"),
                       tr("<h3>BlihOps Console %1</h3><p>Runs the BlihOps Talent Platform's "
                          "Docker Compose stacks: environments, readiness, backups and "
                          "checklists.</p><p>Workspace: %2</p><p>Log file: %3</p>")
                           .arg(QString::fromLatin1(kVersion),
                                m_location.displayName().toHtmlEscaped(),
                                QDir::toNativeSeparators(Logging::logFilePath()).toHtmlEscaped()));
}

} // namespace blihops::gui
