#include "EnvironmentsMode.h"

#include "ActionLauncher.h"
#include "BottomPanel.h"
#include "ContainersModel.h"
#include "ContainersPane.h"
#include "EnvironmentDetailsPanel.h"
#include "EnvironmentMonitors.h"
#include "EnvironmentTreeModel.h"
#include "ErrorBox.h"
#include "GuiSettings.h"
#include "HostKeyPrompt.h"
#include "LogViewer.h"
#include "NameConfirmation.h"
#include "SmokePane.h"
#include "WorkspaceRunner.h"
#include "compose/ComposeFile.h"
#include "workspace/BuiltinProfile.h"
#include "workspace/EnvironmentRepository.h"

#include <QAction>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

namespace blihops::gui {

EnvironmentsMode::EnvironmentsMode(const ModeContext &context, QWidget *parent)
    : Mode(parent), m_context(context), m_model(new EnvironmentTreeModel(this)),
      m_splitter(new QSplitter(Qt::Horizontal, parent)), m_tree(new QTreeView(m_splitter)),
      m_rightSplitter(new QSplitter(Qt::Vertical, m_splitter)),
      m_detailsTabs(new QTabWidget(m_rightSplitter)),
      m_containers(new ContainersPane(m_detailsTabs)),
      m_smoke(new SmokePane(context.runner, m_detailsTabs)),
      m_details(new EnvironmentDetailsPanel(m_rightSplitter)), m_menu(new QMenu(parent))
{
    setObjectName(QStringLiteral("environmentsMode"));
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

    createActions();
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EnvironmentsMode::selectionChanged);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!index.data(EnvironmentTreeModel::IsServiceRole).toBool() && !m_readOnly)
            openDialog(EnvironmentDialog::Mode::Edit);
    });
    connect(&m_context.monitors, &EnvironmentMonitors::changed, this,
            &EnvironmentsMode::updateStatus);
    connect(&m_context.monitors, &EnvironmentMonitors::needsAttention, this,
            &EnvironmentsMode::askAboutHostKey);
    connect(m_smoke, &SmokePane::hostKeyNeeded, this,
            [this](const QString &name, const QString &engineUrl, const Error &error) {
                HostKeyPrompt::ask(m_splitter, name, engineUrl, error,
                                   [this, name] { m_smoke->retry(name); });
            });
    retranslate();
    updateActions();
}

EnvironmentsMode::~EnvironmentsMode()
{
    // The panes go with the mode: nothing of theirs may outlive what they point into.
    delete m_splitter;
    delete m_menu;
}

QWidget *EnvironmentsMode::widget() const
{
    return m_splitter;
}

QString EnvironmentsMode::title() const
{
    return tr("Environments");
}

QString EnvironmentsMode::toolTip() const
{
    return tr("Environments and their services (Ctrl+1)");
}

QIcon EnvironmentsMode::icon() const
{
    return QIcon(QStringLiteral(":/icons/environments-mode.svg"));
}

QKeySequence EnvironmentsMode::shortcut() const
{
    return QKeySequence(tr("Ctrl+1"));
}

QList<QAction *> EnvironmentsMode::toolBarActions() const
{
    // Removal stands apart, at the far end.
    return {m_add, m_edit,    m_duplicate, nullptr, m_refresh, nullptr,
            m_up,  m_restart, m_pull,      nullptr, m_down,    m_remove};
}

QMenu *EnvironmentsMode::menu() const
{
    return m_menu;
}

