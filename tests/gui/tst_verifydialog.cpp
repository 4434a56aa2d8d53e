#include "GuiTest.h"
#include "LabSupport.h"
#include "PdfFiles.h"
#include "Require.h"
#include "TestData.h"
#include "TestWorkspace.h"
#include "VerificationExporter.h"
#include "VerifyDialog.h"
#include "backup/TableChecksumSql.h"
#include "util/BlockingWait.h"
#include "verify/VerificationRepository.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace blihops;
using blihops::gui::VerificationExporter;
using blihops::gui::VerifyDialog;
using blihops::test::labValue;

// The restore-verification dialog offscreen against the lab's development PostgreSQL: a dump
// of Pagila with a manifest that disagrees on one table fails with that table first; the same
// dump as a file without a manifest passes, unproven. The GUI thread never waits (BlockingWait
// is fatal on it here).
class TestVerifyDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestWorkspace> m_store;
    std::shared_ptr<Workspace> m_workspace;
    Environment m_environment;
    QString m_dump;
    QString m_archive; // a .tar.gz of a small tree
    QList<TableChecksum> m_tables;

    QByteArray inContainer(const QStringList &argv, const QByteArray &input = {})
    {
        const QString container = QString::fromUtf8(
            test::labDocker({QStringLiteral("ps"), QStringLiteral("-q"), QStringLiteral("--filter"),
                             QStringLiteral("label=com.docker.compose.project=") +
                                 labValue("BLIHOPS_LAB_DEV_PROJECT"),
                             QStringLiteral("--filter"),
                             QStringLiteral("label=com.docker.compose.service=postgres")})
                .standardOutput.trimmed());
        return Process::run(QStringLiteral("docker"),
                            QStringList{QStringLiteral("-H"), labValue("BLIHOPS_TEST_DOCKER_HOST"),
                                        QStringLiteral("exec"), QStringLiteral("-i"), container} +
                                argv,
                            std::chrono::minutes(5), {}, input)
            .standardOutput;
    }

    std::unique_ptr<VerifyDialog> open(std::optional<VerificationSetup::Backup> backup,
                                       const VerificationSetup::File &file,
                                       const std::optional<Environment> &environment = {})
    {
        const Environment &on = environment ? *environment : m_environment;
        auto dialog = std::make_unique<VerifyDialog>(
            m_workspace, on, std::move(backup), file, QList<Environment>{on},
            HostKeyStore(m_dir.filePath(QStringLiteral("known_hosts"))));
        QSignalSpy checked(dialog.get(), &VerifyDialog::leftoversChecked);
        dialog->show();
        checked.wait(60000);
        return dialog;
    }

    static bool runToTheEnd(VerifyDialog &dialog)
    {
        QSignalSpy ended(&dialog, &VerifyDialog::verificationEnded);
        dialog.startButton()->click();
        return ended.count() > 0 || ended.wait(240000);
    }

