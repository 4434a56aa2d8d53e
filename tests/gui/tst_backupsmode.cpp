#include "BackupCatalogModel.h"
#include "BackupJobsModel.h"
#include "BackupMonitor.h"
#include "BackupPruneDialog.h"
#include "BackupTaskTab.h"
#include "BackupWizard.h"
#include "BackupsMode.h"
#include "BottomPanel.h"
#include "EnvironmentTreeModel.h"
#include "EnvironmentsMode.h"
#include "GuiSettings.h"
#include "GuiTest.h"
#include "HttpSink.h"
#include "LabSupport.h"
#include "MainWindow.h"
#include "Require.h"
#include "SshAgent.h"
#include "TestData.h"
#include "TestWorkspace.h"
#include "VerificationExporter.h"
#include "VerifyDialog.h"
#include "WindowTest.h"
#include "backup/BackupHealthLog.h"
#include "backup/BackupHost.h"
#include "backup/BackupInstaller.h"
#include "backup/BackupJobRepository.h"
#include "backup/BackupManifest.h"
#include "backup/BackupPruner.h"
#include "backup/BackupRunNow.h"
#include "backup/BackupSchedule.h"
#include "backup/BackupScript.h"
#include "backup/SystemdUnits.h"
#include "backup/WebhookNotifier.h"
#include "markdown/MarkdownText.h"
#include "workspace/AuditLog.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace blihops;
using namespace blihops::gui;
using blihops::test::labValue;
using blihops::test::sha256Of;
using blihops::test::snapshot;
using blihops::test::waitForTopLevel;

#define REQUIRE_BACKUP_LAB()                                                                       \
    do {                                                                                           \
        BLIHOPS_REQUIRE(!labValue("BLIHOPS_TEST_SSH_PORT").isEmpty() &&                            \
                            !labValue("BLIHOPS_LAB_DEV_PROJECT").isEmpty() &&                      \
                            !labValue("BLIHOPS_LAB_DEV_PAGILA_DB").isEmpty(),                      \
                        "the lab's sshd, stacks or Pagila database are not there (the corpus "     \
                        "at ../shared/corpus): tests/lab/lab.sh up and eval "                      \
                        "\"$(tests/lab/lab.sh env)\"");                                            \
    } while (false)

namespace {

QByteArray run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
               int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAllStandardOutput();
}

int rowWith(const QAbstractItemModel &model, int column, const QString &text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

QByteArray crontab()
{
    return run(QStringLiteral("crontab"), {QStringLiteral("-l")});
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// The files a person sees in a folder on the host (the script's hidden ones left out).
QStringList visibleFiles(const QString &folder)
{
    QStringList files = QDir(folder).entryList(QDir::Files);
    files.sort();
    return files;
}

QStringList sorted(QStringList names)
{
    names.sort();
    return names;
}

QPushButton *buttonTexted(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == text)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

// Answers the question box objectName, once it shows, with its button texted button.
bool answer(const QString &objectName, const QString &button)
{
    auto *box = waitForTopLevel<QMessageBox>(objectName);
    QPushButton *chosen = box ? buttonTexted(box, button) : nullptr;
    if (chosen)
        chosen->click();
    return chosen;
}

// Every decision of the prune dialog's plan, by file: its decision and why.
QHash<QString, std::pair<QString, QString>> decisions(const QTreeWidget *plan)
{
    QHash<QString, std::pair<QString, QString>> found;
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(plan)); *it; ++it) {
        if (!(*it)->text(1).isEmpty())
            found.insert((*it)->text(0), {(*it)->text(1), (*it)->text(3)});
    }
    return found;
}

QListWidgetItem *itemStartingWith(QListWidget *list, const QString &text)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(text))
            return list->item(row);
    }
    return nullptr;
}

} // namespace

// The Backups mode and its scheduler wizard, offscreen against the lab over its sshd, in
// both workspace backends: the wizard installs a job into the login's crontab, its first run
// shows its progress and lands in the catalog, prune previews its plan, a download checks
// its SHA-256; a failing job raises an alert (badge, mode, tray signal, webhook).
class TestBackupsMode : public test::WindowTest
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::SshAgent> m_agent;
    QByteArray m_crontab;
    bool m_hadCrontab = false;
    int m_counter = 0;

    // The lab's dev stack over the lab's sshd, named afresh for each test.
    Environment addEnvironment(Tier tier = Tier::Development,
                               const QString &engineUrl = test::sshEngineUrl())
    {
        Environment environment =
            test::labEnvironment(QStringLiteral("DEV"), engineUrl,
                                 test::writeLabEnvFile(QStringLiteral("DEV"), m_dir.path()));
        environment.name = QStringLiteral("lab-backups-%1").arg(++m_counter);
        environment.databases = {labValue("BLIHOPS_LAB_DEV_PG_DB")};
        environment.tier = tier;
        Workspace workspace(WorkspaceLocation::fromString(m_store->location()));
        workspace.open();
        EnvironmentRepository(workspace).add(environment);
        return environment;
    }

    // A folder of files for a storage backup (a bind path of the test's own).
    QString makeFiles(int count)
    {
        const QString dir = m_dir.filePath(QStringLiteral("files-%1").arg(m_counter));
        QDir().mkpath(dir + QStringLiteral("/sub dir"));
        for (int i = 0; i < count; ++i) {
            QFile file(dir + (i % 2 ? QStringLiteral("/sub dir") : QString()) +
                       QStringLiteral("/file-%1.txt").arg(i));
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(file.fileName()));
            file.write(QByteArray("line of file ") + QByteArray::number(i) + '\n');
        }
        return dir;
    }

    QStringList auditActions()
    {
        Workspace workspace(WorkspaceLocation::fromString(m_store->location()));
        workspace.open();
        QStringList actions;
        for (const AuditLog::Entry &entry : AuditLog(workspace).recent(100)) {
            if (entry.action.startsWith(QLatin1String("backup.")) &&
                entry.actor == Workspace::actor())
                actions << entry.action;
        }
        return actions;
    }

    // Who did what to which job, oldest first.
    QList<AuditLog::Entry> auditOf(const BackupJob &job)
    {
        Workspace workspace(WorkspaceLocation::fromString(m_store->location()));
        workspace.open();
        QList<AuditLog::Entry> entries;
        for (const AuditLog::Entry &entry : AuditLog(workspace).recent(100)) {
            if (entry.subject == job.environment + QLatin1Char('/') + job.name)
                entries.prepend(entry);
        }
        return entries;
    }

    // job installed on the lab's host and saved as the wizard leaves it.
    void install(const Environment &environment, const BackupJob &job)
    {
        outsideTheWindow([&] {
            BackupHost host = BackupHost::connect(environment, HostKeyStore());
            BackupSchedule::install(host, job, std::nullopt, environment.projectName);
            BackupSchedule::save(*m_store->open(), job, QString(), host.display());
            return true;
        });
    }

    // A job of the dev stack's small database, installed on the lab's host and saved as the
    // wizard leaves it; its schedule never fires while a test runs.
    BackupJob installJob(const Environment &environment, const QString &name, int keepDays = 30,
                         int keepMin = 3)
    {
        BackupJob job;
        job.environment = environment.name;
        job.name = name;
        job.databaseService = QStringLiteral("postgres");
        job.databases = {labValue("BLIHOPS_LAB_DEV_PG_DB")};
        job.cron = QStringLiteral("0 3 1 1 *");
        job.keepDays = keepDays;
        job.keepMin = keepMin;
        job.databaseDestination = m_dir.filePath(QStringLiteral("%1 %2").arg(name).arg(m_counter));
        job.storageDestination = job.databaseDestination;
        install(environment, job);
        return job;
    }

    // One real run of the job on the host: its manifest line (ok false when it failed).
    static BackupRecord runOnce(const Environment &environment, const BackupJob &job)
    {
        const BackupRunNow::Result result = outsideTheWindow([&] {
            BackupHost host = BackupHost::connect(environment, HostKeyStore());
            return BackupRunNow::run(host, job);
        });
        return result.ok() && result.records.size() == 1 ? result.records.first() : BackupRecord();
    }

    // The run's dump again under another name, with its own manifest line, started ago
    // seconds before now.
    static BackupRecord copyOf(const QString &folder, const BackupRecord &made, const QString &tag,
                               qint64 ago)
    {
        BackupRecord record = made;
        record.started = QDateTime::currentDateTimeUtc().addSecs(-ago);
        record.id = tag + QStringLiteral("-database-") + made.source;
        record.file = made.source + QLatin1Char('-') + tag + QStringLiteral(".dump");
        if (!QFile::copy(QDir(folder).filePath(made.file), QDir(folder).filePath(record.file)))
            qFatal("cannot copy %s", qPrintable(made.file));
        return record;
    }

    void removeJobs(const Environment &environment, const QList<BackupJob> &jobs)
    {
        outsideTheWindow([&] {
            BackupHost host = BackupHost::connect(environment, HostKeyStore());
            for (const BackupJob &job : jobs)
                BackupInstaller::remove(host, job, true);
            return true;
        });
    }

    BackupsMode *openBackups(MainWindow &window, const QString &environment)
    {
        BackupsMode *mode = window.backupsMode();
        QSignalSpy loaded(mode, &BackupsMode::loaded);
        window.showMode(mode);
        if (!loaded.wait(30000))
            qFatal("the Backups mode never loaded");
        mode->selectEnvironment(environment);
        return mode;
    }

    // The lab's key in an agent and its host key trusted, as on a workstation; the login's
    // crontab kept to be put back at the end.
    void prepare()
    {
        if (!m_agent) {
            m_hadCrontab = QProcess::execute(QStringLiteral("sh"),
                                             {QStringLiteral("-c"),
                                              QStringLiteral("crontab -l >/dev/null 2>&1")}) == 0;
            m_crontab = run(QStringLiteral("crontab"), {QStringLiteral("-l")});
            m_agent = std::make_unique<test::SshAgent>(m_dir.path());
        }
        HostKeyStore().trust(test::sshTarget(), test::labSshFingerprint());
    }