void EnvironmentsMode::createActions()
{
    const auto make = [this](const char *name, const QString &icon, const QKeySequence &shortcut) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
        action->setShortcut(shortcut);
        return action;
    };
    m_add = make("addEnvironmentAction", QStringLiteral("add"), QKeySequence::New);
    m_edit = make("editEnvironmentAction", QStringLiteral("edit"), QKeySequence(Qt::Key_F2));
    m_duplicate =
        make("duplicateEnvironmentAction", QStringLiteral("duplicate"), QKeySequence(tr("Ctrl+D")));
    m_remove = make("removeEnvironmentAction", QStringLiteral("remove"), QKeySequence::Delete);
    m_refresh = make("refreshAction", QStringLiteral("refresh"), QKeySequence::Refresh);
    m_up = make("upAction", QStringLiteral("compose-up"), QKeySequence(tr("Ctrl+Shift+U")));
    m_down = make("downAction", QStringLiteral("compose-down"), QKeySequence(tr("Ctrl+Shift+D")));
    m_downVolumes = make("downVolumesAction", QStringLiteral("compose-down"), {});
    m_restart =
        make("restartAction", QStringLiteral("compose-restart"), QKeySequence(tr("Ctrl+Shift+R")));
    m_pull = make("pullAction", QStringLiteral("compose-pull"), QKeySequence(tr("Ctrl+Shift+P")));
    m_startContainer = make("startContainerAction", QStringLiteral("compose-up"), {});
    m_stopContainer = make("stopContainerAction", QStringLiteral("compose-down"), {});
    m_restartContainer = make("restartContainerAction", QStringLiteral("compose-restart"), {});
    m_killContainer = make("killContainerAction", QStringLiteral("container-kill"), {});
    m_logs = make("showLogsAction", QStringLiteral("logs"), QKeySequence(tr("Ctrl+Shift+L")));
    m_scheduleBackup = make("scheduleBackupAction", QStringLiteral("backups-mode"), {});
    connect(m_scheduleBackup, &QAction::triggered, this, [this] {
        if (!selectedEnvironment().isEmpty() && !m_readOnly)
            emit backupWizardRequested(selectedEnvironment());
    });
    connect(m_logs, &QAction::triggered, this, &EnvironmentsMode::showLogs);
    connect(m_up, &QAction::triggered, this, [this] { runComposeAction(Action::Kind::Up); });
    connect(m_down, &QAction::triggered, this, [this] { runComposeAction(Action::Kind::Down); });
    connect(m_downVolumes, &QAction::triggered, this,
            [this] { runComposeAction(Action::Kind::Down, true); });
    connect(m_restart, &QAction::triggered, this,
            [this] { runComposeAction(Action::Kind::Restart); });
    connect(m_pull, &QAction::triggered, this, [this] { runComposeAction(Action::Kind::Pull); });
    connect(m_startContainer, &QAction::triggered, this,
            [this] { runContainerAction(Action::Kind::StartContainer); });
    connect(m_stopContainer, &QAction::triggered, this,
            [this] { runContainerAction(Action::Kind::StopContainer); });
    connect(m_restartContainer, &QAction::triggered, this,
            [this] { runContainerAction(Action::Kind::RestartContainer); });
    connect(m_killContainer, &QAction::triggered, this,
            [this] { runContainerAction(Action::Kind::KillContainer); });
    QTableView *containers = m_containers->view();
    containers->setContextMenuPolicy(Qt::ActionsContextMenu);
    containers->addActions(
        {m_logs, m_startContainer, m_stopContainer, m_restartContainer, m_killContainer});
    connect(containers->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EnvironmentsMode::updateActions);
    connect(m_containers->model(), &QAbstractItemModel::modelReset, this,
            &EnvironmentsMode::updateActions);
    // Delete must not fire while the user edits text elsewhere in the window.
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tree->addAction(m_remove);
    m_tree->addActions({m_logs, m_up, m_down, m_downVolumes, m_restart, m_pull, m_edit, m_duplicate,
                        m_scheduleBackup});

    connect(m_add, &QAction::triggered, this, [this] { openDialog(EnvironmentDialog::Mode::Add); });
    connect(m_edit, &QAction::triggered, this,
            [this] { openDialog(EnvironmentDialog::Mode::Edit); });
    connect(m_duplicate, &QAction::triggered, this,
            [this] { openDialog(EnvironmentDialog::Mode::Duplicate); });
    connect(m_remove, &QAction::triggered, this, &EnvironmentsMode::confirmRemove);
    connect(m_refresh, &QAction::triggered, this, [this] {
        reload();
        m_context.monitors.refresh(); // and what the engines say, at once
    });
    // Ctrl+T works from anywhere in the window: show what it runs.
    connect(m_smoke->runAction(), &QAction::triggered, this, &EnvironmentsMode::showSmokeTests);
    connect(m_smoke->editAction(), &QAction::triggered, this, &EnvironmentsMode::showSmokeTests);

    m_menu->addActions({m_add, m_edit, m_duplicate});
    m_menu->addSeparator();
    m_menu->addAction(m_refresh);
    m_menu->addSeparator();
    m_menu->addActions({m_smoke->runAction(), m_smoke->editAction(), m_scheduleBackup});
    m_menu->addSeparator();
    m_menu->addActions({m_logs, m_up, m_restart, m_pull, m_down, m_downVolumes});
    m_containerMenu = m_menu->addMenu(QString());
    m_containerMenu->addActions(
        {m_startContainer, m_stopContainer, m_restartContainer, m_killContainer});
    m_menu->addSeparator();
    m_menu->addAction(m_remove);
}

