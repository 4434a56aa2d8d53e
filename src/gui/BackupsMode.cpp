#include "BackupsMode.h"

#include "Background.h"
#include "BackupCatalogModel.h"
#include "BackupJobsModel.h"
#include "BackupMonitor.h"
#include "BackupPruneDialog.h"
#include "BackupTaskTab.h"
#include "BackupWizard.h"
#include "BottomPanel.h"
#include "ErrorBox.h"
#include "GuiSettings.h"
#include "HostKeyPrompt.h"
#include "ModeAction.h"
#include "NameConfirmation.h"
#include "VerificationExporter.h"
#include "VerifyDialog.h"
#include "WorkspaceRunner.h"
#include "archive/ArchiveReader.h"
#include "backup/BackupDownload.h"
#include "backup/BackupHost.h"
#include "backup/BackupInstaller.h"
#include "backup/BackupJobRepository.h"
#include "backup/BackupPruner.h"
#include "backup/BackupRunNow.h"
#include "backup/BackupSchedule.h"
#include "remote/HostKeyStore.h"
#include "remote/SshWorkPool.h"
#include "verify/VerificationRepository.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace blihops::gui {

struct BackupsMode::Loaded
{
    QList<Environment> environments;
    QList<BackupJob> jobs;
};

struct BackupsMode::Catalog
{
    QList<BackupCatalog::Entry> entries;
    QSet<QString> present;
    QStringList problems;
    QHash<QString, QDateTime> verified; // by backup id: when a restore last proved it
    QHash<QString, qint64> newest;      // the newest verification of each backup
};

namespace {

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QTableView *makeTable(const char *name, QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->setObjectName(QString::fromLatin1(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    return view;
}

} // namespace

BackupsMode::BackupsMode(const ModeContext &context, QWidget *parent)
    : Mode(parent), m_context(context), m_page(new QWidget(parent)),
      m_splitter(new QSplitter(Qt::Vertical)), m_lowerSplitter(new QSplitter(Qt::Horizontal)),
      m_environmentBox(new QComboBox), m_hostState(new QLabel), m_alerts(new QLabel),
      m_jobs(new BackupJobsModel(this)), m_jobsView(makeTable("backupJobs", m_jobs)),
      m_catalog(new BackupCatalogModel(this)), m_catalogView(makeTable("backupCatalog", m_catalog)),
      m_catalogState(new QLabel), m_contents(new QTreeWidget), m_menu(new QMenu(parent)),
      m_exporter(new VerificationExporter(context.runner.sharedWorkspace(), m_page))
{
    setObjectName(QStringLiteral("backupsMode"));
    m_page->setObjectName(QStringLiteral("backupsPage"));
    m_splitter->setObjectName(QStringLiteral("backupsSplitter"));
    m_lowerSplitter->setObjectName(QStringLiteral("backupsCatalogSplitter"));
    m_environmentBox->setObjectName(QStringLiteral("backupEnvironmentBox"));
    m_environmentBox->setMinimumContentsLength(18);
    m_hostState->setObjectName(QStringLiteral("backupHostState"));
    m_hostState->setWordWrap(true);
    m_hostState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_alerts->setObjectName(QStringLiteral("backupAlerts"));
    m_alerts->setWordWrap(true);
    m_alerts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_alerts->setStyleSheet(QStringLiteral("QLabel { background: #fef3c7; color: #92400e; "
                                           "border: 1px solid #f59e0b; padding: 4px; }"));
    m_alerts->hide();
    m_catalogState->setObjectName(QStringLiteral("backupCatalogState"));
    m_catalogState->setWordWrap(true);
    // Every column as wide as its text, so that a backup's result (a file gone) and when it
    // was verified show without scrolling; the SHA-256 (in full in its tooltip) as wide as
    // a person drags it.
    QHeaderView *catalogHeader = m_catalogView->horizontalHeader();
    catalogHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    catalogHeader->setSectionResizeMode(BackupCatalogModel::Sha256Column, QHeaderView::Interactive);
    catalogHeader->resizeSection(BackupCatalogModel::Sha256Column,
                                 m_catalogView->fontMetrics().horizontalAdvance(QLatin1Char('0')) *
                                     14);
    // A job's name in full, "(disabled)" included.
    m_jobsView->horizontalHeader()->setSectionResizeMode(BackupJobsModel::NameColumn,
                                                         QHeaderView::ResizeToContents);
    m_contents->setObjectName(QStringLiteral("backupContents"));
    m_contents->setRootIsDecorated(false);
    m_contents->setUniformRowHeights(true);
    m_contents->setColumnCount(3);

    auto *environmentLabel = new QLabel;
    environmentLabel->setObjectName(QStringLiteral("backupEnvironmentLabel"));
    environmentLabel->setBuddy(m_environmentBox);
    auto *top = new QHBoxLayout;
    top->addWidget(environmentLabel);
    top->addWidget(m_environmentBox);
    top->addWidget(m_hostState, 1);
    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_catalogState);
    lowerLayout->addWidget(m_lowerSplitter, 1);
    m_lowerSplitter->addWidget(m_catalogView);
    m_lowerSplitter->addWidget(m_contents);
    m_lowerSplitter->setStretchFactor(0, 3);
    m_lowerSplitter->setStretchFactor(1, 2);
    m_lowerSplitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_jobsView);
    m_splitter->addWidget(lower);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(m_page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_alerts);
    layout->addWidget(m_splitter, 1);

    createActions();
    connect(m_environmentBox, &QComboBox::activated, this, [this] {
        showJobs();
        refreshCatalog();
    });
    connect(m_jobsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BackupsMode::updateActions);
    connect(m_catalogView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showContents();
        updateActions();
    });
    connect(m_jobsView, &QTableView::activated, this, [this] {
        if (!m_readOnly)
            m_editJob->trigger();
    });
    connect(&m_context.backups, &BackupMonitor::updated, this, [this](const QString &name) {
        if (name == currentEnvironment())
            showStatus();
    });
    connect(&m_context.backups, &BackupMonitor::refreshFinished, this, &BackupsMode::showStatus);
    connect(&m_context.backups, &BackupMonitor::hostKeyNeeded, this,
            [this](const QString &name, const QString &url, const Error &error) {
                if (name == currentEnvironment())
                    HostKeyPrompt::ask(m_page, name, url, error,
                                       [this] { m_context.backups.refresh(); });
            });
    retranslate();
    updateActions();
}

BackupsMode::~BackupsMode()
{
    delete m_page;
    delete m_menu;
}

QWidget *BackupsMode::widget() const
{
    return m_page;
}

QString BackupsMode::title() const
{
    return tr("Backups");
}

