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
#include "backup/BackupHost.h"
#include "backup/BackupInstaller.h"
#include "backup/BackupJobRepository.h"
#include "backup/BackupRunNow.h"
#include "backup/BackupSchedule.h"
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
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace blihops;
using namespace blihops::gui;
using blihops::test::labValue;
using blihops::test::sha256Of;
using blihops::test::snapshot;
using blihops::test::waitForTopLevel;

#define REQUIRE_BACKUP_LAB()                                                                       \
    do {                                                                                           \
        BLIHOPS_REQUIRE(!labValue("BLIHOPS_TEST_SSH_PORT").isEmpty() &&                            \
                            !labValue("BLIHOPS_LAB_DEV_PROJECT").isEmpty(),                        \
                        "the lab's sshd and stacks are not running: tests/lab/lab.sh up and "      \
                        "eval \"$(tests/lab/lab.sh env)\"");                                       \
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
    Environment addEnvironment()
    {
        Environment environment =
            test::labEnvironment(QStringLiteral("DEV"), test::sshEngineUrl(),
                                 test::writeLabEnvFile(QStringLiteral("DEV"), m_dir.path()));
        environment.name = QStringLiteral("lab-backups-%1").arg(++m_counter);
        environment.databases = {labValue("BLIHOPS_LAB_DEV_PG_DB")};
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

        // Scheduler: cron (the lab runs no systemd).
        QCOMPARE(wizard->currentId(), int(BackupWizard::SchedulerPage));
        QVERIFY(wizard->findChild<QRadioButton *>(QStringLiteral("cronScheduler"))->isChecked());
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
        outsideTheWindow([&] {
            BackupHost host = BackupHost::connect(environment, HostKeyStore());
            BackupSchedule::install(host, job, std::nullopt, environment.projectName);
            BackupSchedule::save(*m_store->open(), job, QString(), host.display());
            return true;
        });
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