void EnvironmentsMode::retranslate()
{
    m_menu->setTitle(tr("&Environment"));
    m_add->setText(tr("&Add…"));
    m_add->setToolTip(tr("Add an environment (Ctrl+N)"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setToolTip(tr("Edit the selected environment (F2)"));
    m_duplicate->setText(tr("&Duplicate…"));
    m_duplicate->setToolTip(tr("Add a copy of the selected environment (Ctrl+D)"));
    m_remove->setText(tr("&Remove…"));
    m_remove->setToolTip(tr("Remove the selected environment from the workspace (Del); its "
                            "stack keeps running"));
    m_up->setText(tr("&Up"));
    m_up->setToolTip(tr("Bring the stack (or the selected service) up, then wait until it is "
                        "healthy (Ctrl+Shift+U)"));
    m_down->setText(tr("Do&wn…"));
    m_down->setToolTip(tr("Take the whole stack down; its volumes stay (Ctrl+Shift+D)"));
    m_downVolumes->setText(tr("Down and Remove &Volumes…"));
    m_downVolumes->setToolTip(tr("Take the stack down and delete its volumes, after showing "
                                 "their names"));
    m_restart->setText(tr("Res&tart"));
    m_restart->setToolTip(tr("Restart the stack's (or the selected service's) containers, then "
                             "wait until they are healthy (Ctrl+Shift+R)"));
    m_pull->setText(tr("&Pull"));
    m_pull->setToolTip(tr("Pull the images of the stack (or the selected service) "
                          "(Ctrl+Shift+P)"));
    m_containerMenu->setTitle(tr("&Container"));
    m_logs->setText(tr("Show &Logs"));
    m_logs->setToolTip(tr("Follow the log of the selected container, or of every container of "
                          "the selected service (Ctrl+Shift+L)"));
    m_startContainer->setText(tr("&Start Container"));
    m_stopContainer->setText(tr("S&top Container"));
    m_restartContainer->setText(tr("&Restart Container"));
    m_killContainer->setText(tr("&Kill Container…"));
    m_scheduleBackup->setText(tr("Schedule &Backups…"));
    m_scheduleBackup->setToolTip(tr("Open the backup scheduler for the selected environment"));
    m_refresh->setText(tr("Re&load"));
    m_refresh->setToolTip(tr("Read the workspace and compose files again (F5)"));
    m_detailsTabs->setTabText(m_detailsTabs->indexOf(m_containers), tr("Containers"));
    m_detailsTabs->setTabText(m_detailsTabs->indexOf(m_smoke), tr("Smoke Tests"));
    m_model->retranslate();
    emit statusChanged(m_loadFailed ? tr("Workspace unavailable")
                                    : tr("%n environment(s)", nullptr, int(m_model->rowCount())));
    // Messages from the core (compose errors) were made in the old language.
    if (m_opened)
        reload();
}

void EnvironmentsMode::restoreState(const GuiSettings &settings)
{
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

void EnvironmentsMode::saveState(GuiSettings &settings) const
{
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

void EnvironmentsMode::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_smoke->setReadOnly(readOnly);
    updateActions();
}

QString EnvironmentsMode::selectedEnvironment() const
{
    return m_tree->currentIndex().data(EnvironmentTreeModel::EnvironmentNameRole).toString();
}

void EnvironmentsMode::selectEnvironment(const QString &name)
{
    const QModelIndex index = m_model->indexOf(name);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void EnvironmentsMode::selectionChanged()
{
    const EnvironmentEntry *entry = m_model->entryAt(m_tree->currentIndex());
    m_details->setEntry(entry);
    m_containers->setMonitor(entry ? m_context.monitors.monitor(entry->environment.name) : nullptr);
    m_smoke->setEnvironment(entry ? &entry->environment : nullptr);
    updateActions();
}

void EnvironmentsMode::updateActions()
{
    const bool loaded = m_opened && !m_loadFailed;
    const bool selected = loaded && !selectedEnvironment().isEmpty();
    // A read-only console (a manager's) changes nothing and runs nothing on a host.
    const QList<QAction *> changing = {m_add,
                                       m_edit,
                                       m_duplicate,
                                       m_remove,
                                       m_up,
                                       m_down,
                                       m_downVolumes,
                                       m_restart,
                                       m_pull,
                                       m_startContainer,
                                       m_stopContainer,
                                       m_restartContainer,
                                       m_killContainer,
                                       m_scheduleBackup};
    for (QAction *action : changing)
        action->setVisible(!m_readOnly);
    m_containerMenu->menuAction()->setVisible(!m_readOnly);
    const EnvironmentEntry *entry = selected ? m_model->entryAt(m_tree->currentIndex()) : nullptr;
    const bool hasEngine = entry && !entry->environment.engineUrl.isEmpty() && !m_readOnly;
    for (QAction *action : {m_up, m_down, m_downVolumes, m_restart, m_pull})
        action->setEnabled(hasEngine);
    // Reading a log changes nothing: a read-only console has it too.
    const QModelIndex current = m_tree->currentIndex();
    m_logs->setEnabled(entry && !entry->environment.engineUrl.isEmpty() &&
                       (!m_containers->currentContainer().isEmpty() ||
                        current.data(EnvironmentTreeModel::IsServiceRole).toBool()));
    const bool container = hasEngine && !m_containers->currentContainer().isEmpty();
    for (QAction *action : {m_startContainer, m_stopContainer, m_restartContainer, m_killContainer})
        action->setEnabled(container);
    m_add->setEnabled(loaded && !m_readOnly);
    m_edit->setEnabled(selected && !m_readOnly);
    m_duplicate->setEnabled(selected && !m_readOnly);
    m_remove->setEnabled(selected && !m_readOnly);
    m_scheduleBackup->setEnabled(hasEngine);
}

void EnvironmentsMode::runComposeAction(Action::Kind kind, bool removeVolumes)
{
    const QModelIndex current = m_tree->currentIndex();
    const EnvironmentEntry *entry = m_model->entryAt(current);
    if (!entry || m_readOnly)
        return;
    Action::Request request;
    request.kind = kind;
    request.removeVolumes = removeVolumes;
    // Down is the whole project's (compose takes no services for it): never one service's.
    if (current.data(EnvironmentTreeModel::IsServiceRole).toBool() && kind != Action::Kind::Down)
        request.services = {current.siblingAtColumn(0).data().toString()};
    m_context.actions.launch(entry->environment, request);
}

void EnvironmentsMode::runContainerAction(Action::Kind kind)
{
    const EnvironmentEntry *entry = m_model->entryAt(m_tree->currentIndex());
    const QString container = m_containers->currentContainer();
    if (!entry || container.isEmpty() || m_readOnly)
        return;
    Action::Request request;
    request.kind = kind;
    request.container = container;
    m_context.actions.launch(entry->environment, request);
}

void EnvironmentsMode::showLogs()
{
    const QModelIndex current = m_tree->currentIndex();
    const EnvironmentEntry *entry = m_model->entryAt(current);
    if (!entry)
        return;
    QString target = m_containers->currentContainer();
    if (target.isEmpty() && current.data(EnvironmentTreeModel::IsServiceRole).toBool())
        target = current.siblingAtColumn(0).data().toString();
    if (target.isEmpty())
        return;
    auto *viewer = new LogViewer(entry->environment, target);
    BottomPanel &panel = m_context.panel;
    panel.addPage(viewer, viewer->title(), viewer->toolTip());
    connect(viewer, &LogViewer::closeRequested, &panel,
            [&panel, viewer] { panel.closePage(panel.indexOf(viewer)); });
    connect(viewer, &LogViewer::titleChanged, &panel,
            [&panel, viewer] { panel.setPageTitle(viewer, viewer->title(), viewer->toolTip()); });
    viewer->view()->setFocus();
}

void EnvironmentsMode::updateStatus(const QString &name)
{
    if (EnvironmentMonitor *monitor = m_context.monitors.monitor(name))
        m_model->setStatus(name, monitor->rollup(), monitor->rollupReason());
}

void EnvironmentsMode::reload()
{
    const bool needsOpen = !m_opened;
    m_context.runner.run<QList<EnvironmentEntry>>(
        this,
        [needsOpen](Workspace &workspace) {
            if (needsOpen) {
                workspace.open();
                BuiltinProfile::ensure(workspace);
            }
            QList<EnvironmentEntry> entries;
            for (const Environment &environment : EnvironmentRepository(workspace).list()) {
                const auto [services, error] = ComposeFile::serviceNames(environment.composeFiles);
                QStringList missing;
                for (const QString &path :
                     environment.composeFiles + QStringList{environment.envFile}) {
                    if (!path.isEmpty() && !QFileInfo::exists(path))
                        missing << path;
                }
                entries.append({environment, services, error, missing});
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
            m_context.monitors.setEnvironments(environments);
            for (const QString &name : m_context.monitors.names())
                updateStatus(name);
            m_tree->expandAll();
            selectEnvironment(m_pendingSelection);
            if (!m_tree->currentIndex().isValid() && m_model->rowCount() > 0)
                m_tree->setCurrentIndex(m_model->index(0, 0));
            selectionChanged();
            emit statusChanged(tr("%n environment(s)", nullptr, int(m_model->rowCount())));
            emit environmentsLoaded();
        },
        [this](const Error &error) {
            m_loadFailed = true;
            m_model->setEntries({});
            m_details->setUnavailable(error.message());
            updateActions();
            emit statusChanged(tr("Workspace unavailable"));
            showError(m_splitter, tr("Cannot Open the Workspace"), error.message());
            emit environmentsLoaded();
        });
}

void EnvironmentsMode::openDialog(EnvironmentDialog::Mode mode)
{
    const EnvironmentEntry *entry = m_model->entryAt(m_tree->currentIndex());
    if (mode != EnvironmentDialog::Mode::Add && !entry)
        return;
    auto *dialog = new EnvironmentDialog(mode, m_splitter);
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

void EnvironmentsMode::save(EnvironmentDialog::Mode mode, const QString &originalName,
                            const Environment &environment)
{
    m_context.runner.run<Environment>(
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
            showError(m_splitter, tr("Cannot Save the Environment"), error.message());
            // Nothing typed is lost: the dialog comes back with the same values.
            auto *dialog = new EnvironmentDialog(mode, m_splitter);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setEnvironment(environment);
            connect(dialog, &QDialog::accepted, this, [this, dialog, mode, originalName] {
                save(mode, originalName, dialog->environment());
            });
            dialog->open();
        });
}

void EnvironmentsMode::confirmRemove()
{
    const EnvironmentEntry *entry = m_model->entryAt(m_tree->currentIndex());
    if (!entry || m_readOnly)
        return;
    const QString name = entry->environment.name;
    if (entry->environment.tier == Tier::Production) {
        confirmByTypedName(m_splitter, QStringLiteral("confirmProductionRemoval"),
                           tr("Remove Production Environment"),
                           tr("\"%1\" is a production environment. Type its name to remove it "
                              "from the workspace (its stack keeps running):")
                               .arg(name),
                           tr("Remove"), name, tr("nothing was removed."),
                           [this, name] { remove(name); });
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Remove Environment"),
                        tr("Remove \"%1\" from the workspace? Its stack keeps running; only "
                           "the console forgets it.")
                            .arg(name),
                        QMessageBox::Cancel, m_splitter);
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

void EnvironmentsMode::remove(const QString &name)
{
    m_context.runner.run<bool>(
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
        [this](const Error &error) {
            showError(m_splitter, tr("Cannot Remove the Environment"), error.message());
        });
}

void EnvironmentsMode::askAboutHostKey(const QString &name, const Error &error)
{
    EnvironmentMonitor *monitor = m_context.monitors.monitor(name);
    HostKeyPrompt::ask(m_splitter, name, monitor ? monitor->environment().engineUrl : QString(),
                       error, [this, name] { m_context.monitors.restart(name); });
}

void EnvironmentsMode::showSmokeTests()
{
    emit activationRequested();
    m_detailsTabs->setCurrentWidget(m_smoke);
}

} // namespace blihops::gui