QString BackupsMode::toolTip() const
{
    return tr("Backup jobs on the hosts, their catalog, retention and alerts (Ctrl+3)");
}

QIcon BackupsMode::icon() const
{
    return QIcon(QStringLiteral(":/icons/backups-mode.svg"));
}

QKeySequence BackupsMode::shortcut() const
{
    return QKeySequence(tr("Ctrl+3"));
}

QList<QAction *> BackupsMode::toolBarActions() const
{
    // What takes things away from the host stands apart.
    return {m_newJob, m_editJob, m_toggleJob, nullptr, m_runNow,       m_download,
            m_verify, m_refresh, nullptr,     m_prune, m_deleteBackup, m_removeJob};
}

QMenu *BackupsMode::menu() const
{
    return m_menu;
}

void BackupsMode::createActions()
{
    m_newJob = modeAction(this, "newBackupJobAction", QStringLiteral("add"),
                          QKeySequence(tr("Ctrl+Shift+B")));
    m_editJob = modeAction(this, "editBackupJobAction", QStringLiteral("edit"),
                           QKeySequence(tr("Ctrl+Shift+E")));
    m_toggleJob = modeAction(this, "toggleBackupJobAction", QStringLiteral("disable"), {});
    m_removeJob =
        modeAction(this, "removeBackupJobAction", QStringLiteral("remove"), QKeySequence::Delete);
    m_runNow = modeAction(this, "backUpNowAction", QStringLiteral("backup-run"),
                          QKeySequence(tr("Ctrl+B")));
    m_download = modeAction(this, "downloadBackupAction", QStringLiteral("download"),
                            QKeySequence(tr("Ctrl+Shift+G")));
    m_verify = modeAction(this, "verifyBackupAction", QStringLiteral("smoke-passed"),
                          QKeySequence(tr("Ctrl+Shift+V")));
    m_verifyNewest = modeAction(this, "verifyNewestBackupAction", QStringLiteral("smoke-passed"),
                                QKeySequence(tr("Ctrl+Alt+V")));
    m_verifyFile =
        modeAction(this, "verifyDumpFileAction", QStringLiteral("smoke-passed"), QKeySequence());
    m_verifyHostFile =
        modeAction(this, "verifyHostFileAction", QStringLiteral("smoke-passed"), QKeySequence());
    m_exportVerification = modeAction(this, "exportVerificationAction", QStringLiteral("export"),
                                      QKeySequence(tr("Ctrl+Alt+E")));
    m_deleteBackup =
        modeAction(this, "deleteBackupAction", QStringLiteral("remove"), QKeySequence::Delete);
    m_prune = modeAction(this, "pruneBackupsAction", QStringLiteral("prune"),
                         QKeySequence(tr("Ctrl+Shift+K")));
    m_refresh = modeAction(this, "refreshBackupsAction", QStringLiteral("refresh"),
                           QKeySequence(tr("Ctrl+Alt+R")));
    m_extract = modeAction(this, "extractBackupFileAction", QStringLiteral("export"),
                           QKeySequence(tr("Ctrl+Shift+X")));
    m_contents->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_contents->addAction(m_extract);
    connect(m_contents, &QTreeWidget::currentItemChanged, this, &BackupsMode::updateActions);
    connect(m_extract, &QAction::triggered, this, &BackupsMode::chooseExtractDestination);
    // Delete acts on the table that has the focus: a job, or one backup.
    m_removeJob->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteBackup->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_jobsView->addActions({m_runNow, m_verifyNewest, m_editJob, m_toggleJob, m_removeJob});
    m_catalogView->addActions({m_download, m_verify, m_exportVerification, m_deleteBackup});
    connect(m_verify, &QAction::triggered, this, &BackupsMode::verifyCurrent);
    connect(m_verifyNewest, &QAction::triggered, this, [this] {
        const BackupCatalog::Entry *entry = newestOfCurrentJob();
        if (entry && currentJob())
            openVerifyDialog(VerificationSetup::Backup{*currentJob(), *entry}, {});
    });
    connect(m_verifyFile, &QAction::triggered, this, &BackupsMode::chooseFileToVerify);
    connect(m_verifyHostFile, &QAction::triggered, this, &BackupsMode::chooseHostFileToVerify);
    connect(m_exportVerification, &QAction::triggered, this, [this] {
        if (const qint64 id = currentVerification())
            m_exporter->choose(id, currentEntry()->record.id);
    });
    connect(m_exporter, &VerificationExporter::exported, this,
            [this](const QString &path) { emit statusChanged(tr("Exported to %1").arg(path)); });
    connect(m_newJob, &QAction::triggered, this, [this] { openWizard(currentEnvironment()); });
    connect(m_editJob, &QAction::triggered, this, [this] {
        if (const BackupJob *job = currentJob())
            openWizard(job->environment, *job);
    });
    connect(m_toggleJob, &QAction::triggered, this, &BackupsMode::toggleJob);
    connect(m_removeJob, &QAction::triggered, this, &BackupsMode::confirmRemoveJob);
    connect(m_runNow, &QAction::triggered, this, [this] {
        if (const BackupJob *job = currentJob())
            runNow(*job);
    });
    connect(m_download, &QAction::triggered, this, &BackupsMode::chooseDownloadFolder);
    connect(m_deleteBackup, &QAction::triggered, this, &BackupsMode::confirmDeleteBackup);
    connect(m_prune, &QAction::triggered, this, &BackupsMode::previewPrune);
    connect(m_refresh, &QAction::triggered, this, &BackupsMode::reload);

    m_menu->addActions({m_newJob, m_editJob, m_toggleJob});
    m_menu->addSeparator();
    m_menu->addActions({m_runNow, m_download, m_verify, m_verifyNewest, m_verifyFile,
                        m_verifyHostFile, m_exportVerification, m_extract, m_refresh});
    m_menu->addSeparator();
    m_menu->addActions({m_prune, m_deleteBackup, m_removeJob});
}

