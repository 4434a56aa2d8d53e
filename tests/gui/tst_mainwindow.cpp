#include "EnvironmentDetailsPanel.h"
#include "EnvironmentDialog.h"
#include "EnvironmentTreeModel.h"
#include "EnvironmentsMode.h"
#include "GuiTest.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ReadinessMode.h"
#include "TestWorkspace.h"
#include "WindowTest.h"
#include "util/AppIdentity.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/EnvironmentValidator.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace blihops;
using namespace blihops::gui;
using blihops::test::snapshot;
using blihops::test::TestWorkspace;
using blihops::test::waitForTopLevel;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(BLIHOPS_TEST_DATA_DIR "/compose/") + QString::fromLatin1(name);
}

QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

} // namespace

// Offscreen tests of the window as a user drives it.
class TestMainWindow : public test::WindowTest
{
    Q_OBJECT

private slots:
    void listsTheThreeEnvironmentsWithTheirServices()
    {
        auto window = openWindow();
        EnvironmentTreeModel *model = window->environmentsMode()->model();
        QCOMPARE(model->rowCount(), 3);
        // English plural forms come from the English catalogue.
        QStringList statusTexts;
        for (const QLabel *label : window->statusBar()->findChildren<QLabel *>())
            statusTexts << label->text();
        QVERIFY2(statusTexts.contains(QStringLiteral("3 environments")),
                 qPrintable(statusTexts.join(QLatin1Char('|'))));
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("development"));
        QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("staging"));
        QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("production"));
        QCOMPARE(model->index(2, EnvironmentTreeModel::TierColumn).data().toString(),
                 QStringLiteral("Production"));
        const QModelIndex development = model->index(0, 0);
        QCOMPARE(model->rowCount(development), 5);
        QCOMPARE(model->index(0, 0, development).data().toString(), QStringLiteral("postgres"));

        window->environmentsMode()->selectEnvironment(QStringLiteral("staging"));
        snapshot(window.get(), "main-window");
        EnvironmentDetailsPanel *details = window->environmentsMode()->detailsPanel();
        QCOMPARE(details->fieldText(QStringLiteral("engine")),
                 QStringLiteral("unix:///var/run/docker.sock"));
        QCOMPARE(details->fieldText(QStringLiteral("project")), QStringLiteral("blihops-staging"));
        QCOMPARE(details->fieldText(QStringLiteral("databases")),
                 QStringLiteral("blihops_staging_db"));
        QVERIFY(
            details->fieldText(QStringLiteral("ports")).contains(QStringLiteral("postgres:5433")));
        QVERIFY(details->fieldText(QStringLiteral("composeFiles"))
                    .endsWith(QStringLiteral("docker-compose.staging.yml")));
        QCOMPARE(details->fieldText(QStringLiteral("tier")), QStringLiteral("Staging"));
    }

    void dialogRefusesAMissingComposeFile()
    {
        auto window = openWindow();
        action(*window, "addEnvironmentAction")->trigger();
        auto *dialog = waitForTopLevel<EnvironmentDialog>();
        QVERIFY(dialog);
        Environment environment;
        environment.name = QStringLiteral("qa");
        environment.engineUrl = QStringLiteral("unix:///var/run/docker.sock");
        environment.projectName = QStringLiteral("qa");
        environment.composeFiles = {fixture("base.yml"),
                                    QStringLiteral("/nowhere/docker-compose.qa.yml")};
        dialog->setEnvironment(environment);
        QSignalSpy checked(dialog, &EnvironmentDialog::checked);
        dialog->accept();
        QVERIFY(checked.wait(10000));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QCOMPARE(dialog->problems().size(), 1);
        QVERIFY(
            dialog->problems().first().contains(QStringLiteral("/nowhere/docker-compose.qa.yml")));
        snapshot(dialog, "dialog-missing-compose");
        // Nothing was saved.
        dialog->reject();
        QTest::qWait(50);
        QCOMPARE(window->environmentsMode()->model()->rowCount(), 3);
    }

    void dialogRefusesAMalformedEngineAddress()
    {
        auto window = openWindow();
        window->environmentsMode()->selectEnvironment(QStringLiteral("development"));
        action(*window, "editEnvironmentAction")->trigger();
        auto *dialog = waitForTopLevel<EnvironmentDialog>();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("engineEdit"))
            ->setText(QStringLiteral("docker.example.org"));
        QSignalSpy checked(dialog, &EnvironmentDialog::checked);
        dialog->accept();
        QVERIFY(checked.wait(10000));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->problems().value(0).contains(
            QStringLiteral("Engine address \"docker.example.org\"")));
    }

    void savedEditSurvivesARestartAndSoDoesTheSelection()
    {
        QSplitter *splitter = nullptr;
        QList<int> sizes;
        {
            auto window = openWindow();
            window->environmentsMode()->selectEnvironment(QStringLiteral("staging"));
            splitter = window->findChild<QSplitter *>(QStringLiteral("environmentSplitter"));
            splitter->setSizes({300, 800});
            sizes = splitter->sizes();
            action(*window, "editEnvironmentAction")->trigger();
            auto *dialog = waitForTopLevel<EnvironmentDialog>();
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("engineEdit"))
                ->setText(QStringLiteral("ssh://deploy@staging.example.org:2222"));
            dialog->findChild<QLineEdit *>(QStringLiteral("databasesEdit"))
                ->setText(QStringLiteral("blihops_staging_db, audit"));
            QSignalSpy saved(window->environmentsMode(), &EnvironmentsMode::environmentSaved);
            QSignalSpy loaded(window->environmentsMode(), &EnvironmentsMode::environmentsLoaded);
            dialog->accept();
            QVERIFY(saved.wait(10000));
            QVERIFY(loaded.wait(10000));
            QCOMPARE(window->environmentsMode()->selectedEnvironment(), QStringLiteral("staging"));
            window->close();
        }
        auto window = openWindow();
        QCOMPARE(window->environmentsMode()->selectedEnvironment(), QStringLiteral("staging"));
        QCOMPARE(window->environmentsMode()->detailsPanel()->fieldText(QStringLiteral("engine")),
                 QStringLiteral("ssh://deploy@staging.example.org:2222"));
        QCOMPARE(window->environmentsMode()->detailsPanel()->fieldText(QStringLiteral("databases")),
                 QStringLiteral("blihops_staging_db, audit"));
        QCOMPARE(window->findChild<QSplitter *>(QStringLiteral("environmentSplitter"))->sizes(),
                 sizes);
    }

    void duplicateAddsACopy()
    {
        auto window = openWindow();
        window->environmentsMode()->selectEnvironment(QStringLiteral("development"));
        action(*window, "duplicateEnvironmentAction")->trigger();
        auto *dialog = waitForTopLevel<EnvironmentDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->environment().name, QStringLiteral("development-copy"));
        QCOMPARE(dialog->environment().projectName, QStringLiteral("development-copy"));
        QSignalSpy saved(window->environmentsMode(), &EnvironmentsMode::environmentSaved);
        QSignalSpy loaded(window->environmentsMode(), &EnvironmentsMode::environmentsLoaded);
        dialog->accept();
        QVERIFY(saved.wait(10000));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window->environmentsMode()->model()->rowCount(), 4);
        QCOMPARE(window->environmentsMode()->selectedEnvironment(),
                 QStringLiteral("development-copy"));
    }

    // A teammate's path: the file is named as not here, the rest of the window works.
    void aComposeFileNotOnThisMachineIsShownAsSuch()
    {
        QTemporaryDir dir;
        const QString gone = dir.filePath(QStringLiteral("gone.yml"));
        QVERIFY(QFile::copy(fixture("base.yml"), gone));
        {
            Workspace workspace(WorkspaceLocation::fromString(m_store->location()));
            workspace.open();
            Environment environment;
            environment.name = QStringLiteral("elsewhere");
            environment.engineUrl = QStringLiteral("unix:///var/run/docker.sock");
            environment.composeFiles = {gone};
            environment.projectName = QStringLiteral("elsewhere");
            EnvironmentRepository(workspace).add(environment);
        }
        QFile::remove(gone);
        auto window = openWindow();
        window->environmentsMode()->selectEnvironment(QStringLiteral("elsewhere"));
        EnvironmentDetailsPanel *details = window->environmentsMode()->detailsPanel();
        QCOMPARE(details->fieldText(QStringLiteral("composeFiles")),
                 QStringLiteral("%1 (not on this machine)").arg(gone));
        QVERIFY2(details->fieldText(QStringLiteral("services"))
                     .contains(QStringLiteral("is not on this machine")),
                 qPrintable(details->fieldText(QStringLiteral("services"))));
        snapshot(window.get(), "compose-not-here");
        window->environmentsMode()->selectEnvironment(QStringLiteral("staging"));
        QVERIFY(
            !details->fieldText(QStringLiteral("composeFiles")).contains(QStringLiteral("not on")));
    }

    void productionRemovalNeedsItsNameTyped()
    {
        auto window = openWindow();
        window->environmentsMode()->selectEnvironment(QStringLiteral("production"));
        action(*window, "removeEnvironmentAction")->trigger();
        auto *confirm = waitForTopLevel<QInputDialog>(QStringLiteral("confirmProductionRemoval"));
        QVERIFY(confirm);
        confirm->setTextValue(QStringLiteral("prod"));
        confirm->accept();
        auto *refused = waitForTopLevel<QMessageBox>(QStringLiteral("errorMessage"));
        QVERIFY(refused);
        QVERIFY(refused->text().contains(QStringLiteral("nothing was removed")));
        refused->accept();
        QCOMPARE(window->environmentsMode()->model()->rowCount(), 3);

        action(*window, "removeEnvironmentAction")->trigger();
        confirm = waitForTopLevel<QInputDialog>(QStringLiteral("confirmProductionRemoval"));
        QVERIFY(confirm);
        QSignalSpy loaded(window->environmentsMode(), &EnvironmentsMode::environmentsLoaded);
        confirm->setTextValue(QStringLiteral("production"));
        confirm->accept();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window->environmentsMode()->model()->rowCount(), 2);
    }

    void switchesToGermanAtRuntime()
    {
        auto window = openWindow();
        QAction *add = action(*window, "addEnvironmentAction");
        const QString english = add->text();
        QVERIFY(languages().setLanguage(QStringLiteral("de")));
        QCoreApplication::processEvents();
        QVERIFY(add->text() != english);
        QCOMPARE(window->environmentsMode()->model()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("Umgebung"));
        QCOMPARE(window->menuBar()->actions().at(0)->text(), QStringLiteral("&Datei"));
        // Messages from the core follow too (their context must match the catalogue's).
        Environment broken;
        broken.name = QStringLiteral("x");
        broken.projectName = QStringLiteral("x");
        broken.engineUrl = QStringLiteral("ftp://x");
        broken.composeFiles = {QStringLiteral("/nowhere/c.yml")};
        const auto problems = EnvironmentValidator::validate(broken);
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).message.startsWith(QStringLiteral("Die Engine-Adresse")),
                 qPrintable(problems.at(0).message));
        QVERIFY2(problems.at(1).message.startsWith(QStringLiteral("Die Compose-Datei")),
                 qPrintable(problems.at(1).message));
        window->environmentsMode()->selectEnvironment(QStringLiteral("staging"));
        snapshot(window.get(), "main-window-de");
        action(*window, "settingsAction")->trigger();
        snapshot(waitForTopLevel<QDialog>(QStringLiteral("SettingsDialog")), "settings-de");
        QVERIFY(languages().setLanguage(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QCOMPARE(add->text(), english);
        QVERIFY(!languages().setLanguage(QStringLiteral("fr")));
    }
};