private slots:
    void cleanupTestCase()
    {
        if (!m_agent)
            return;
        if (m_hadCrontab)
            run(QStringLiteral("crontab"), {QStringLiteral("-")}, m_crontab);
        else
            run(QStringLiteral("crontab"), {QStringLiteral("-r")});
    }

    // New Job: every page of the wizard against the lab's host, then the first run in the
    // bottom panel, the catalog, the prune preview, a download and removal.
    void theWizardInstallsAJobThatRunsAndIsCatalogued()
    {
        REQUIRE_BACKUP_LAB();
        prepare();
        QVERIFY2(m_agent->error().isEmpty(), qPrintable(m_agent->error()));
        const Environment environment = addEnvironment();
        const QString files = makeFiles(40);
        const QString destination = m_dir.filePath(QStringLiteral("dest %1 it's").arg(m_counter));
        auto window = openWindow();
        BackupsMode *mode = openBackups(*window, environment.name);
        QCOMPARE(mode->currentEnvironment(), environment.name);
        QVERIFY(mode->newJobAction()->isEnabled());

        // Environment and name.
        mode->newJobAction()->trigger();
        BackupWizard *wizard = mode->wizard();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QCOMPARE(wizard->environmentBox()->currentData().toString(), environment.name);
        wizard->nameEdit()->setText(QStringLiteral("gui nightly"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(BackupWizard::EnvironmentPage)); // refused: a space
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("environmentPageError"))->isVisible());
        wizard->nameEdit()->setText(QStringLiteral("gui-nightly"));
        snapshot(wizard, "backup-wizard-environment");
        QSignalSpy facts(wizard, &BackupWizard::hostFactsRead);
        QSignalSpy sources(wizard, &BackupWizard::sourcesRead);
        wizard->next();

        // What to back up: the PostgreSQL service the smoke suite finds, its database, and
        // a host path typed in.
        QCOMPARE(wizard->currentId(), int(BackupWizard::SourcesPage));
        QVERIFY(sources.count() > 0 || sources.wait(30000));
        QVERIFY(wizard->databaseGroup()->isChecked());
        QCOMPARE(wizard->findChild<QComboBox *>(QStringLiteral("postgresService"))->currentText(),
                 QStringLiteral("postgres"));
        QListWidgetItem *database =
            itemStartingWith(wizard->databaseList(), labValue("BLIHOPS_LAB_DEV_PG_DB"));
        QVERIFY(database);
        QCOMPARE(database->checkState(), Qt::Checked);
        QVERIFY(itemStartingWith(wizard->storageList(), QStringLiteral("Volume pgdata")));
        wizard->storageGroup()->setChecked(true);
        auto *newPath = wizard->findChild<QLineEdit *>(QStringLiteral("newStoragePath"));
        newPath->setText(files);
        QTest::keyClick(newPath, Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(BackupWizard::SourcesPage)); // Enter only added it
        QListWidgetItem *path =
            itemStartingWith(wizard->storageList(), QStringLiteral("Path ") + files);
        QVERIFY(path);
        QCOMPARE(path->checkState(), Qt::Checked);
        snapshot(wizard, "backup-wizard-sources");
        wizard->next();

        // Schedule: the preset, then a cron expression, each with five runs in the host's
        // zone.
        QCOMPARE(wizard->currentId(), int(BackupWizard::SchedulePage));
        QVERIFY(facts.count() > 0 || facts.wait(30000));
        QVERIFY(wizard->hostFactsKnown());
        QCOMPARE(wizard->cronEdit()->text(), QStringLiteral("0 2 * * *"));
        QCOMPARE(wizard->nextRunsList()->count(), 5);
        QVERIFY2(wizard->nextRunsList()->item(0)->text().contains(QStringLiteral("02:00")),
                 qPrintable(wizard->nextRunsList()->item(0)->text()));
        wizard->customScheduleButton()->setChecked(true);
        wizard->cronEdit()->setText(QStringLiteral("17 */6 * * *"));
        QCOMPARE(wizard->nextRunsList()->count(), 5);
        QVERIFY(wizard->nextRunsList()->item(0)->text().contains(QStringLiteral(":17")));
        wizard->cronEdit()->setText(QStringLiteral("61 * * * *"));
        QCOMPARE(wizard->nextRunsList()->count(), 0);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(BackupWizard::SchedulePage)); // refused
        wizard->cronEdit()->setText(QStringLiteral("17 */6 * * *"));
        // A weekly verification on the host beside it, off until asked for.
        QVERIFY(!wizard->verifyOnHostBox()->isChecked());
        QVERIFY(!wizard->verifyCronEdit()->isEnabled());
        QCOMPARE(wizard->verifyCronEdit()->text(), QStringLiteral("30 3 * * 0"));
        wizard->verifyOnHostBox()->setChecked(true);
        QVERIFY(wizard->verifyCronEdit()->isEnabled());
        const auto *nextVerification =
            wizard->findChild<QLabel *>(QStringLiteral("nextVerification"));
        QVERIFY2(nextVerification->text().contains(QStringLiteral("03:30")),
                 qPrintable(nextVerification->text()));
        snapshot(wizard, "backup-wizard-schedule");
        wizard->next();

        // Retention: 30 days, at least the newest 3.
        QCOMPARE(wizard->currentId(), int(BackupWizard::RetentionPage));
        QCOMPARE(wizard->findChild<QSpinBox *>(QStringLiteral("keepDays"))->value(), 30);
        QCOMPARE(wizard->findChild<QSpinBox *>(QStringLiteral("keepMin"))->value(), 3);
        snapshot(wizard, "backup-wizard-retention");
        wizard->next();

        // Destination: the defaults, then a folder of the test's, with its free space.
        QCOMPARE(wizard->currentId(), int(BackupWizard::DestinationPage));
        QCOMPARE(wizard->databaseDestinationEdit()->text(), QStringLiteral("/backups/postgresql"));
        QCOMPARE(wizard->storageDestinationEdit()->text(), QStringLiteral("/backups/storage"));
        QSignalSpy free(wizard, &BackupWizard::freeSpaceRead);
        wizard->databaseDestinationEdit()->setText(destination);
        wizard->storageDestinationEdit()->setText(destination);
        emit wizard->databaseDestinationEdit()->editingFinished();
        QVERIFY(QTest::qWaitFor(
            [&] { return wizard->freeSpaceLabel()->text().contains(destination); }, 30000));
        QVERIFY2(wizard->freeSpaceLabel()->text().contains(QStringLiteral("free at")),
                 qPrintable(wizard->freeSpaceLabel()->text()));
        snapshot(wizard, "backup-wizard-destination");
        wizard->next();

        // Scheduler: cron, the default. The lab's host is this machine: timers are offered
        // only where systemd runs, which it does not on the lab's VMs.
        QCOMPARE(wizard->currentId(), int(BackupWizard::SchedulerPage));
        QVERIFY(wizard->findChild<QRadioButton *>(QStringLiteral("cronScheduler"))->isChecked());
        const bool systemd = QFileInfo::exists(QStringLiteral("/run/systemd/system"));
        QCOMPARE(
            wizard->findChild<QRadioButton *>(QStringLiteral("systemdUserScheduler"))->isEnabled(),
            systemd);
        QCOMPARE(wizard->findChild<QRadioButton *>(QStringLiteral("systemdSystemScheduler"))
                     ->isEnabled(),
                 systemd);
        const QString note = wizard->findChild<QLabel *>(QStringLiteral("schedulerNote"))->text();
        QVERIFY2(note.startsWith(systemd ? QStringLiteral("The login is root")
                                         : QStringLiteral("systemd does not run on this host")),
                 qPrintable(note));
        snapshot(wizard, "backup-wizard-scheduler");
        wizard->next();

        // Review: exactly what `backup schedule show` prints.
        QCOMPARE(wizard->currentId(), int(BackupWizard::ReviewPage));
        const BackupJob job = wizard->job();
        QCOMPARE(job.paths, QStringList{files});
        QCOMPARE(job.databases, QStringList{labValue("BLIHOPS_LAB_DEV_PG_DB")});
        QCOMPARE(job.verifyCron, QStringLiteral("30 3 * * 0"));
        QVERIFY(wizard->reviewText().contains(QStringLiteral("30 3 * * 0 ")));
        QVERIFY(wizard->reviewText().contains(QStringLiteral("/gui-nightly.sh' 'verify' ")));
        QCOMPARE(wizard->reviewText(), BackupSchedule::review(job, environment));
        QVERIFY(wizard->reviewText().contains(
            QStringLiteral("# BEGIN blihops job %1/gui-nightly").arg(environment.name)));
        wizard->runNowBox()->setChecked(true);
        snapshot(wizard, "backup-wizard-review");

        // Install, and the first run right away.
        QSignalSpy installed(wizard, &BackupWizard::installFinished);
        QSignalSpy started(mode, &BackupsMode::taskStarted);
        QSignalSpy recorded(mode, &BackupsMode::taskRecorded);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(BackupWizard::InstallPage));
        QVERIFY(installed.wait(120000));
        QVERIFY2(installed.first().first().toBool(), qPrintable(wizard->installStatus()->text()));
        QVERIFY(wizard->isInstalled());
        snapshot(wizard, "backup-wizard-installed");
        QVERIFY(run(QStringLiteral("crontab"), {QStringLiteral("-l")})
                    .contains(QStringLiteral("# BEGIN blihops job %1/gui-nightly")
                                  .arg(environment.name)
                                  .toUtf8()));
        wizard->accept();

        QVERIFY(started.count() > 0 || started.wait(30000));
        auto *tab = started.first().first().value<BackupTaskTab *>();
        QVERIFY(tab);
        QVERIFY(recorded.wait(300000));
        QVERIFY2(tab->stateText() == QStringLiteral("Succeeded"),
                 qPrintable(tab->outputView()->toPlainText() + tab->resultText()));
        QVERIFY2(tab->resultText().startsWith(QStringLiteral("2 backups written")),
                 qPrintable(tab->resultText()));
        QVERIFY(!tab->outputView()->toPlainText().isEmpty());
        snapshot(window.get(), "backups-run-now");

        // The catalog: the dump and the archive, with the archive's files from the manifest.
        QVERIFY(QTest::qWaitFor([&] { return mode->catalogModel()->rowCount() >= 2; }, 60000));
        BackupCatalogModel *catalog = mode->catalogModel();
        const int storageRow =
            rowWith(*catalog, BackupCatalogModel::KindColumn, QStringLiteral("storage"));
        const int databaseRow =
            rowWith(*catalog, BackupCatalogModel::KindColumn, QStringLiteral("database"));
        QVERIFY(storageRow >= 0 && databaseRow >= 0);
        QCOMPARE(catalog->index(databaseRow, BackupCatalogModel::ResultColumn).data().toString(),
                 QStringLiteral("ok"));
        QCOMPARE(
            catalog->index(databaseRow, BackupCatalogModel::Sha256Column).data().toString().size(),
            64);
        mode->catalogView()->setCurrentIndex(catalog->index(storageRow, 0));
        QCOMPARE(mode->contentsView()->topLevelItemCount(), 40);
        QVERIFY(!mode->contentsView()
                     ->findItems(QStringLiteral("sub dir/file-1.txt"), Qt::MatchExactly)
                     .isEmpty());
        // The jobs table: the run's result once the monitor has asked the host.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return mode->jobsModel()
                           ->index(0, BackupJobsModel::ResultColumn)
                           .data()
                           .toString() == QStringLiteral("ok");
            },
            60000));
        QCOMPARE(mode->jobsModel()->index(0, BackupJobsModel::AlertsColumn).data().toString(),
                 QStringLiteral("none"));
        QVERIFY(!mode->jobsModel()
                     ->index(0, BackupJobsModel::NextRunColumn)
                     .data()
                     .toString()
                     .isEmpty());
        // No restore has proven one of its backups yet: amber in the tree and the banner.
        // Looked up each time: the tree is rebuilt when the environments are read again.
        const auto proofCell = [&] {
            return window->environmentsMode()
                ->model()
                ->indexOf(environment.name)
                .siblingAtColumn(EnvironmentTreeModel::BackupsColumn);
        };
        const auto *banner = window->findChild<QLabel *>(QStringLiteral("backupAlerts"));
        QVERIFY(banner);
        QCOMPARE(proofCell().data().toString(), QStringLiteral("restore unproven"));
        QVERIFY(proofCell()
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("No restore has proven a backup of ")));
        QVERIFY2(banner->text().contains(QStringLiteral("No restore has proven")),
                 qPrintable(banner->text()));
        snapshot(window.get(), "backups-mode");

        // Prune preview: everything is new, so everything stays, each with its reason.
        mode->pruneAction()->trigger();
        auto *prune = waitForTopLevel<BackupPruneDialog>(QStringLiteral("backupPruneDialog"));
        QVERIFY(prune);
        QCOMPARE(prune->removeCount(), 0);
        QVERIFY(!prune->pruneButton()->isEnabled());
        const QList<QTreeWidgetItem *> kept = prune->planView()->findItems(
            QStringLiteral("keep"), Qt::MatchExactly | Qt::MatchRecursive, 1);
        QCOMPARE(kept.size(), 2);
        QVERIFY(!kept.first()->text(3).isEmpty());
        snapshot(prune, "backups-prune-preview");
        prune->reject();

        // Download: the dump arrives, its SHA-256 checked against the manifest.
        mode->catalogView()->setCurrentIndex(catalog->index(databaseRow, 0));
        const BackupCatalog::Entry entry = *catalog->entryAt(databaseRow);
        QVERIFY(mode->downloadAction()->isEnabled());
        mode->downloadAction()->trigger();
        auto *folder = waitForTopLevel<QFileDialog>(QStringLiteral("downloadFolderDialog"));
        QVERIFY(folder);
        folder->reject();
        const QString downloads = m_dir.filePath(QStringLiteral("downloads-%1").arg(m_counter));
        started.clear();
        recorded.clear();
        mode->download(downloads);
        QVERIFY(started.count() > 0 || started.wait(30000));
        auto *copy = started.first().first().value<BackupTaskTab *>();
        QVERIFY(recorded.wait(120000));
        QVERIFY2(copy->stateText() == QStringLiteral("Succeeded"), qPrintable(copy->resultText()));
        const QString local = QDir(downloads).filePath(entry.record.file);
        QCOMPARE(sha256Of(local), entry.record.sha256);
        QVERIFY(copy->resultText().contains(entry.record.sha256));
        QVERIFY(!QFile::exists(local + QStringLiteral(".partial")));
        snapshot(window.get(), "backups-download");

        // Verify Restore on the dump: the dialog proves it, and the catalog says when.
        mode->catalogView()->setCurrentIndex(
            catalog->index(catalog->rowOf(entry.record.job, entry.record.id), 0));
        QCOMPARE(catalog
                     ->index(catalog->rowOf(entry.record.job, entry.record.id),
                             BackupCatalogModel::VerifiedColumn)
                     .data()
                     .toString(),
                 QStringLiteral("not yet"));
        QVERIFY(mode->verifyAction()->isEnabled());
        QVERIFY(!mode->exportVerificationAction()->isEnabled()); // never verified yet
        mode->verifyAction()->trigger();
        auto *verify = waitForTopLevel<VerifyDialog>(QStringLiteral("verifyDialog"));
        QVERIFY(verify);
        QVERIFY(QTest::qWaitFor([&] { return verify->startButton()->isEnabled(); }, 60000));
        QSignalSpy verified(verify, &VerifyDialog::verificationEnded);
        QSignalSpy reloaded(mode, &BackupsMode::catalogLoaded);
        verify->startButton()->click();
        QVERIFY(verified.wait(240000));
        QVERIFY2(verify->summaryLabel()->text().contains(QStringLiteral("<b>Passed</b>")),
                 qPrintable(verify->summaryLabel()->text()));
        snapshot(verify, "backups-verify");
        verify->close();
        QVERIFY(reloaded.wait(60000));
        // Every catalog read (closing the dialog starts one) takes the proofs from the workspace.
        const auto verifiedText = [&] {
            const int row = catalog->rowOf(entry.record.job, entry.record.id);
            return row < 0
                       ? QString()
                       : catalog->index(row, BackupCatalogModel::VerifiedColumn).data().toString();
        };
        QVERIFY2(!verifiedText().isEmpty() && verifiedText() != QLatin1String("not yet"),
                 qPrintable(entry.record.id + QLatin1String(": ") + verifiedText()));
        // The proof ends the amber: the monitor's next read finds it, in the tree and the banner.
        QSignalSpy monitored(window->backupMonitor(), &BackupMonitor::refreshFinished);
        window->backupMonitor()->refresh();
        QVERIFY(monitored.wait(60000));
        QVERIFY2(proofCell().data().toString() != QLatin1String("restore unproven"),
                 qPrintable(proofCell().data().toString()));
        QVERIFY2(!banner->text().contains(QStringLiteral("No restore has proven")),
                 qPrintable(banner->text()));
        // Its newest verification exports from the catalog's menu: Markdown by the suffix.
        mode->catalogView()->setCurrentIndex(
            catalog->index(catalog->rowOf(entry.record.job, entry.record.id), 0));
        QAction *exportVerification = mode->exportVerificationAction();
        QVERIFY(exportVerification->isEnabled());
        QVERIFY(mode->catalogView()->actions().contains(exportVerification));
        QVERIFY(mode->menu()->actions().contains(exportVerification));
        QCOMPARE(exportVerification->shortcut(), QKeySequence(QStringLiteral("Ctrl+Alt+E")));
        QSignalSpy exported(mode->verificationExporter(), &VerificationExporter::exported);
        exportVerification->trigger();
        auto *saveAs = waitForTopLevel<QFileDialog>(QStringLiteral("exportVerificationDialog"));
        QVERIFY(saveAs);
        const QString md = m_dir.filePath(QStringLiteral("verification-%1.md").arg(m_counter));
        saveAs->selectFile(md);
        static_cast<QDialog *>(saveAs)->accept(); // QFileDialog::accept, as Save does
        QVERIFY(exported.wait(60000));
        QFile markdown(md);
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(markdown.readAll());
        QVERIFY2(
            written.contains(QStringLiteral("**PASS**")) &&
                written.contains(QStringLiteral("- **Backup:** ") + markdownText(entry.record.id)),
            qPrintable(written));

        // From the job: its newest backup on the host, in the same dialog.
        mode->jobsView()->setCurrentIndex(mode->jobsModel()->index(0, 0));
        QVERIFY(mode->verifyNewestAction()->isEnabled());
        QVERIFY(mode->jobsView()->actions().contains(mode->verifyNewestAction()));
        mode->verifyNewestAction()->trigger();
        auto *newest = waitForTopLevel<VerifyDialog>(QStringLiteral("verifyDialog"));
        QVERIFY(newest);
        QVERIFY(QTest::qWaitFor([&] { return newest->startButton()->isEnabled(); }, 60000));
        const QPointer<VerifyDialog> closing(newest);
        newest->close();
        QTRY_VERIFY_WITH_TIMEOUT(!closing, 10000); // deleted on close

        // A dump file on this machine (the download above): chosen in a file dialog, proven.
        QVERIFY(mode->verifyFileAction()->isEnabled());
        mode->verifyFileAction()->trigger();
        auto *pick = waitForTopLevel<QFileDialog>(QStringLiteral("verifyFileDialog"));
        QVERIFY(pick);
        pick->selectFile(local);
        static_cast<QDialog *>(pick)->accept();
        auto *fileVerify = waitForTopLevel<VerifyDialog>(QStringLiteral("verifyDialog"));
        QVERIFY(fileVerify);
        QVERIFY(QTest::qWaitFor([&] { return fileVerify->startButton()->isEnabled(); }, 60000));
        QSignalSpy fileVerified(fileVerify, &VerifyDialog::verificationEnded);
        fileVerify->startButton()->click();
        QVERIFY(fileVerified.wait(240000));
        // A file has no manifest: its figures are the baseline, restored without an error.
        QVERIFY2(fileVerify->report() && fileVerify->report()->ok() &&
                     !fileVerify->report()->proven,
                 qPrintable(fileVerify->summaryLabel()->text()));
        fileVerify->close();

        // The same file as one on the host (the lab's host is this machine): its path typed,
        // read over SSH where it lies, the path starting in the job's destination.
        QVERIFY(mode->verifyHostFileAction()->isEnabled());
        QVERIFY(mode->menu()->actions().contains(mode->verifyHostFileAction()));
        mode->verifyHostFileAction()->trigger();
        auto *typed = waitForTopLevel<QInputDialog>(QStringLiteral("verifyHostFileDialog"));
        QVERIFY(typed);
        QCOMPARE(typed->textValue(), QStringLiteral("%1/").arg(destination));
        snapshot(typed, "backups-verify-host-file");
        typed->setTextValue(local);
        typed->accept();
        auto *hostVerify = waitForTopLevel<VerifyDialog>(QStringLiteral("verifyDialog"));
        QVERIFY(hostVerify);
        QVERIFY2(hostVerify->windowTitle().contains(QStringLiteral(" on the host of ")),
                 qPrintable(hostVerify->windowTitle()));
        QVERIFY(QTest::qWaitFor([&] { return hostVerify->startButton()->isEnabled(); }, 60000));
        QSignalSpy hostVerified(hostVerify, &VerifyDialog::verificationEnded);
        hostVerify->startButton()->click();
        QVERIFY(hostVerified.wait(240000));
        QVERIFY2(hostVerify->report() && hostVerify->report()->ok() &&
                     !hostVerify->report()->proven && hostVerify->report()->backup == local,
                 qPrintable(hostVerify->summaryLabel()->text()));
        hostVerify->close();

        // The archive too, then one of its files out of the copy (libarchive).
        mode->catalogView()->setCurrentIndex(catalog->index(storageRow, 0));
        QVERIFY(!exportVerification->isEnabled()); // the archive was never verified
        started.clear();
        recorded.clear();
        mode->download(downloads);
        QVERIFY(started.count() > 0 || started.wait(30000));
        QVERIFY(recorded.wait(120000));
        QVERIFY2(started.first().first().value<BackupTaskTab *>()->stateText() ==
                     QStringLiteral("Succeeded"),
                 qPrintable(started.first().first().value<BackupTaskTab *>()->resultText()));
        QCOMPARE(rowWith(*catalog, BackupCatalogModel::KindColumn, QStringLiteral("storage")),
                 storageRow);
        mode->catalogView()->setCurrentIndex(catalog->index(storageRow, 0));
        const QList<QTreeWidgetItem *> wanted =
            mode->contentsView()->findItems(QStringLiteral("sub dir/file-1.txt"), Qt::MatchExactly);
        QCOMPARE(wanted.size(), 1);
        mode->contentsView()->setCurrentItem(wanted.first());
        QVERIFY(mode->extractAction()->isEnabled());
        QSignalSpy extracted(mode, &BackupsMode::extractFinished);
        const QString out = m_dir.filePath(QStringLiteral("extracted-%1.txt").arg(m_counter));
        mode->extract(out);
        QVERIFY(extracted.wait(60000));
        QVERIFY(extracted.first().first().toBool());
        QFile result(out);
        QVERIFY(result.open(QIODevice::ReadOnly));
        QCOMPARE(result.readAll(), QByteArray("line of file 1\n"));

        QStringList actions = auditActions();
        for (const char *action :
             {"backup.install", "backup.run", "backup.download", "backup.extract"})
            QVERIFY2(actions.contains(QLatin1String(action)), action);

        // Edit: the wizard opens on the job, its environment fixed; a change installs it
        // again in place of the old one.
        mode->jobsView()->setCurrentIndex(mode->jobsModel()->index(0, 0));
        mode->editJobAction()->trigger();
        BackupWizard *edit = mode->wizard();
        QVERIFY(edit);
        QCOMPARE(edit->nameEdit()->text(), QStringLiteral("gui-nightly"));
        QVERIFY(!edit->environmentBox()->isEnabled());
        QSignalSpy editSources(edit, &BackupWizard::sourcesRead);
        QSignalSpy editFacts(edit, &BackupWizard::hostFactsRead);
        edit->next();
        QVERIFY(editSources.count() > 0 || editSources.wait(30000));
        QListWidgetItem *editPath =
            itemStartingWith(edit->storageList(), QStringLiteral("Path ") + files);
        QVERIFY(editPath);
        QCOMPARE(editPath->checkState(), Qt::Checked);
        QVERIFY(edit->storageGroup()->isChecked());
        edit->next();
        QVERIFY(editFacts.count() > 0 || editFacts.wait(30000));
        QVERIFY(edit->customScheduleButton()->isChecked());
        QCOMPARE(edit->cronEdit()->text(), QStringLiteral("17 */6 * * *"));
        QVERIFY(edit->verifyOnHostBox()->isChecked());
        QCOMPARE(edit->verifyCronEdit()->text(), QStringLiteral("30 3 * * 0"));
        edit->next();
        edit->findChild<QSpinBox *>(QStringLiteral("keepDays"))->setValue(14);
        edit->next();
        QCOMPARE(edit->databaseDestinationEdit()->text(), destination);
        edit->next();
        edit->next();
        QCOMPARE(edit->currentId(), int(BackupWizard::ReviewPage));
        QSignalSpy reinstalled(edit, &BackupWizard::installFinished);
        edit->next();
        QVERIFY(reinstalled.wait(120000));
        QVERIFY2(reinstalled.first().first().toBool(), qPrintable(edit->installStatus()->text()));
        edit->accept();
        QCOMPARE(BackupJobRepository(*m_store->open())
                     .get(environment.name, QStringLiteral("gui-nightly"))
                     .keepDays,
                 14);
        QCOMPARE(run(QStringLiteral("crontab"), {QStringLiteral("-l")})
                     .count(QStringLiteral("# BEGIN blihops job %1/gui-nightly")
                                .arg(environment.name)
                                .toUtf8()),
                 1);
        QVERIFY(QTest::qWaitFor([&] { return mode->jobsModel()->rowCount() == 1; }, 30000));

        // Remove, keeping the backups: the crontab block goes, the files stay.
        QSignalSpy changed(mode, &BackupsMode::jobChanged);
        mode->jobsView()->setCurrentIndex(mode->jobsModel()->index(0, 0));
        mode->removeJobAction()->trigger();
        auto *box = waitForTopLevel<QMessageBox>(QStringLiteral("confirmRemoveJob"));
        QVERIFY(box);
        snapshot(box, "backups-remove-question");
        box->findChild<QPushButton *>(QStringLiteral("removeKeepBackups"))->click();
        QVERIFY(changed.wait(60000));
        QVERIFY(QTest::qWaitFor([&] { return mode->jobsModel()->rowCount() == 0; }, 30000));
        QVERIFY(!run(QStringLiteral("crontab"), {QStringLiteral("-l")})
                     .contains(QStringLiteral("blihops job %1/").arg(environment.name).toUtf8()));
        QVERIFY(QFile::exists(entry.path()));
        QVERIFY(auditActions().contains(QStringLiteral("backup.remove")));
    }

    // The wizard on a host that runs systemd, as a login that is not root (the lab's systemd
    // host): a system timer is not offered, the note says the login lingers, the review shows
    // the user units, and the installed timer waits in the login's own systemd.
    void theWizardInstallsAUserTimer()
    {
        REQUIRE_BACKUP_LAB();
        BLIHOPS_REQUIRE(!labValue("BLIHOPS_LAB_SYSTEMD_SSH_PORT").isEmpty(),
                        "the lab's systemd host is not running: tests/lab/lab.sh up systemd");
        prepare();
        QVERIFY2(m_agent->error().isEmpty(), qPrintable(m_agent->error()));
        const QString login = labValue("BLIHOPS_LAB_SYSTEMD_USER");
        HostKeyStore().trust(test::systemdTarget(login),
                             labValue("BLIHOPS_LAB_SYSTEMD_HOST_FINGERPRINT"));
        const Environment environment =
            addEnvironment(Tier::Development, test::systemdEngineUrl(login));
        // Read on a thread of its own: the GUI thread never waits on a process.
        const auto property = [&](const QString &unit, const QString &name) {
            return outsideTheWindow([&] { return test::systemdUnitProperty(login, unit, name); });
        };
        const QString destination = QStringLiteral("/home/%1/%2 it's")
                                        .arg(login, QFileInfo(m_dir.path()).fileName())
                                        .append(QString::number(m_counter));
        auto window = openWindow();
        BackupsMode *mode = openBackups(*window, environment.name);
        mode->newJobAction()->trigger();
        BackupWizard *wizard = mode->wizard();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        wizard->nameEdit()->setText(QStringLiteral("timer"));
        QSignalSpy facts(wizard, &BackupWizard::hostFactsRead);
        QSignalSpy sources(wizard, &BackupWizard::sourcesRead);
        // To the scheduler: the environment's database as the sources page finds it, the
        // default schedule and retention, destinations in the login's home.
        for (const int page :
             {int(BackupWizard::SourcesPage), int(BackupWizard::SchedulePage),
              int(BackupWizard::RetentionPage), int(BackupWizard::DestinationPage)}) {
            wizard->next();
            QCOMPARE(wizard->currentId(), page);
            if (page == BackupWizard::SourcesPage)
                QVERIFY(sources.count() > 0 || sources.wait(30000));
        }
        wizard->databaseDestinationEdit()->setText(destination);
        wizard->storageDestinationEdit()->setText(destination);
        QVERIFY(facts.count() > 0 || facts.wait(30000));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(BackupWizard::SchedulerPage));
        auto *system = wizard->findChild<QRadioButton *>(QStringLiteral("systemdSystemScheduler"));
        auto *user = wizard->findChild<QRadioButton *>(QStringLiteral("systemdUserScheduler"));
        QVERIFY(!system->isEnabled());
        QVERIFY(user->isEnabled());
        const QString note = wizard->findChild<QLabel *>(QStringLiteral("schedulerNote"))->text();
        QVERIFY2(note.startsWith(QStringLiteral("The login is not root")) &&
                     note.contains(QStringLiteral("Lingering is on for the login")),
                 qPrintable(note));
        user->setChecked(true);
        snapshot(wizard, "backup-wizard-scheduler-systemd");
        wizard->next();

        // Review: the user units, as `backup schedule show` prints them.
        QCOMPARE(wizard->currentId(), int(BackupWizard::ReviewPage));
        const BackupJob job = wizard->job();
        QCOMPARE(job.scheduler, BackupJob::Scheduler::SystemdUser);
        const QString timer =
            SystemdUnits::unitName(environment.name, job.name) + QStringLiteral(".timer");
        QCOMPARE(wizard->reviewText(), BackupSchedule::review(job, environment));
        QVERIFY(wizard->reviewText().contains(QStringLiteral("# ~/.config/systemd/user/") + timer));
        QVERIFY(wizard->reviewText().contains(QStringLiteral("Persistent=true")));
        snapshot(wizard, "backup-wizard-review-systemd");

        QSignalSpy installed(wizard, &BackupWizard::installFinished);
        wizard->next();
        QVERIFY(installed.wait(120000));
        QVERIFY2(installed.first().first().toBool(), qPrintable(wizard->installStatus()->text()));
        const auto removeFolder = [&] {
            outsideTheWindow([&] {
                return test::onSystemdHost(login, {QStringLiteral("rm"), QStringLiteral("-rf"),
                                                   QStringLiteral("--"), destination})
                    .ok();
            });
        };
        auto removeJob = qScopeGuard([&] {
            removeJobs(environment, {job});
            removeFolder();
        });
        QCOMPARE(property(timer, QStringLiteral("ActiveState")), QStringLiteral("active"));
        QCOMPARE(property(timer, QStringLiteral("UnitFileState")), QStringLiteral("enabled"));
        wizard->accept();
        QVERIFY(QTest::qWaitFor([&] { return mode->jobsModel()->rowCount() == 1; }, 30000));
        removeJob.dismiss();
        removeJobs(environment, {job});
        QCOMPARE(property(timer, QStringLiteral("LoadState")), QStringLiteral("not-found"));
        removeFolder();
    }

    // Disable takes the job's block out of the login's crontab and its script off the host;
    // Enable puts both back. Every other crontab line stays byte for byte, the jobs table
    // shows the state, and the audit log says who did each.
    void disableAndEnableAJob()
    {
        REQUIRE_BACKUP_LAB();
        prepare();
        QVERIFY2(m_agent->error().isEmpty(), qPrintable(m_agent->error()));
        const Environment environment = addEnvironment();
        const QByteArray before = crontab();
        const QByteArray own = before + QByteArrayLiteral("# the login's own, kept as it is\n"
                                                          "MAILTO=\"\"\n"
                                                          "*/7 * * * * test -n 'a $HOME; b' # x\n");
        run(QStringLiteral("crontab"), {QStringLiteral("-")}, own);
        QCOMPARE(crontab(), own);
        const BackupJob job = installJob(environment, QStringLiteral("toggled"));
        const QByteArray installed = crontab();
        const QByteArray begin =
            "# BEGIN blihops job " + (environment.name + QStringLiteral("/toggled")).toUtf8();
        QVERIFY(installed.contains(begin));
        const QString script = BackupScript::scriptPath(job);
        QVERIFY2(QFile::exists(script), qPrintable(script));

        auto window = openWindow();
        BackupsMode *mode = openBackups(*window, environment.name);
        QVERIFY(QTest::qWaitFor([&] { return mode->jobsModel()->rowCount() == 1; }, 30000));
        mode->selectJob(job.name);
        QAction *toggle = mode->toggleJobAction();
        QVERIFY(toggle->isEnabled());
        QCOMPARE(toggle->text(), QStringLiteral("Dis&able Job"));
        QVERIFY(mode->runNowAction()->isEnabled());
        QVERIFY(mode->jobsView()->actions().contains(toggle));
        const auto nameCell = [&] {
            return mode->jobsModel()->index(0, BackupJobsModel::NameColumn).data().toString();
        };
        QCOMPARE(nameCell(), QStringLiteral("toggled"));

        // Asked first; Cancel changes nothing.
        QSignalSpy changed(mode, &BackupsMode::jobChanged);
        toggle->trigger();
        auto *ask = waitForTopLevel<QMessageBox>(QStringLiteral("confirmDisableJob"));
        QVERIFY(ask);
        QVERIFY(ask->text().contains(QStringLiteral("Disable toggled?")));
        QCOMPARE(ask->defaultButton(), ask->button(QMessageBox::Cancel));
        snapshot(ask, "backups-disable-question");
        ask->button(QMessageBox::Cancel)->click();
        QCOMPARE(crontab(), installed);
        QCOMPARE(changed.count(), 0);

        toggle->trigger();
        QVERIFY(answer(QStringLiteral("confirmDisableJob"), QStringLiteral("Disable")));
        QVERIFY(changed.wait(60000));
        // Off the host: the block is gone and nothing else moved; the script too.
        QCOMPARE(crontab(), own);
        QVERIFY(!QFile::exists(script));
        QVERIFY(QTest::qWaitFor([&] { return nameCell() == QStringLiteral("toggled (disabled)"); },
                                30000));
        mode->selectJob(job.name);
        QCOMPARE(toggle->text(), QStringLiteral("En&able Job"));
        QVERIFY(!mode->runNowAction()->isEnabled()); // its script is not on the host
        QVERIFY(!BackupJobRepository(*m_store->open()).get(environment.name, job.name).enabled);
        const auto nextRunCell = [&] {
            return mode->jobsModel()->index(0, BackupJobsModel::NextRunColumn).data().toString();
        };
        // Off the host, it has no next run (once the monitor has read the host again).
        QVERIFY(QTest::qWaitFor([&] { return nextRunCell().isEmpty(); }, 60000));
        snapshot(window.get(), "backups-job-disabled");

        // Enable: no question, the same block back where install put it.
        changed.clear();
        toggle->trigger();
        QVERIFY(changed.wait(60000));
        QCOMPARE(crontab(), installed);
        QVERIFY(QFile::exists(script));
        QVERIFY(QTest::qWaitFor([&] { return nameCell() == QStringLiteral("toggled"); }, 30000));
        QVERIFY(QTest::qWaitFor([&] { return !nextRunCell().isEmpty(); }, 60000));
        mode->selectJob(job.name);
        QCOMPARE(toggle->text(), QStringLiteral("Dis&able Job"));
        QVERIFY(mode->runNowAction()->isEnabled());
        QVERIFY(BackupJobRepository(*m_store->open()).get(environment.name, job.name).enabled);

        // Who did it, in order, with the host it was done on.
        QStringList actions;
        for (const AuditLog::Entry &entry : auditOf(job)) {
            if (entry.action == QLatin1String("backup.disable") ||
                entry.action == QLatin1String("backup.enable")) {
                QCOMPARE(entry.actor, Workspace::actor());
                QVERIFY2(entry.details.contains(QStringLiteral("\"host\":")),
                         qPrintable(entry.details));
                actions << entry.action;
            }
        }
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("backup.disable"), QStringLiteral("backup.enable")}));

        removeJobs(environment, {job});
        QCOMPARE(crontab(), own);
        run(QStringLiteral("crontab"), {QStringLiteral("-")}, before);
    }

    // Delete Backup on one of three backups: asked first (Cancel deletes nothing); on
    // production only once the environment's name is typed (a wrong name deletes nothing).
    // The file goes from the host, its manifest line stays as it was (the manifest is
    // append-only) and the catalog shows it gone; the other backups are untouched.
    void deleteOneBackup()
    {
        REQUIRE_BACKUP_LAB();
        prepare();
        QVERIFY2(m_agent->error().isEmpty(), qPrintable(m_agent->error()));
        Environment environment = addEnvironment();
        const BackupJob job = installJob(environment, QStringLiteral("single"));
        const BackupRecord made = runOnce(environment, job);
        QVERIFY2(made.ok, qPrintable(made.error));
        const QString folder = BackupScript::databaseFolder(job);
        // Two more backups beside it, an hour and two older: its dump under other names.
        const BackupRecord first = copyOf(folder, made, QStringLiteral("first"), 7200);
        const BackupRecord second = copyOf(folder, made, QStringLiteral("second"), 3600);
        const QString manifestPath = QDir(folder).filePath(BackupManifest::fileName());
        writeFile(manifestPath, BackupManifest::line(first) + BackupManifest::line(second) +
                                    readFile(manifestPath));
        const QByteArray manifest = readFile(manifestPath);
        QCOMPARE(BackupManifest::parse(manifest).records.size(), 3);

        auto window = openWindow();
        BackupsMode *mode = openBackups(*window, environment.name);
        BackupCatalogModel *catalog = mode->catalogModel();
        QVERIFY(QTest::qWaitFor([&] { return catalog->rowCount() == 3; }, 60000));
        const auto resultOf = [&](const BackupRecord &record) {
            const int row = catalog->rowOf(job.name, record.id);
            return row < 0
                       ? QString()
                       : catalog->index(row, BackupCatalogModel::ResultColumn).data().toString();
        };
        const auto select = [&](const BackupRecord &record) {
            mode->catalogView()->setCurrentIndex(
                catalog->index(catalog->rowOf(job.name, record.id), 0));
        };
        for (const BackupRecord &record : {made, first, second})
            QCOMPARE(resultOf(record), QStringLiteral("ok"));
        select(first);
        QAction *remove = mode->deleteBackupAction();
        QVERIFY(remove->isEnabled());
        QVERIFY(mode->catalogView()->actions().contains(remove));
        QCOMPARE(remove->shortcut(), QKeySequence(QKeySequence::Delete));

        // Asked first; Cancel (the default) keeps the file.
        QSignalSpy deleted(mode, &BackupsMode::backupDeleted);
        remove->trigger();
        auto *ask = waitForTopLevel<QMessageBox>(QStringLiteral("confirmDeleteBackup"));
        QVERIFY(ask);
        QVERIFY2(ask->text().contains(QDir(folder).filePath(first.file)), qPrintable(ask->text()));
        QCOMPARE(ask->defaultButton(), ask->button(QMessageBox::Cancel));
        snapshot(ask, "backups-delete-question");
        ask->button(QMessageBox::Cancel)->click();
        QCOMPARE(deleted.count(), 0);
        QCOMPARE(visibleFiles(folder).size(), 4);

        remove->trigger();
        QVERIFY(answer(QStringLiteral("confirmDeleteBackup"), QStringLiteral("Delete")));
        QVERIFY(deleted.wait(60000));
        QCOMPARE(visibleFiles(folder),
                 sorted({BackupManifest::fileName(), made.file, second.file}));
        QCOMPARE(readFile(manifestPath), manifest); // append-only: the line stays
        QVERIFY(QTest::qWaitFor([&] { return resultOf(first) == QStringLiteral("ok, file gone"); },
                                60000));
        QCOMPARE(resultOf(second), QStringLiteral("ok"));
        QCOMPARE(resultOf(made), QStringLiteral("ok"));
        const QModelIndex goneResult =
            catalog->index(catalog->rowOf(job.name, first.id), BackupCatalogModel::ResultColumn);
        QVERIFY(goneResult.data(Qt::ForegroundRole).isValid());  // greyed
        QVERIFY(!goneResult.data(Qt::DecorationRole).isValid()); // no check mark
        QVERIFY(
            catalog->index(catalog->rowOf(job.name, second.id), BackupCatalogModel::ResultColumn)
                .data(Qt::DecorationRole)
                .isValid());
        select(first);
        QVERIFY(!remove->isEnabled()); // nothing left to delete
        QVERIFY(!mode->downloadAction()->isEnabled());
        snapshot(window.get(), "backups-deleted");

        // Production: the name typed, nothing less.
        environment.tier = Tier::Production;
        EnvironmentRepository(*m_store->open()).update(environment.name, environment);
        QSignalSpy loaded(mode, &BackupsMode::loaded);
        mode->reload();
        QVERIFY(loaded.wait(30000));
        mode->selectEnvironment(environment.name);
        QVERIFY(QTest::qWaitFor(
            [&] { return catalog->rowCount() == 3 && resultOf(second) == QStringLiteral("ok"); },
            60000));
        select(second);
        QVERIFY(remove->isEnabled());
        remove->trigger();
        auto *typed =
            waitForTopLevel<QInputDialog>(QStringLiteral("confirmProductionBackupDeletion"));
        QVERIFY(typed);
        QVERIFY2(typed->labelText().contains(environment.name), qPrintable(typed->labelText()));
        typed->setTextValue(environment.name.left(environment.name.size() - 1));
        snapshot(typed, "backups-delete-production");
        typed->accept();
        auto *refused = waitForTopLevel<QMessageBox>(QStringLiteral("errorMessage"));
        QVERIFY(refused);
        QVERIFY2(refused->text().contains(QStringLiteral("nothing was deleted")),
                 qPrintable(refused->text()));
        snapshot(refused, "backups-delete-production-refused");
        refused->button(QMessageBox::Ok)->click();
        QCOMPARE(deleted.count(), 1);
        QCOMPARE(visibleFiles(folder),
                 sorted({BackupManifest::fileName(), made.file, second.file}));

        remove->trigger();
        typed = waitForTopLevel<QInputDialog>(QStringLiteral("confirmProductionBackupDeletion"));
        QVERIFY(typed);
        typed->setTextValue(environment.name);
        typed->accept();
        QVERIFY(deleted.wait(60000));
        QCOMPARE(visibleFiles(folder), sorted({BackupManifest::fileName(), made.file}));
        QCOMPARE(sha256Of(QDir(folder).filePath(made.file)), made.sha256);
        QCOMPARE(readFile(manifestPath), manifest);
        QVERIFY(QTest::qWaitFor([&] { return resultOf(second) == QStringLiteral("ok, file gone"); },
                                60000));
        QCOMPARE(resultOf(made), QStringLiteral("ok"));

        QStringList gone;
        for (const AuditLog::Entry &entry : auditOf(job)) {
            if (entry.action == QLatin1String("backup.delete")) {
                QCOMPARE(entry.actor, Workspace::actor());
                gone << entry.details;
            }
        }
        QCOMPARE(gone.size(), 2);
        QVERIFY2(gone.first().contains(first.id), qPrintable(gone.first()));
        QVERIFY2(gone.last().contains(second.id), qPrintable(gone.last()));
        removeJobs(environment, {job});
    }

    // Prune from the GUI on production, every backup older than the job's 30 days: the
    // preview names exactly the files that go and why, the newest 3 good ones stay (a newer
    // failed run does not count), a file the manifest does not name is reported and never
    // deleted; the prune asks for the name, then the host and the catalog match the preview.
    void pruneDeletesWhatThePreviewShows()
    {
        REQUIRE_BACKUP_LAB();
        prepare();
        QVERIFY2(m_agent->error().isEmpty(), qPrintable(m_agent->error()));
        const Environment environment = addEnvironment(Tier::Production);
        const BackupJob job = installJob(environment, QStringLiteral("aged"), 30, 3);
        const BackupRecord made = runOnce(environment, job);
        QVERIFY2(made.ok, qPrintable(made.error));
        const QString folder = BackupScript::databaseFolder(job);
        // Five good backups 45 to 41 days old (the run's dump under five names), a failed run
        // a day old, and a file of the old script's that no manifest names.
        QByteArray lines;
        QList<BackupRecord> aged;
        for (int days = 45; days >= 41; --days) {
            aged << copyOf(folder, made, QStringLiteral("old%1").arg(days), qint64(days) * 86400);
            lines += BackupManifest::line(aged.last());
        }
        BackupRecord failed = made;
        failed.started = QDateTime::currentDateTimeUtc().addDays(-1);
        failed.id = QStringLiteral("failed1-database-") + made.source;
        failed.ok = false;
        failed.file.clear();
        failed.sha256.clear();
        failed.size = 0;
        failed.tables.clear();
        failed.error = QStringLiteral("pg_dump failed");
        lines += BackupManifest::line(failed);
        QVERIFY(QFile::remove(QDir(folder).filePath(made.file)));
        writeFile(QDir(folder).filePath(BackupManifest::fileName()), lines);
        const QString stray = QStringLiteral("blihops_db-by-the-old-script.sql.gz");
        writeFile(QDir(folder).filePath(stray), "not in the manifest\n");
        const QStringList all = visibleFiles(folder);
        QCOMPARE(all.size(), 7);

        auto window = openWindow();
        BackupsMode *mode = openBackups(*window, environment.name);
        BackupCatalogModel *catalog = mode->catalogModel();
        QVERIFY(QTest::qWaitFor([&] { return catalog->rowCount() == 6; }, 60000));
        QVERIFY(mode->pruneAction()->isEnabled());
        mode->pruneAction()->trigger();
        auto *prune = waitForTopLevel<BackupPruneDialog>(QStringLiteral("backupPruneDialog"));
        QVERIFY(prune);
        QCOMPARE(prune->removeCount(), 2);
        QVERIFY(prune->pruneButton()->isEnabled());
        QHash<QString, std::pair<QString, QString>> plan = decisions(prune->planView());
        QCOMPARE(plan.size(), 6); // five backups and the stray file; the failed run has none
        for (int i = 0; i < aged.size(); ++i) {
            const auto decision = plan.value(aged.at(i).file);
            QCOMPARE(decision.first, i < 2 ? QStringLiteral("delete") : QStringLiteral("keep"));
            QVERIFY2(!decision.second.isEmpty(), qPrintable(aged.at(i).file));
        }
        // Why, in full: the newest three kept by the count, the older two by their age.
        const QList<QTreeWidgetItem *> oldest =
            prune->planView()->findItems(aged.at(0).file, Qt::MatchExactly | Qt::MatchRecursive, 0);
        QCOMPARE(oldest.size(), 1);
        QVERIFY2(oldest.first()->toolTip(3).contains(QStringLiteral("older than 30")),
                 qPrintable(oldest.first()->toolTip(3)));
        QVERIFY2(
            plan.value(aged.at(4).file).second.startsWith(QStringLiteral("one of the newest 3")),
            qPrintable(plan.value(aged.at(4).file).second));
        QCOMPARE(plan.value(stray),
                 std::make_pair(QStringLiteral("keep"),
                                QStringLiteral("not in the manifest: never deleted")));
        QVERIFY2(prune->findChild<QLabel *>(QStringLiteral("pruneSummary"))
                     ->text()
                     .contains(QStringLiteral("exactly the 2 files marked \"delete\"")),
                 qPrintable(prune->findChild<QLabel *>(QStringLiteral("pruneSummary"))->text()));
        snapshot(prune, "backups-prune-aged");

        // Production: a wrong name deletes nothing.
        prune->pruneButton()->click();
        auto *typed = waitForTopLevel<QInputDialog>(QStringLiteral("confirmProductionPrune"));
        QVERIFY(typed);
        QVERIFY2(typed->labelText().contains(environment.name), qPrintable(typed->labelText()));
        typed->setTextValue(QStringLiteral("production"));
        snapshot(typed, "backups-prune-production");
        typed->accept();
        auto *refused = waitForTopLevel<QMessageBox>(QStringLiteral("errorMessage"));
        QVERIFY(refused);
        QVERIFY(refused->text().contains(QStringLiteral("nothing was deleted")));
        refused->button(QMessageBox::Ok)->click();
        QCOMPARE(visibleFiles(folder), all);

        QSignalSpy pruned(mode, &BackupsMode::pruneFinished);
        prune->pruneButton()->click();
        typed = waitForTopLevel<QInputDialog>(QStringLiteral("confirmProductionPrune"));
        QVERIFY(typed);
        typed->setTextValue(environment.name);
        typed->accept();
        QVERIFY(pruned.wait(60000));
        QCOMPARE(visibleFiles(folder), sorted({stray, BackupManifest::fileName(), aged.at(2).file,
                                               aged.at(3).file, aged.at(4).file}));
        plan = decisions(prune->planView());
        QCOMPARE(plan.value(aged.at(0).file).first, QStringLiteral("deleted"));
        QCOMPARE(plan.value(aged.at(1).file).first, QStringLiteral("deleted"));
        QCOMPARE(plan.value(aged.at(2).file).first, QStringLiteral("keep"));
        QVERIFY(!prune->pruneButton()->isVisible());
        snapshot(prune, "backups-prune-done");
        prune->close();

        // The catalog as the preview said: two gone, three there, the failed run as it was.
        const auto resultOf = [&](const BackupRecord &record) {
            const int row = catalog->rowOf(job.name, record.id);
            return row < 0
                       ? QString()
                       : catalog->index(row, BackupCatalogModel::ResultColumn).data().toString();
        };
        QVERIFY(QTest::qWaitFor(
            [&] {
                return resultOf(aged.at(0)) == QStringLiteral("ok, file gone") &&
                       resultOf(aged.at(1)) == QStringLiteral("ok, file gone");
            },
            60000));
        for (int i = 2; i < aged.size(); ++i)
            QCOMPARE(resultOf(aged.at(i)), QStringLiteral("ok"));
        QCOMPARE(resultOf(failed), QStringLiteral("failed"));
        snapshot(window.get(), "backups-pruned");
        bool recorded = false;
        for (const AuditLog::Entry &entry : auditOf(job)) {
            if (entry.action == QLatin1String("backup.prune")) {
                QCOMPARE(entry.actor, Workspace::actor());
                QVERIFY2(entry.details.contains(aged.at(0).file) &&
                             entry.details.contains(aged.at(1).file) &&
                             !entry.details.contains(aged.at(2).file),
                         qPrintable(entry.details));
                recorded = true;
            }
        }
        QVERIFY(recorded);
        removeJobs(environment, {job});
        QCOMPARE(visibleFiles(folder), QStringList{stray}); // never deleted
    }

    // Remove Job on production: the name typed (a wrong one removes nothing); "keep the
    // backups" leaves the files, the other choice deletes them.
    void removeAJobOnProduction()
    {
        REQUIRE_BACKUP_LAB();
        prepare();
        QVERIFY2(m_agent->error().isEmpty(), qPrintable(m_agent->error()));
        const Environment environment = addEnvironment(Tier::Production);
        const BackupJob kept = installJob(environment, QStringLiteral("kept"));
        const BackupJob purged = installJob(environment, QStringLiteral("purged"));
        const BackupRecord keptRun = runOnce(environment, kept);
        const BackupRecord purgedRun = runOnce(environment, purged);
        QVERIFY2(keptRun.ok && purgedRun.ok, qPrintable(keptRun.error + purgedRun.error));
        const QString keptFolder = BackupScript::databaseFolder(kept);
        const QString purgedFolder = BackupScript::databaseFolder(purged);
        const QStringList keptFiles = visibleFiles(keptFolder);
        QCOMPARE(keptFiles, sorted({keptRun.file, BackupManifest::fileName()}));
        const auto blockOf = [&](const BackupJob &job) {
            return "# BEGIN blihops job " +
                   (job.environment + QLatin1Char('/') + job.name).toUtf8();
        };

        auto window = openWindow();
        BackupsMode *mode = openBackups(*window, environment.name);
        QVERIFY(QTest::qWaitFor([&] { return mode->jobsModel()->rowCount() == 2; }, 30000));
        const auto ask = [&](const BackupJob &job, const char *choice) {
            mode->selectJob(job.name);
            mode->removeJobAction()->trigger();
            auto *box = waitForTopLevel<QMessageBox>(QStringLiteral("confirmRemoveJob"));
            if (box)
                box->findChild<QPushButton *>(QLatin1String(choice))->click();
            return waitForTopLevel<QInputDialog>(QStringLiteral("confirmProductionJobRemoval"));
        };

        // A wrong name: the job stays, on the host and in the workspace.
        QInputDialog *typed = ask(kept, "removeKeepBackups");
        QVERIFY(typed);
        QVERIFY2(typed->labelText().contains(QStringLiteral("its backups stay")),
                 qPrintable(typed->labelText()));
        typed->setTextValue(kept.name);
        snapshot(typed, "backups-remove-production-keep");
        typed->accept();
        auto *refused = waitForTopLevel<QMessageBox>(QStringLiteral("errorMessage"));
        QVERIFY(refused);
        QVERIFY(refused->text().contains(QStringLiteral("nothing was removed")));
        refused->button(QMessageBox::Ok)->click();
        QCOMPARE(mode->jobsModel()->rowCount(), 2);
        QVERIFY(crontab().contains(blockOf(kept)));

        // Keep the backups: the schedule and script go, the files stay.
        QSignalSpy changed(mode, &BackupsMode::jobChanged);
        typed = ask(kept, "removeKeepBackups");
        QVERIFY(typed);
        typed->setTextValue(environment.name);
        typed->accept();
        QVERIFY(changed.wait(60000));
        QVERIFY(QTest::qWaitFor([&] { return mode->jobsModel()->rowCount() == 1; }, 30000));
        QVERIFY(!crontab().contains(blockOf(kept)));
        QVERIFY(!QFile::exists(BackupScript::scriptPath(kept)));
        QCOMPARE(visibleFiles(keptFolder), keptFiles);
        QCOMPARE(sha256Of(QDir(keptFolder).filePath(keptRun.file)), keptRun.sha256);

        // Delete them: exactly the files its manifest names, then the folder.
        changed.clear();
        typed = ask(purged, "removeDeleteBackups");
        QVERIFY(typed);
        QVERIFY2(typed->labelText().contains(QStringLiteral("delete its backups")),
                 qPrintable(typed->labelText()));
        snapshot(typed, "backups-remove-production-delete");
        typed->setTextValue(environment.name);
        typed->accept();
        QVERIFY(changed.wait(60000));
        QVERIFY(QTest::qWaitFor([&] { return mode->jobsModel()->rowCount() == 0; }, 30000));
        QVERIFY(!crontab().contains(blockOf(purged)));
        QVERIFY2(!QFileInfo::exists(purgedFolder),
                 qPrintable(visibleFiles(purgedFolder).join(' ')));
        QCOMPARE(visibleFiles(keptFolder), keptFiles);
        snapshot(window.get(), "backups-removed");

        QStringList removals;
        for (const BackupJob &job : {kept, purged}) {
            for (const AuditLog::Entry &entry : auditOf(job)) {
                if (entry.action == QLatin1String("backup.remove")) {
                    QCOMPARE(entry.actor, Workspace::actor());
                    removals << entry.details;
                }
            }
        }
        QCOMPARE(removals.size(), 2);
        QVERIFY2(removals.first().contains(QStringLiteral("\"delete_backups\":false")),
                 qPrintable(removals.first()));
        QVERIFY2(removals.last().contains(QStringLiteral("\"delete_backups\":true")) &&
                     removals.last().contains(purgedRun.file),
                 qPrintable(removals.last()));
    }

    // Back Up Now stopped with Cancel while pg_dump runs: the page says so, and the catalog
    // gains no backup.
    void backUpNowCancels()
    {
        REQUIRE_BACKUP_LAB();
        prepare();
        QVERIFY2(m_agent->error().isEmpty(), qPrintable(m_agent->error()));
        const Environment environment = addEnvironment();
        BackupJob job;
        job.environment = environment.name;
        job.name = QStringLiteral("cancelled");
        job.databaseService = QStringLiteral("postgres");
        job.databases = {labValue("BLIHOPS_LAB_DEV_PAGILA_DB")};
        job.databaseDestination = m_dir.filePath(QStringLiteral("cancel-%1").arg(m_counter));
        job.storageDestination = job.databaseDestination;
        install(environment, job);
        auto window = openWindow();
        BackupsMode *mode = openBackups(*window, environment.name);
        QVERIFY(QTest::qWaitFor([&] { return mode->jobsModel()->rowCount() == 1; }, 30000));
        mode->selectJob(job.name);
        QSignalSpy started(mode, &BackupsMode::taskStarted);
        QSignalSpy recorded(mode, &BackupsMode::taskRecorded);
        QVERIFY(mode->runNowAction()->isEnabled());
        mode->runNowAction()->trigger();
        QVERIFY(started.count() > 0 || started.wait(30000));
        auto *tab = started.first().first().value<BackupTaskTab *>();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return tab->outputView()->toPlainText().contains(QStringLiteral("pg_dump of "));
            },
            120000));
        QVERIFY(tab->cancelButton()->isEnabled());
        tab->cancelButton()->click();
        QVERIFY(recorded.wait(120000));
        QVERIFY2(tab->stateText() == QStringLiteral("Cancelled"),
                 qPrintable(tab->stateText() + QLatin1Char(' ') + tab->resultText()));
        snapshot(window.get(), "backups-run-cancelled");
        const QStringList complete = QDir(job.databaseDestination + QLatin1Char('/') + job.name)
                                         .entryList({QStringLiteral("*.dump")}, QDir::Files);
        QVERIFY2(complete.isEmpty(), qPrintable(complete.join(QLatin1Char(' '))));
        outsideTheWindow([&] {
            BackupHost host = BackupHost::connect(environment, HostKeyStore());
            BackupInstaller::remove(host, job, true);
            return true;
        });
    }

    // A job whose run fails: the tree's badge, the mode's alert line, the alert signal the
    // tray shows, and the webhook POST; a webhook that keeps failing is shown as such.
    void aFailingJobRaisesAnAlertBadgeAndWebhook()
    {
        REQUIRE_BACKUP_LAB();
        prepare();
        QVERIFY2(m_agent->error().isEmpty(), qPrintable(m_agent->error()));
        const Environment environment = addEnvironment();
        test::HttpSink sink({200});
        test::HttpSink broken({500});
        BackupJob job;
        job.environment = environment.name;
        job.name = QStringLiteral("broken");
        job.databaseService = QStringLiteral("postgres");
        job.databases = {QStringLiteral("no_such_database")};
        job.databaseDestination = m_dir.filePath(QStringLiteral("failing-%1").arg(m_counter));
        job.storageDestination = job.databaseDestination;
        job.webhookUrl = sink.url();
        BackupJob second = job;
        second.name = QStringLiteral("broken-hook");
        second.webhookUrl = broken.url();
        for (const BackupJob &each : {job, second}) {
            const BackupRunNow::Result result = outsideTheWindow([&] {
                BackupHost host = BackupHost::connect(environment, HostKeyStore());
                BackupSchedule::install(host, each, std::nullopt, environment.projectName);
                auto workspace = m_store->open();
                BackupSchedule::save(*workspace, each, QString(), host.display());
                return BackupRunNow::run(host, each);
            });
            QVERIFY(!result.ok());
        }
        const int scriptPosts = int(sink.requests().size());

        // The window asks the hosts as it opens: both failures become alerts, each
        // announced (tray, webhook) and remembered as announced.
        auto window = openWindow();
        BackupMonitor *monitor = window->backupMonitor();
        QVERIFY(QTest::qWaitFor([&] { return monitor->alertLines(environment.name).size() == 2; },
                                60000));
        const QString workspaceName =
            WorkspaceLocation::fromString(m_store->location()).displayName();
        const QStringList announced =
            GuiSettings(workspaceName).value(GuiSettings::Key::NotifiedBackupAlerts).toStringList();
        QCOMPARE(announced
                     .filter(QRegularExpression(QStringLiteral("^%1\\|").arg(
                         QRegularExpression::escape(environment.name))))
                     .size(),
                 2);
        EnvironmentTreeModel *tree = window->environmentsMode()->model();
        const QModelIndex badge =
            tree->indexOf(environment.name).siblingAtColumn(EnvironmentTreeModel::BackupsColumn);
        QVERIFY(QTest::qWaitFor(
            [&] { return badge.data().toString() == QStringLiteral("2 backup alerts"); }, 30000));
        QVERIFY(badge.data(Qt::ToolTipRole).toString().contains(QStringLiteral("broken: ")));
        snapshot(window.get(), "backups-alert-badge");

        // The console's own POST, after the script's, with the alert's structured fields.
        QVERIFY(sink.waitFor(scriptPosts + 1));
        QVERIFY(sink.requests().last().body.contains("\"kind\":\"failed\""));
        QVERIFY(sink.requests().last().body.contains("\"job\":\"broken\""));
        // The webhook that answers 500 is retried, then shown as failed.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !monitor->webhookError(environment.name, QStringLiteral("broken-hook"))
                            .isEmpty();
            },
            60000));
        QVERIFY(broken.requests().size() >= 2);

        // Seen once, announced once: the next refresh raises nothing new.
        QSignalSpy raised(monitor, &BackupMonitor::alertRaised);
        QSignalSpy finished(monitor, &BackupMonitor::refreshFinished);
        monitor->refresh();
        QVERIFY(finished.wait(60000));
        QCOMPARE(raised.count(), 0);
        // Each answer is recorded for the dashboards, as `backup status` records it: who
        // checked, the jobs and their alerts.
        std::optional<BackupHealthLog::Check> check;
        QVERIFY(QTest::qWaitFor(
            [&] {
                check = BackupHealthLog(*m_store->open()).latest(environment.name);
                return check && check->alerts.size() == 2;
            },
            30000));
        QCOMPARE(check->jobs, 2);
        QCOMPARE(check->checkedBy, Workspace::actor());

        BackupsMode *mode = openBackups(*window, environment.name);
        QVERIFY(QTest::qWaitFor([&] { return mode->alertsLabel()->isVisible(); }, 30000));
        QVERIFY(mode->alertsLabel()->text().contains(QStringLiteral("broken-hook: the webhook")));
        const int row = mode->jobsModel()->rowOf(QStringLiteral("broken"));
        QVERIFY(row >= 0);
        QCOMPARE(mode->jobsModel()->index(row, BackupJobsModel::ResultColumn).data().toString(),
                 QStringLiteral("failed"));
        QVERIFY(mode->jobsModel()
                    ->index(row, BackupJobsModel::AlertsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("failed")));
        snapshot(window.get(), "backups-mode-alerts");

        outsideTheWindow([&] {
            BackupHost host = BackupHost::connect(environment, HostKeyStore());
            for (const BackupJob &each : {job, second})
                BackupInstaller::remove(host, each, true);
            return true;
        });
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    qRegisterMetaType<blihops::gui::BackupTaskTab *>();
    TestBackupsMode backups;
    return blihops::test::runTests(argc, argv, {&backups});
}

#include "tst_backupsmode.moc"