void BackupsMode::retranslate()
{
    m_menu->setTitle(tr("&Backups"));
    m_newJob->setText(tr("&New Job…"));
    m_newJob->setToolTip(tr("Schedule a new backup job on the environment's host "
                            "(Ctrl+Shift+B)"));
    m_editJob->setText(tr("&Edit Job…"));
    m_editJob->setToolTip(tr("Change the selected job and install it again (Ctrl+Shift+E)"));
    const BackupJob *job = currentJob();
    m_toggleJob->setText(job && !job->enabled ? tr("En&able Job") : tr("Dis&able Job"));
    m_toggleJob->setToolTip(tr("Take the selected job's schedule off the host, or put it back; "
                               "its backups stay"));
    m_removeJob->setText(tr("&Remove Job…"));
    m_removeJob->setToolTip(tr("Take the selected job off its host and out of the workspace, "
                               "keeping its backups or not (Del)"));
    m_runNow->setText(tr("&Back Up Now"));
    m_runNow->setToolTip(tr("Run the selected job on its host now, with its progress in the "
                            "bottom panel (Ctrl+B)"));
    m_download->setText(tr("&Download…"));
    m_download->setToolTip(tr("Copy the selected backup to this machine and check its SHA-256 "
                              "(Ctrl+Shift+G)"));
    m_verify->setText(tr("&Verify Restore…"));
    m_verify->setToolTip(tr("Restore the selected backup into a scratch database (or read its "
                            "archive) and prove it equals what was backed up (Ctrl+Shift+V)"));
    m_verifyNewest->setText(tr("Verify Ne&west Backup…"));
    m_verifyNewest->setToolTip(tr("Prove that the selected job's newest good backup restores to "
                                  "what was backed up (Ctrl+Alt+V)"));
    m_verifyFile->setText(tr("Verify a D&ump File…"));
    m_verifyFile->setToolTip(tr("Restore a dump or archive file on this machine into a scratch "
                                "database of the environment and prove it"));
    m_verifyHostFile->setText(tr("Verify a File on the &Host…"));
    m_verifyHostFile->setToolTip(tr("Restore a dump or archive that no job of the console made, "
                                    "where it lies on the environment's host, and prove it"));
    m_exportVerification->setText(tr("Expor&t Verification…"));
    m_exportVerification->setToolTip(tr("Write the selected backup's newest restore "
                                        "verification to a PDF or Markdown file (Ctrl+Alt+E)"));
    m_deleteBackup->setText(tr("De&lete Backup…"));
    m_deleteBackup->setToolTip(tr("Delete the selected backup's file on the host (Del)"));
    m_prune->setText(tr("&Prune…"));
    m_prune->setToolTip(tr("Show which backups retention lets go, and why, then delete exactly "
                           "those (Ctrl+Shift+K)"));
    m_extract->setText(tr("E&xtract File…"));
    m_extract->setToolTip(tr("Write the selected file of a downloaded storage backup to this "
                             "machine (Ctrl+Shift+X)"));
    m_refresh->setText(tr("Re&fresh"));
    m_refresh->setToolTip(tr("Read the jobs, the catalog and the hosts' status again "
                             "(Ctrl+Alt+R)"));
    if (auto *label = m_page->findChild<QLabel *>(QStringLiteral("backupEnvironmentLabel")))
        label->setText(tr("&Environment:"));
    m_jobs->retranslate();
    m_catalog->retranslate();
    showContents();
    emit statusChanged(
        m_allJobs.isEmpty() ? QString() : tr("%n backup job(s)", nullptr, int(m_allJobs.size())));
}

void BackupsMode::restoreState(const GuiSettings &settings)
{
    if (!m_splitter->restoreState(
            settings.value(GuiSettings::Key::BackupsSplitterState).toByteArray()))
        m_splitter->setSizes({260, 400});
    m_jobsView->horizontalHeader()->restoreState(
        settings.value(GuiSettings::Key::BackupJobsHeaderState).toByteArray());
    m_catalogView->horizontalHeader()->restoreState(
        settings.value(GuiSettings::Key::BackupCatalogHeaderState).toByteArray());
    m_pendingEnvironment = settings.value(GuiSettings::Key::LastBackupEnvironment).toString();
}

void BackupsMode::saveState(GuiSettings &settings) const
{
    settings.setValue(GuiSettings::Key::BackupsSplitterState, m_splitter->saveState());
    settings.setValue(GuiSettings::Key::BackupJobsHeaderState,
                      m_jobsView->horizontalHeader()->saveState());
    settings.setValue(GuiSettings::Key::BackupCatalogHeaderState,
                      m_catalogView->horizontalHeader()->saveState());
    if (!currentEnvironment().isEmpty())
        settings.setValue(GuiSettings::Key::LastBackupEnvironment, currentEnvironment());
}

void BackupsMode::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void BackupsMode::activate()
{
    if (!m_loadedOnce)
        reload();
}

QString BackupsMode::currentEnvironment() const
{
    return m_environmentBox->currentData().toString();
}

void BackupsMode::selectEnvironment(const QString &name)
{
    const int index = m_environmentBox->findData(name);
    if (index < 0) {
        m_pendingEnvironment = name; // once the environments are read
        return;
    }
    if (index != m_environmentBox->currentIndex()) {
        m_environmentBox->setCurrentIndex(index);
        showJobs();
        refreshCatalog();
    }
}

void BackupsMode::selectJob(const QString &job)
{
    const int row = m_jobs->rowOf(job);
    if (row >= 0)
        m_jobsView->setCurrentIndex(m_jobs->index(row, 0));
}

std::optional<Environment> BackupsMode::environmentNamed(const QString &name) const
{
    for (const Environment &environment : m_environments) {
        if (environment.name == name)
            return environment;
    }
    return std::nullopt;
}

const BackupJob *BackupsMode::currentJob() const
{
    return m_jobs->jobAt(m_jobsView->currentIndex().row());
}

const BackupCatalog::Entry *BackupsMode::currentEntry() const
{
    return m_catalog->entryAt(m_catalogView->currentIndex().row());
}

void BackupsMode::reload()
{
    m_context.runner.run<Loaded>(
        this,
        [](Workspace &workspace) {
            return Loaded{EnvironmentRepository(workspace).list(),
                          BackupJobRepository(workspace).list()};
        },
        [this](const Loaded &result) {
            m_loadedOnce = true;
            const QString current = currentEnvironment();
            const QString wanted = !m_pendingEnvironment.isEmpty() ? m_pendingEnvironment : current;
            m_pendingEnvironment.clear();
            m_environments = result.environments;
            m_allJobs = result.jobs;
            m_environmentBox->clear();
            for (const Environment &environment : std::as_const(m_environments))
                m_environmentBox->addItem(QIcon(QStringLiteral(":/icons/environment.svg")),
                                          environment.name, environment.name);
            m_environmentBox->setCurrentIndex(std::max(0, m_environmentBox->findData(wanted)));
            showJobs();
            refreshCatalog();
            m_context.backups.refresh();
            emit statusChanged(m_allJobs.isEmpty()
                                   ? QString()
                                   : tr("%n backup job(s)", nullptr, int(m_allJobs.size())));
            emit loaded();
        },
        [this](const Error &error) {
            showError(m_page, tr("Cannot Read the Backup Jobs"), error.message());
            emit loaded();
        });
}