private slots:
    void initTestCase()
    {
        BLIHOPS_REQUIRE(!labValue("BLIHOPS_LAB_DEV_PROJECT").isEmpty() &&
                            !labValue("BLIHOPS_LAB_DEV_PAGILA_DB").isEmpty(),
                        "the lab's stacks and Pagila are not there: tests/lab/lab.sh up and "
                        "eval \"$(tests/lab/lab.sh env)\"");
        m_store = std::make_unique<test::TestWorkspace>(test::TestWorkspace::Backend::Sqlite);
        m_workspace = m_store->open();
        m_environment.name = QStringLiteral("lab-dev");
        m_environment.engineUrl =
            QStringLiteral("unix://") + labValue("BLIHOPS_TEST_DOCKER_SOCKET");
        m_environment.composeFiles = {labValue("BLIHOPS_LAB_DEV_COMPOSE")};
        m_environment.envFile = test::writeLabEnvFile(QStringLiteral("DEV"), m_dir.path());
        m_environment.projectName = labValue("BLIHOPS_LAB_DEV_PROJECT");
        const QString user = labValue("BLIHOPS_LAB_DEV_PG_USER");
        const QString pagila = labValue("BLIHOPS_LAB_DEV_PAGILA_DB");
        m_dump = test::writeFile(
            m_dir.filePath(QStringLiteral("pagila.dump")),
            inContainer({QStringLiteral("pg_dump"), QStringLiteral("-Fc"), QStringLiteral("-U"),
                         user, QStringLiteral("-d"), pagila}));
        m_tables = TableChecksumSql::parse(inContainer(
            {QStringLiteral("psql"), QStringLiteral("-X"), QStringLiteral("-q"),
             QStringLiteral("-At"), QStringLiteral("-U"), user, QStringLiteral("-d"), pagila},
            TableChecksumSql::psqlScript(false).toUtf8()));
        QVERIFY(m_tables.size() >= 15);
        const QString tree = m_dir.filePath(QStringLiteral("archived tree"));
        test::writeFile(tree + QStringLiteral("/a.txt"), "alpha\n");
        test::writeFile(tree + QStringLiteral("/sub/b.bin"), QByteArray(3000, '\x02'));
        m_archive = m_dir.filePath(QStringLiteral("archived tree.tar.gz"));
        QVERIFY(Process::run(QStringLiteral("tar"),
                             {QStringLiteral("-czf"), m_archive, QStringLiteral("-C"), tree,
                              QStringLiteral(".")},
                             std::chrono::minutes(1))
                    .ok());
        BlockingWait::forbidOnGuiThread(true); // from here on, as in the console
    }

    void aDisagreeingManifestFailsOnThatTable()
    {
        QFile file(m_dump);
        QVERIFY(file.open(QIODevice::ReadOnly));
        BackupRecord record;
        record.id = QStringLiteral("20261201T020000Z-database-pagila");
        record.job = QStringLiteral("nightly");
        record.source = labValue("BLIHOPS_LAB_DEV_PAGILA_DB");
        record.file = QStringLiteral("pagila.dump");
        record.size = file.size();
        record.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        record.started = QDateTime::currentDateTimeUtc();
        record.ok = true;
        record.tables = m_tables;
        for (TableChecksum &table : record.tables) {
            if (table.name == QLatin1String("actor"))
                table.rows += 1; // the manifest counted a row the dump lacks
        }
        BackupJob job;
        job.environment = m_environment.name;
        job.name = QStringLiteral("nightly");
        job.databaseService = QStringLiteral("postgres");
        std::unique_ptr<VerifyDialog> dialog =
            open(VerificationSetup::Backup{job, {record, m_dir.path()}}, {});
        test::snapshot(dialog.get(), "verify-dialog-ready");
        QVERIFY(runToTheEnd(*dialog));
        QVERIFY(dialog->report());
        QVERIFY(!dialog->report()->ok());
        QVERIFY(dialog->report()->proven);
        QVERIFY2(dialog->summaryLabel()->text().contains(QStringLiteral("Failed")),
                 qPrintable(dialog->summaryLabel()->text()));
        QTableWidget *result = dialog->resultTable();
        QCOMPARE(result->rowCount(), m_tables.size());
        QCOMPARE(result->item(0, 1)->text(), QStringLiteral("actor"));
        QCOMPARE(result->item(0, 4)->text(), QStringLiteral("differs"));
        QCOMPARE(result->item(1, 4)->text(), QStringLiteral("equal"));
        QCOMPARE(dialog->stepsTable()->item(1, 1)->text(), QStringLiteral("passed"));
        QCOMPARE(dialog->stepsTable()->item(2, 1)->text(), QStringLiteral("failed"));
        QCOMPARE(dialog->stepsTable()->item(3, 1)->text(), QStringLiteral("passed"));
        QVERIFY(dialog->startButton()->isEnabled());
        test::snapshot(dialog.get(), "verify-dialog-mismatch");
        const QList<VerificationRepository::Entry> stored =
            VerificationRepository(*m_workspace).list();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().backup, record.id);

        // Exported as stored: PDF through the button's file dialog, Markdown by its suffix.
        QVERIFY(dialog->exportButton()->isEnabled());
        QCOMPARE(dialog->verificationId(), stored.first().id);
        QSignalSpy exported(dialog->exporter(), &VerificationExporter::exported);
        dialog->exportButton()->click();
        auto *files = dialog->findChild<QFileDialog *>(QStringLiteral("exportVerificationDialog"));
        QVERIFY(files);
        QVERIFY(files->selectedFiles().value(0).endsWith(
            QStringLiteral("verification-%1-%2.pdf").arg(stored.first().id).arg(record.id)));
        const QString pdf = m_dir.filePath(QStringLiteral("verification.pdf"));
        files->selectFile(pdf);
        static_cast<QDialog *>(files)->accept(); // QFileDialog::accept, as OK does
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.last().at(0).toString(), pdf);
        QVERIFY(dialog->exportLabel()->text().contains(pdf));
        test::snapshot(dialog.get(), "verify-dialog-exported");
        BLIHOPS_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                        "pdftotext (poppler-utils) is not installed");
        const QString words = test::pdfText(pdf);
        QVERIFY2(words.contains(QStringLiteral("FAIL")) &&
                     words.contains(QStringLiteral("public.actor")),
                 qPrintable(words));
        test::pdfPictures(pdf, "verify-dialog-export");
        const QString md = m_dir.filePath(QStringLiteral("verification.md"));
        dialog->exporter()->write(dialog->verificationId(), md);
        QVERIFY(exported.wait(60000));
        QFile markdown(md);
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        const QByteArray written = markdown.readAll();
        QVERIFY(written.contains("**FAIL**"));
        QVERIFY2(written.contains("| **public.actor** |"), written.constData());

        // A folder that is not there: the error box names the file.
        QSignalSpy failed(dialog->exporter(), &VerificationExporter::failed);
        const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/v.pdf"));
        dialog->exporter()->write(dialog->verificationId(), nowhere);
        QVERIFY(failed.wait(60000));
        auto *box = dialog->findChild<QMessageBox *>(QStringLiteral("errorMessage"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(nowhere), qPrintable(box->text()));
        test::snapshot(box, "verify-dialog-export-error");
        box->close();
        QVERIFY(!QFile::exists(nowhere));
    }

    void aFileWithoutManifestPassesUnproven()
    {
        std::unique_ptr<VerifyDialog> dialog = open(std::nullopt, {m_dump, false});
        QVERIFY(runToTheEnd(*dialog));
        QVERIFY(dialog->report()->ok());
        QVERIFY(!dialog->report()->proven);
        QVERIFY(dialog->summaryLabel()->text().contains(
            QStringLiteral("not proven</b>: restored without errors")));
        QCOMPARE(dialog->errorsView()->placeholderText(),
                 QStringLiteral("pg_restore's error lines appear here."));
        QCOMPARE(dialog->resultTable()->item(0, 4)->text(), QStringLiteral("baseline stored"));
        test::snapshot(dialog.get(), "verify-dialog-baseline");
    }

    // The same dump as a file on the environment's host (the lab's host is this machine):
    // read over SSH where it lies; a wrong path says so and restores nothing.
    void aFileOnTheHostPassesUnproven()
    {
        std::unique_ptr<VerifyDialog> dialog = open(std::nullopt, {m_dump, true});
        QVERIFY2(dialog->windowTitle().endsWith(
                     QStringLiteral(" on the host of %1").arg(m_environment.name)),
                 qPrintable(dialog->windowTitle()));
        QVERIFY(runToTheEnd(*dialog));
        QVERIFY(dialog->report()->ok());
        QVERIFY(!dialog->report()->proven);
        QCOMPARE(dialog->report()->backup, m_dump);
        test::snapshot(dialog.get(), "verify-dialog-host-file");

        const QString wrong = m_dump + QStringLiteral(".gone");
        std::unique_ptr<VerifyDialog> missing = open(std::nullopt, {wrong, true});
        QSignalSpy ended(missing.get(), &VerifyDialog::verificationEnded);
        missing->startButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(missing->startButton()->isEnabled(), 60000);
        QVERIFY(!missing->report());
        QVERIFY2(
            missing->summaryLabel()->text().contains(wrong + QStringLiteral(" cannot be read on ")),
            qPrintable(missing->summaryLabel()->text()));
        QCOMPARE(ended.count(), 0);
        test::snapshot(missing.get(), "verify-dialog-wrong-host-path");
    }

    // On a production environment a storage archive, here or on the host, creates nothing on
    // its server: no name is asked for, it is read and passes. A dump there asks first, and
    // nothing is verified when the prompt is cancelled.
    void anArchiveOnProductionAsksNoName()
    {
        Environment production = m_environment;
        production.tier = Tier::Production;
        for (const bool onHost : {false, true}) {
            std::unique_ptr<VerifyDialog> dialog =
                open(std::nullopt, {m_archive, onHost}, production);
            // Once the file is read, the dialog says what it does with an archive.
            QTRY_VERIFY_WITH_TIMEOUT(
                dialog->introLabel()->text().contains(QStringLiteral("Nothing is restored")),
                60000);
            QCOMPARE(dialog->resultTable()->columnCount(), 2);
            QCOMPARE(dialog->errorsView()->placeholderText(),
                     QStringLiteral("Errors reading the archive appear here."));
            QSignalSpy ended(dialog.get(), &VerifyDialog::verificationEnded);
            dialog->startButton()->click();
            const auto prompt = [&dialog] {
                return dialog->findChild<QInputDialog *>(QStringLiteral("verifyConfirmProduction"));
            };
            QTRY_VERIFY_WITH_TIMEOUT(ended.count() > 0 || prompt(), 120000);
            QVERIFY2(!prompt(), onHost ? "on the host" : "here");
            QVERIFY(dialog->report());
            QVERIFY2(dialog->report()->ok(), qPrintable(dialog->summaryLabel()->text()));
            QCOMPARE(dialog->report()->kind, BackupRecord::Kind::Storage);
            QVERIFY(!dialog->report()->proven);
            QCOMPARE(dialog->report()->backup, m_archive);
            QCOMPARE(dialog->stepsTable()->item(1, 1)->text(), QStringLiteral("skipped"));
            // Read, not restored: the verdict says what was done.
            const QString verdict = dialog->summaryLabel()->text();
            QVERIFY2(verdict.contains(QStringLiteral("the archive reads without errors")) &&
                         !verdict.contains(QStringLiteral("restored")),
                     qPrintable(verdict));
            if (onHost)
                test::snapshot(dialog.get(), "verify-dialog-production-archive");
        }

        std::unique_ptr<VerifyDialog> dump = open(std::nullopt, {m_dump, false}, production);
        QSignalSpy ended(dump.get(), &VerifyDialog::verificationEnded);
        dump->startButton()->click();
        QInputDialog *asked = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (asked = dump->findChild<QInputDialog *>(QStringLiteral("verifyConfirmProduction"))),
            60000);
        QVERIFY2(asked->labelText().contains(QStringLiteral("scratch database")),
                 qPrintable(asked->labelText()));
        test::snapshot(dump.get(), "verify-dialog-production-prompt");
        asked->reject();
        QTRY_VERIFY_WITH_TIMEOUT(dump->startButton()->isEnabled(), 10000);
        QVERIFY(!dump->cancelButton()->isEnabled());
        QVERIFY2(dump->summaryLabel()->text().contains(QStringLiteral("nothing was restored")),
                 qPrintable(dump->summaryLabel()->text()));
        QCOMPARE(ended.count(), 0);
        QVERIFY(!dump->report());
        test::snapshot(dump.get(), "verify-dialog-production-declined");
    }

    // Cancel while it runs: the dialog says so, and the scratch database is gone.
    void cancelStopsIt()
    {
        std::unique_ptr<VerifyDialog> dialog = open(std::nullopt, {m_dump, false});
        QSignalSpy ended(dialog.get(), &VerifyDialog::verificationEnded);
        dialog->startButton()->click();
        QVERIFY(dialog->cancelButton()->isEnabled());
        dialog->cancelButton()->click();
        QVERIFY(ended.wait(240000));
        QVERIFY(dialog->report()->cancelled);
        QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("Cancelled")));
        BlockingWait::forbidOnGuiThread(false); // the test's own look at the server
        QCOMPARE(
            inContainer({QStringLiteral("psql"), QStringLiteral("-X"), QStringLiteral("-At"),
                         QStringLiteral("-U"), labValue("BLIHOPS_LAB_DEV_PG_USER"),
                         QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-c"),
                         QStringLiteral("SELECT count(*) FROM pg_database WHERE datname "
                                        "LIKE 'blihops\\_verify\\_%'")})
                .trimmed(),
            QByteArray("0"));
        test::snapshot(dialog.get(), "verify-dialog-cancelled");
    }

    void cleanupTestCase()
    {
        BlockingWait::forbidOnGuiThread(false);
        m_workspace.reset();
        m_store.reset();
    }
};

QTEST_MAIN(TestVerifyDialog)
#include "tst_verifydialog.moc"