// Failures of the workspace itself, shown as a dialog.
class TestMainWindowFailures : public QObject
{
    Q_OBJECT

private slots:
    void unreachableWorkspaceShowsTheReason()
    {
        LanguageManager languages;
        MainWindow window(
            WorkspaceLocation::fromString(QStringLiteral("postgresql://nobody@127.0.0.1:9/x")),
            languages);
        QSignalSpy loaded(window.environmentsMode(), &EnvironmentsMode::environmentsLoaded);
        window.show();
        QVERIFY(loaded.wait(30000));
        auto *box = waitForTopLevel<QMessageBox>(QStringLiteral("errorMessage"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("Cannot reach the PostgreSQL workspace")));
        snapshot(&window, "main-window-unreachable");
        snapshot(box, "error-unreachable");
        QVERIFY(!action(window, "addEnvironmentAction")->isEnabled());
        // The reason stays in the window after the dialog is gone.
        QVERIFY(window.environmentsMode()
                    ->detailsPanel()
                    ->fieldText(QStringLiteral("hint"))
                    .contains(QStringLiteral("127.0.0.1")));
        box->accept();
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestMainWindow window;
    TestMainWindowFailures failures;
    return blihops::test::runTests(argc, argv, {&window, &failures});
}

#include "tst_mainwindow.moc"