void BackupsMode::showJobs()
{
    const QString selected = currentJob() ? currentJob()->name : QString();
    QList<BackupJob> jobs;
    for (const BackupJob &job : std::as_const(m_allJobs)) {
        if (job.environment == currentEnvironment())
            jobs << job;
    }
    m_jobs->setJobs(jobs);
    const int row = m_jobs->rowOf(selected);
    if (!jobs.isEmpty())
        m_jobsView->setCurrentIndex(m_jobs->index(std::max(row, 0), 0));
    showStatus();
    updateActions();
}

void BackupsMode::showStatus()
{
    const QString environment = currentEnvironment();
    const BackupMonitor &monitor = m_context.backups;
    const QString hostError = monitor.hostError(environment);
    m_jobs->setStatuses(monitor.statuses(environment), hostError);
    QHash<QString, QString> webhookErrors;
    for (const BackupJob &job : m_jobs->jobs()) {
        const QString error = monitor.webhookError(environment, job.name);
        if (!error.isEmpty())
            webhookErrors.insert(job.name, error);
    }
    m_jobs->setWebhookErrors(webhookErrors);
    QStringList alerts = monitor.alertLines(environment);
    for (auto it = webhookErrors.cbegin(); it != webhookErrors.cend(); ++it)
        alerts << tr("%1: the webhook could not be told: %2").arg(it.key(), it.value());
    const QString restoreWarning = monitor.restoreProofWarning(environment);
    if (!restoreWarning.isEmpty())
        alerts << restoreWarning;
    m_alerts->setText(alerts.join(QLatin1Char('\n')));
    m_alerts->setVisible(!alerts.isEmpty());
    if (m_jobs->rowCount() == 0)
        m_hostState->setText(
            environment.isEmpty()
                ? tr("Add an environment in the Environments mode first.")
                : tr("%1 has no backup jobs yet: New Job schedules one.").arg(environment));
    else if (!hostError.isEmpty())
        m_hostState->setText(tr("The host could not be asked: %1").arg(hostError));
    else
        m_hostState->setText(monitor.isRefreshing() ? tr("Asking the host…") : QString());
}

void BackupsMode::refreshCatalog()
{
    const int generation = ++m_catalogGeneration;
    const std::optional<Environment> environment = environmentNamed(currentEnvironment());
    const QList<BackupJob> jobs = m_jobs->jobs();
    if (!environment || jobs.isEmpty()) {
        m_catalog->setEntries({}, {});
        m_newestVerification.clear();
        m_catalogState->setText(tr("No backups: the environment has no jobs."));
        emit catalogLoaded();
        return;
    }
    m_catalogState->setText(tr("Reading the catalog from the host of %1…").arg(environment->name));
    attemptInBackground(
        this,
        [environment = *environment, jobs, workspace = m_context.runner.sharedWorkspace()] {
            BackupHost host = BackupHost::connect(environment, HostKeyStore());
            Catalog catalog;
            QList<BackupCatalog::Folder> allFolders;
            VerificationRepository verifications(*workspace);
            catalog.newest = verifications.newest(environment.name);
            for (const BackupJob &job : jobs) {
                const QList<BackupCatalog::Folder> folders = BackupCatalog::read(host, job);
                catalog.entries << BackupCatalog::entries(folders);
                allFolders << folders;
                for (const BackupCatalog::Folder &folder : folders) {
                    for (const RetentionPlanner::PresentFile &file : folder.present)
                        catalog.present << folder.path + QLatin1Char('/') + file.name;
                    for (const BackupManifest::Problem &problem : folder.manifest.problems)
                        catalog.problems << tr("%1/%2 line %3 skipped: %4")
                                                .arg(folder.path, BackupManifest::fileName())
                                                .arg(problem.line)
                                                .arg(problem.message);
                    if (folder.manifest.tornLine > 0)
                        catalog.problems << tr("%1/%2 line %3 was never finished (a run killed "
                                               "while writing it): skipped")
                                                .arg(folder.path, BackupManifest::fileName())
                                                .arg(folder.manifest.tornLine);
                }
            }
            catalog.verified = verifications.verifiedAt(environment.name, allFolders);
            return catalog;
        },
        [this, generation](const Catalog &catalog) {
            if (generation != m_catalogGeneration)
                return; // another environment was chosen meanwhile
            const QString selectedJob = currentEntry() ? currentEntry()->record.job : QString();
            const QString selectedId = currentEntry() ? currentEntry()->record.id : QString();
            m_catalog->setEntries(catalog.entries, catalog.present, catalog.verified);
            m_newestVerification = catalog.newest;
            const int row = m_catalog->rowOf(selectedJob, selectedId);
            if (row >= 0)
                m_catalogView->setCurrentIndex(m_catalog->index(row, 0));
            QString state =
                tr("%n backup(s) in the manifests.", nullptr, int(catalog.entries.size()));
            if (!catalog.problems.isEmpty())
                state += QLatin1Char(' ') + catalog.problems.join(QStringLiteral("; "));
            m_catalogState->setText(state);
            showContents();
            updateActions();
            emit catalogLoaded();
        },
        [this, generation, name = environment->name](const Error &error) {
            if (generation != m_catalogGeneration)
                return;
            m_catalog->setEntries({}, {});
            m_newestVerification.clear();
            m_catalogState->setText(
                tr("The catalog of %1 could not be read: %2").arg(name, error.message()));
            updateActions();
            emit catalogLoaded();
        },
        sshWorkPool());
}

void BackupsMode::showContents()
{
    m_contents->clear();
    const BackupCatalog::Entry *entry = currentEntry();
    if (!entry || entry->record.kind == BackupRecord::Kind::Storage) {
        m_contents->setHeaderLabels({tr("File"), tr("Size"), tr("SHA-256")});
        if (!entry)
            return;
        QList<QTreeWidgetItem *> items;
        for (const BackupRecord::File &file : entry->record.files)
            items << new QTreeWidgetItem({file.path, dataSize(file.size), file.sha256});
        m_contents->addTopLevelItems(items);
    } else {
        m_contents->setHeaderLabels({tr("Table"), tr("Rows"), tr("Checksum")});
        QList<QTreeWidgetItem *> items;
        for (const TableChecksum &table : entry->record.tables)
            items << new QTreeWidgetItem({table.schema + QLatin1Char('.') + table.name,
                                          QLocale().toString(table.rows), table.checksum});
        m_contents->addTopLevelItems(items);
    }
    if (!entry->record.ok)
        new QTreeWidgetItem(m_contents, {tr("Failed: %1").arg(entry->record.error)});
}

void BackupsMode::updateActions()
{
    const QList<QAction *> changing = {m_newJob, m_editJob,      m_toggleJob, m_removeJob,
                                       m_runNow, m_deleteBackup, m_prune};
    for (QAction *action : changing)
        action->setVisible(!m_readOnly);
    const std::optional<Environment> environment = environmentNamed(currentEnvironment());
    const BackupJob *job = currentJob();
    const BackupCatalog::Entry *entry = currentEntry();
    const bool hasFile = entry && entry->record.ok && m_catalog->isPresent(*entry);
    m_newJob->setEnabled(!m_readOnly && environment.has_value());
    for (QAction *action : {m_editJob, m_toggleJob, m_removeJob})
        action->setEnabled(!m_readOnly && job);
    m_toggleJob->setText(job && !job->enabled ? tr("En&able Job") : tr("Dis&able Job"));
    // A disabled job's script is off the host: it cannot run.
    m_runNow->setEnabled(!m_readOnly && job && job->enabled);
    // Reading a backup changes nothing on the host: a read-only console may download.
    m_download->setEnabled(hasFile);
    // A verification creates and drops a database on a server: not from a read-only console.
    m_verify->setEnabled(!m_readOnly && hasFile);
    m_verifyNewest->setEnabled(!m_readOnly && newestOfCurrentJob());
    m_verifyFile->setEnabled(!m_readOnly && environment.has_value());
    m_verifyHostFile->setEnabled(!m_readOnly && environment.has_value());
    // Its evidence is in the workspace: any console may write it to a file.
    m_exportVerification->setEnabled(currentVerification() > 0);
    m_deleteBackup->setEnabled(!m_readOnly && hasFile);
    m_prune->setEnabled(!m_readOnly && m_jobs->rowCount() > 0);
    // Extracting reads a copy on this machine: a read-only console may do it too.
    m_extract->setEnabled(entry && entry->record.ok &&
                          entry->record.kind == BackupRecord::Kind::Storage &&
                          m_contents->currentItem());
}

qint64 BackupsMode::currentVerification() const
{
    const BackupCatalog::Entry *entry = currentEntry();
    return entry ? m_newestVerification.value(
                       VerificationRepository::newestKey(entry->record.job, entry->record.id))
                 : 0;
}

void BackupsMode::verifyCurrent()
{
    const BackupCatalog::Entry *entry = currentEntry();
    const std::optional<Environment> environment = environmentNamed(currentEnvironment());
    if (!entry || !environment)
        return;
    const auto job = std::find_if(m_allJobs.cbegin(), m_allJobs.cend(), [&](const BackupJob &each) {
        return each.environment == environment->name && each.name == entry->record.job;
    });
    if (job != m_allJobs.cend())
        openVerifyDialog(VerificationSetup::Backup{*job, *entry}, {});
}

const BackupCatalog::Entry *BackupsMode::newestOfCurrentJob() const
{
    const BackupJob *job = currentJob();
    if (!job)
        return nullptr;
    const BackupCatalog::Entry *newest = nullptr;
    for (const BackupCatalog::Entry &entry : m_catalog->entries()) {
        if (entry.record.job == job->name && entry.record.ok && m_catalog->isPresent(entry) &&
            (!newest || entry.record.started > newest->record.started))
            newest = &entry;
    }
    return newest;
}

void BackupsMode::chooseFileToVerify()
{
    auto *dialog = new QFileDialog(m_page, tr("Verify a Dump or Archive File"));
    dialog->setObjectName(QStringLiteral("verifyFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(
        {tr("Dumps and archives (*.dump *.backup *.tar.zst *.tar.gz *.tar)"), tr("All files (*)")});
    dialog->setDirectory(QDir::homePath());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        openVerifyDialog(std::nullopt, {file, false});
    });
    dialog->open();
}

void BackupsMode::chooseHostFileToVerify()
{
    const QString environment = currentEnvironment();
    // Where this environment's database backups go, as a start.
    QString folder = BackupJob().databaseDestination;
    for (const BackupJob &job : std::as_const(m_allJobs)) {
        if (job.environment == environment && !job.databases.isEmpty()) {
            folder = job.databaseDestination;
            break;
        }
    }
    auto *dialog = new QInputDialog(m_page);
    dialog->setObjectName(QStringLiteral("verifyHostFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Verify a File on the Host"));
    dialog->setLabelText(
        tr("Path of a dump (pg_dump -Fc) or a .tar.zst/.tar.gz archive on the host of %1:")
            .arg(environment));
    dialog->setTextValue(folder + QLatin1Char('/'));
    dialog->resize(560, dialog->sizeHint().height());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &path) {
        if (!path.trimmed().isEmpty())
            openVerifyDialog(std::nullopt, {path.trimmed(), true});
    });
    dialog->open();
}

void BackupsMode::openVerifyDialog(std::optional<VerificationSetup::Backup> backup,
                                   const VerificationSetup::File &file)
{
    const std::optional<Environment> environment = environmentNamed(currentEnvironment());
    if (!environment)
        return;
    // The environment's own server first, then every other one that may take the restore.
    QList<Environment> targets{*environment};
    for (const Environment &other : std::as_const(m_environments)) {
        if (other.name != environment->name)
            targets << other;
    }
    auto *dialog =
        new VerifyDialog(m_context.runner.sharedWorkspace(), *environment, std::move(backup), file,
                         targets, HostKeyStore(), m_catalogView->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // What it proved: the catalog's Verified column, and the age of the last proven restore.
    connect(dialog, &QDialog::finished, this, [this] {
        refreshCatalog();
        m_context.backups.refresh();
    });
    dialog->open();
}

void BackupsMode::openWizard(const QString &environment, const std::optional<BackupJob> &job)
{
    emit activationRequested();
    if (m_wizard) {
        m_wizard->raise();
        return;
    }
    if (!environment.isEmpty())
        selectEnvironment(environment);
    QHash<QString, QStringList> names;
    for (const BackupJob &each : std::as_const(m_allJobs))
        names[each.environment] << each.name;
    auto *wizard =
        new BackupWizard(m_context.runner, m_environments, names, environment, job, m_page);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard = wizard;
    connect(wizard, &BackupWizard::installed, this, [this](const BackupJob &saved, bool runIt) {
        m_pendingEnvironment = saved.environment;
        reload();
        emit jobChanged();
        if (runIt)
            runNow(saved);
    });
    wizard->open();
}

void BackupsMode::hostFailed(const QString &title, const Error &error,
                             const std::function<void()> &retry)
{
    const std::optional<Environment> environment = environmentNamed(currentEnvironment());
    if (error.kind() == ErrorKind::UntrustedHostKey || error.kind() == ErrorKind::ChangedHostKey) {
        HostKeyPrompt::ask(m_page, currentEnvironment(),
                           environment ? environment->engineUrl : QString(), error, retry);
        return;
    }
    showError(m_page, title, error.message());
}

std::function<void(const Error &)> BackupsMode::jobChangeFailed(const QString &title, bool onHost)
{
    return [this, title, onHost](const Error &error) {
        if (onHost)
            hostFailed(title, error, {});
        else
            showError(m_page, title, error.message());
        showStatus();
        emit jobChanged();
    };
}

void BackupsMode::audit(const BackupJob &job, const QString &action, const QJsonObject &details,
                        const std::function<void()> &then)
{
    m_context.runner.run<bool>(
        this,
        [job, action, details](Workspace &workspace) {
            BackupSchedule::audit(workspace, action, job, details);
            return true;
        },
        [then](bool) { then(); },
        [this, then](const Error &error) {
            showError(m_page, tr("Not Recorded"),
                      tr("The work was done, but the audit log could not be written: %1")
                          .arg(error.message()));
            then();
        });
}

void BackupsMode::addTask(BackupTaskTab *tab, const BackupJob &job, const QString &action)
{
    BottomPanel &panel = m_context.panel;
    panel.addPage(tab, tab->title(), tab->toolTip());
    connect(tab, &BackupTaskTab::titleChanged, &panel, [&panel, tab] {
        panel.setPageTitle(tab, tab->title(), tr("%1: %2").arg(tab->toolTip(), tab->stateText()));
    });
    connect(tab, &BackupTaskTab::closeRequested, &panel,
            [&panel, tab] { panel.closePage(panel.indexOf(tab)); });
    connect(tab, &BackupTaskTab::finished, this,
            [this, tab, job, action](const BackupTaskTab::Outcome &outcome) {
                audit(job, action, outcome.details, [this, tab] {
                    refreshCatalog();
                    m_context.backups.refresh();
                    emit taskRecorded(tab);
                });
            });
    connect(tab, &BackupTaskTab::failed, this, [this, tab](const Error &error) {
        hostFailed(tr("%1 Did Not Start").arg(tab->title()), error, {});
        emit taskRecorded(tab);
    });
    emit taskStarted(tab);
    tab->start();
}

void BackupsMode::runNow(const BackupJob &job)
{
    const std::optional<Environment> environment = environmentNamed(job.environment);
    if (!environment || m_readOnly)
        return;
    auto *tab = new BackupTaskTab(
        tr("Back Up %1").arg(job.name), tr("Back up now: %1 of %2").arg(job.name, job.environment),
        0,
        [environment = *environment, job](const BackupTaskTab::Report &report,
                                          const std::atomic<bool> *cancel) {
            BackupHost host = BackupHost::connect(environment, HostKeyStore());
            report({tr("Running the script of %1 on %2…").arg(job.name, host.display()), -1});
            const BackupRunNow::Result result = BackupRunNow::run(
                host, job,
                [&report](const QString &line) {
                    report({line, -1});
                },
                cancel);
            QJsonArray backups;
            for (const BackupRecord &record : result.records)
                backups.append(record.id);
            BackupTaskTab::Outcome outcome;
            outcome.ok = result.ok();
            outcome.result =
                result.ok() ? tr("%n backup(s) written in %1.", nullptr, int(result.records.size()))
                                  .arg(BackupJobsModel::duration(result.durationMs))
                : cancel->load() ? result.error
                                 : tr("The run did not succeed: %1").arg(result.error);
            outcome.details = {
                {QStringLiteral("host"), host.display()},
                {QStringLiteral("result"), BackupRunNow::outcome(result)},
                {QStringLiteral("exit_code"), result.exitCode},
                {QStringLiteral("duration_ms"), double(result.durationMs)},
                {QStringLiteral("error"), result.error},
                {QStringLiteral("backups"), backups},
            };
            return outcome;
        });
    addTask(tab, job, QStringLiteral("backup.run"));
}

void BackupsMode::toggleJob()
{
    const BackupJob *current = currentJob();
    const std::optional<Environment> environment = environmentNamed(currentEnvironment());
    if (!current || !environment || m_readOnly)
        return;
    const BackupJob job = *current;
    const bool enabling = !job.enabled;
    const auto apply = [this, job, enabling, environment = *environment] {
        m_hostState->setText(enabling
                                 ? tr("Putting the schedule of %1 back on the host…").arg(job.name)
                                 : tr("Taking the schedule of %1 off the host…").arg(job.name));
        attemptInBackground(
            this,
            [job, enabling, environment] {
                BackupHost host = BackupHost::connect(environment, HostKeyStore());
                if (enabling)
                    BackupInstaller::install(host, job, environment.projectName);
                else
                    BackupInstaller::remove(host, job, false);
                return host.display();
            },
            [this, job, enabling](const QString &host) {
                m_context.runner.run<bool>(
                    this,
                    [job, enabling, host](Workspace &workspace) {
                        workspace.inTransaction([&] {
                            BackupJobRepository(workspace).setEnabled(job.environment, job.name,
                                                                      enabling);
                            BackupSchedule::audit(workspace,
                                                  enabling ? QStringLiteral("backup.enable")
                                                           : QStringLiteral("backup.disable"),
                                                  job, {{QStringLiteral("host"), host}});
                        });
                        return true;
                    },
                    [this](bool) {
                        reload();
                        emit jobChanged();
                    },
                    jobChangeFailed(tr("Job Not Saved"), false));
            },
            jobChangeFailed(tr("Cannot Change the Job on Its Host"), true), sshWorkPool());
    };
    if (enabling)
        return apply();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Disable Backup Job"),
                                tr("Disable %1? Its schedule and script are taken off the host, "
                                   "so it stops running; its backups stay. Enable puts it back.")
                                    .arg(job.name),
                                QMessageBox::Cancel, m_page);
    box->setObjectName(QStringLiteral("confirmDisableJob"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *disable = box->addButton(tr("Disable"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [disable, apply](QAbstractButton *button) {
        if (button == disable)
            apply();
    });
    box->open();
}

void BackupsMode::confirmRemoveJob()
{
    const BackupJob *current = currentJob();
    const std::optional<Environment> environment = environmentNamed(currentEnvironment());
    if (!current || !environment || m_readOnly)
        return;
    const BackupJob job = *current;
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Remove Backup Job"),
                        tr("Remove the job %1 of %2? Its schedule entry, script and log are "
                           "taken off the host and it leaves the workspace.\n\nKeep its backups "
                           "on the host, or delete them (exactly the files its manifests name)?")
                            .arg(job.name, job.environment),
                        QMessageBox::Cancel, m_page);
    box->setObjectName(QStringLiteral("confirmRemoveJob"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *keep = box->addButton(tr("Remove, Keep Backups"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("removeKeepBackups"));
    QPushButton *purge =
        box->addButton(tr("Remove and Delete Backups"), QMessageBox::DestructiveRole);
    purge->setObjectName(QStringLiteral("removeDeleteBackups"));
    box->setDefaultButton(QMessageBox::Cancel);
    const bool production = environment->tier == Tier::Production;
    connect(box, &QMessageBox::buttonClicked, this,
            [this, job, keep, purge, production](QAbstractButton *button) {
                if (button != keep && button != purge)
                    return;
                const bool deleteBackups = button == purge;
                if (!production)
                    return removeJob(job, deleteBackups);
                confirmByTypedName(
                    m_page, QStringLiteral("confirmProductionJobRemoval"),
                    tr("Remove Production Backup Job"),
                    deleteBackups
                        ? tr("\"%1\" is a production environment. Type its name to remove the "
                             "job %2 and delete its backups:")
                              .arg(job.environment, job.name)
                        : tr("\"%1\" is a production environment. Type its name to remove the "
                             "job %2 (its backups stay):")
                              .arg(job.environment, job.name),
                    tr("Remove"), job.environment, tr("nothing was removed."),
                    [this, job, deleteBackups] { removeJob(job, deleteBackups); });
            });
    box->open();
}

void BackupsMode::removeJob(const BackupJob &job, bool deleteBackups)
{
    const std::optional<Environment> environment = environmentNamed(job.environment);
    if (!environment)
        return;
    struct Removed
    {
        QString host;
        BackupInstaller::Removal removal;
    };
    m_hostState->setText(tr("Removing %1 from its host…").arg(job.name));
    attemptInBackground(
        this,
        [job, deleteBackups, environment = *environment] {
            BackupHost host = BackupHost::connect(environment, HostKeyStore());
            return Removed{host.display(), BackupInstaller::remove(host, job, deleteBackups)};
        },
        [this, job, deleteBackups](const Removed &removed) {
            const QJsonObject details = {
                {QStringLiteral("host"), removed.host},
                {QStringLiteral("delete_backups"), deleteBackups},
                {QStringLiteral("deleted"), QJsonArray::fromStringList(removed.removal.deleted)},
                {QStringLiteral("kept"), QJsonArray::fromStringList(removed.removal.kept)},
            };
            m_context.runner.run<bool>(
                this,
                [job, details](Workspace &workspace) {
                    workspace.inTransaction([&] {
                        BackupJobRepository(workspace).remove(job.environment, job.name);
                        BackupSchedule::audit(workspace, QStringLiteral("backup.remove"), job,
                                              details);
                    });
                    return true;
                },
                [this, job, deleteBackups, removed](bool) {
                    reload();
                    m_hostState->setText(
                        deleteBackups
                            ? tr("Removed %1; %n file(s) deleted.", nullptr,
                                 int(removed.removal.deleted.size()))
                                  .arg(job.name)
                            : tr("Removed %1; its backups stay on the host.").arg(job.name));
                    if (!removed.removal.kept.isEmpty())
                        showError(m_page, tr("Files Kept"),
                                  tr("These files are not in the manifests and were kept:\n%1")
                                      .arg(removed.removal.kept.join(QLatin1Char('\n'))));
                    emit jobChanged();
                },
                jobChangeFailed(tr("Job Not Removed from the Workspace"), false));
        },
        jobChangeFailed(tr("Cannot Remove the Job from Its Host"), true), sshWorkPool());
}

void BackupsMode::chooseDownloadFolder()
{
    if (!currentEntry())
        return;
    auto *dialog = new QFileDialog(m_page, tr("Download the Backup To"));
    dialog->setObjectName(QStringLiteral("downloadFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    const QString last = GuiSettings().value(GuiSettings::Key::BackupDownloadFolder).toString();
    dialog->setDirectory(last.isEmpty() ? QDir::homePath() : last);
    connect(dialog, &QFileDialog::fileSelected, this, &BackupsMode::download);
    dialog->open();
}

void BackupsMode::download(const QString &directory)
{
    const BackupCatalog::Entry *current = currentEntry();
    const std::optional<Environment> environment = environmentNamed(currentEnvironment());
    if (!current || !environment)
        return;
    const BackupCatalog::Entry entry = *current;
    BackupJob job;
    for (const BackupJob &each : m_jobs->jobs()) {
        if (each.name == entry.record.job)
            job = each;
    }
    // Offered again next time, and where Extract File finds the copy.
    GuiSettings().setValue(GuiSettings::Key::BackupDownloadFolder, directory);
    auto *tab = new BackupTaskTab(
        tr("Download %1").arg(entry.record.file),
        tr("Download %1 of %2 into %3").arg(entry.path(), environment->name, directory),
        entry.record.size,
        [environment = *environment, entry, directory](const BackupTaskTab::Report &report,
                                                       const std::atomic<bool> *cancel) {
            BackupHost host = BackupHost::connect(environment, HostKeyStore());
            report({tr("Copying %1 (%2) from %3…")
                        .arg(entry.path(), dataSize(entry.record.size), host.display()),
                    -1});
            const BackupDownload::Result result = BackupDownload::download(
                host, entry, directory,
                [&report](qint64 bytes) {
                    report({QString(), bytes});
                },
                cancel);
            BackupTaskTab::Outcome outcome;
            outcome.ok = result.ok;
            outcome.result = result.ok
                                 ? tr("%1: SHA-256 %2 matches the manifest.")
                                       .arg(QDir::toNativeSeparators(result.path), result.sha256)
                                 : result.error;
            outcome.details = {
                {QStringLiteral("id"), entry.record.id},
                {QStringLiteral("source"), entry.path()},
                {QStringLiteral("path"), result.path},
                {QStringLiteral("size"), double(result.size)},
                {QStringLiteral("sha256"), result.sha256},
                {QStringLiteral("verified"), result.ok},
                {QStringLiteral("error"), result.error},
            };
            return outcome;
        });
    addTask(tab, job, QStringLiteral("backup.download"));
}

QString BackupsMode::localCopy(const BackupCatalog::Entry &entry) const
{
    const QString folder = GuiSettings().value(GuiSettings::Key::BackupDownloadFolder).toString();
    return folder.isEmpty() ? QString() : QDir(folder).filePath(entry.record.file);
}

void BackupsMode::chooseExtractDestination()
{
    const BackupCatalog::Entry *entry = currentEntry();
    const QTreeWidgetItem *item = m_contents->currentItem();
    if (!entry || !item)
        return;
    auto *dialog = new QFileDialog(m_page, tr("Extract %1 To").arg(item->text(0)));
    dialog->setObjectName(QStringLiteral("extractDestinationDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    const QString folder = GuiSettings().value(GuiSettings::Key::BackupDownloadFolder).toString();
    dialog->setDirectory(folder.isEmpty() ? QDir::homePath() : folder);
    dialog->selectFile(item->text(0).section(QLatin1Char('/'), -1));
    connect(dialog, &QFileDialog::fileSelected, this, &BackupsMode::extract);
    dialog->open();
}

void BackupsMode::extract(const QString &destination)
{
    const BackupCatalog::Entry *current = currentEntry();
    const QTreeWidgetItem *item = m_contents->currentItem();
    if (!current || !item)
        return;
    const BackupCatalog::Entry entry = *current;
    const QString path = item->text(0);
    const QString archive = localCopy(entry);
    struct Extracted
    {
        bool ok = false;
        QString error;
    };
    attemptInBackground(
        this,
        [entry, path, archive, destination] {
            // The copy Download checked: the same name and size as the manifest's.
            if (archive.isEmpty() || QFileInfo(archive).size() != entry.record.size)
                return Extracted{false, tr("%1 has not been downloaded to this machine (or the "
                                           "copy there is not it): Download it first, then "
                                           "extract from it.")
                                            .arg(entry.record.file)};
            ArchiveReader::extract(archive, path, destination);
            return Extracted{true, {}};
        },
        [this, entry, path, destination](const Extracted &extracted) {
            if (!extracted.ok) {
                showError(m_page, tr("Not Extracted"), extracted.error);
                emit extractFinished(false);
                return;
            }
            BackupJob job;
            job.environment = currentEnvironment();
            job.name = entry.record.job;
            audit(job, QStringLiteral("backup.extract"),
                  {{QStringLiteral("id"), entry.record.id},
                   {QStringLiteral("file"), path},
                   {QStringLiteral("destination"), destination}},
                  [this, path, destination] {
                      m_catalogState->setText(
                          tr("%1 was written to %2.")
                              .arg(path, QDir::toNativeSeparators(destination)));
                      emit extractFinished(true);
                  });
        },
        [this](const Error &error) {
            showError(m_page, tr("Not Extracted"), error.message());
            emit extractFinished(false);
        });
}

void BackupsMode::confirmDeleteBackup()
{
    const BackupCatalog::Entry *current = currentEntry();
    const std::optional<Environment> environment = environmentNamed(currentEnvironment());
    if (!current || !environment || m_readOnly)
        return;
    const BackupCatalog::Entry entry = *current;
    BackupJob job;
    for (const BackupJob &each : m_jobs->jobs()) {
        if (each.name == entry.record.job)
            job = each;
    }
    if (environment->tier == Tier::Production) {
        confirmByTypedName(m_page, QStringLiteral("confirmProductionBackupDeletion"),
                           tr("Delete Production Backup"),
                           tr("\"%1\" is a production environment. Type its name to delete the "
                              "backup %2 from the host:")
                               .arg(environment->name, entry.path()),
                           tr("Delete"), environment->name, tr("nothing was deleted."),
                           [this, job, entry] { deleteBackup(job, entry); });
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Backup"),
                                tr("Delete %1 from the host? The file is gone for good; its "
                                   "manifest line stays, marked as gone.")
                                    .arg(entry.path()),
                                QMessageBox::Cancel, m_page);
    box->setObjectName(QStringLiteral("confirmDeleteBackup"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, job, entry, remove](QAbstractButton *button) {
                if (button == remove)
                    deleteBackup(job, entry);
            });
    box->open();
}

void BackupsMode::deleteBackup(const BackupJob &job, const BackupCatalog::Entry &entry)
{
    const std::optional<Environment> environment = environmentNamed(job.environment);
    if (!environment)
        return;
    attemptInBackground(
        this,
        [environment = *environment, entry] {
            BackupHost host = BackupHost::connect(environment, HostKeyStore());
            return BackupPruner::deleteOne(host, entry);
        },
        [this, job, entry](const QString &path) {
            audit(job, QStringLiteral("backup.delete"),
                  {{QStringLiteral("id"), entry.record.id}, {QStringLiteral("path"), path}},
                  [this] {
                      refreshCatalog();
                      emit backupDeleted();
                  });
        },
        [this](const Error &error) {
            hostFailed(tr("Backup Not Deleted"), error, {});
            emit backupDeleted();
        },
        sshWorkPool());
}

void BackupsMode::previewPrune()
{
    const std::optional<Environment> environment = environmentNamed(currentEnvironment());
    const QList<BackupJob> jobs = m_jobs->jobs();
    if (!environment || jobs.isEmpty() || m_readOnly)
        return;
    m_hostState->setText(tr("Working out what retention lets go…"));
    const auto prune = [environment = *environment, jobs](bool dryRun) {
        BackupHost host = BackupHost::connect(environment, HostKeyStore());
        BackupPruneDialog::Plans plans;
        for (const BackupJob &job : jobs)
            plans.append({job, BackupPruner::prune(host, job, dryRun)});
        return plans;
    };
    attemptInBackground(
        this, [prune] { return prune(true); },
        [this, prune, environment = *environment](const BackupPruneDialog::Plans &plans) {
            showStatus();
            auto *dialog = new BackupPruneDialog(environment.name, plans, m_page);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowModality(Qt::WindowModal);
            const QPointer<BackupPruneDialog> guarded = dialog;
            const auto run = [this, guarded, prune] {
                if (guarded)
                    guarded->showPruning();
                attemptInBackground(
                    this, [prune] { return prune(false); },
                    [this, guarded](const BackupPruneDialog::Plans &done) {
                        if (guarded)
                            guarded->showDone(done);
                        for (const auto &[job, results] : done) {
                            QJsonArray deleted;
                            for (const BackupPruner::Result &result : results) {
                                for (const QString &path : result.deleted)
                                    deleted.append(path);
                            }
                            audit(job, QStringLiteral("backup.prune"),
                                  {{QStringLiteral("deleted"), deleted}}, [] {});
                        }
                        refreshCatalog();
                        emit pruneFinished();
                    },
                    [this, guarded](const Error &error) {
                        if (guarded)
                            guarded->showFailed(error.message());
                        emit pruneFinished();
                    },
                    sshWorkPool());
            };
            connect(dialog, &BackupPruneDialog::pruneRequested, this,
                    [this, run, guarded, environment] {
                        if (environment.tier != Tier::Production)
                            return run();
                        confirmByTypedName(
                            guarded, QStringLiteral("confirmProductionPrune"),
                            tr("Prune Production Backups"),
                            tr("\"%1\" is a production environment. Type its name to delete "
                               "the files the preview marks \"delete\":")
                                .arg(environment.name),
                            tr("Prune"), environment.name, tr("nothing was deleted."), run);
                    });
            dialog->open();
        },
        [this](const Error &error) {
            showStatus();
            hostFailed(tr("Cannot Preview the Prune"), error, {});
        },
        sshWorkPool());
}

} // namespace blihops::gui
