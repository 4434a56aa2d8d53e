#include "ChecklistItemPanel.h"
#include "ChecklistItemsModel.h"
#include "ChecklistRunView.h"
#include "ChecklistRunsModel.h"
#include "ChecklistsMode.h"
#include "DashboardMode.h"
#include "EnvironmentsMode.h"
#include "EvidenceDialog.h"
#include "GuiSettings.h"
#include "GuiTest.h"
#include "LabSupport.h"
#include "MainWindow.h"
#include "NewChecklistRunDialog.h"
#include "Require.h"
#include "SignOffDialog.h"
#include "SmokePane.h"
#include "TestWorkspace.h"
#include "WindowTest.h"
#include "checklist/ChecklistRepository.h"
#include "checklist/ChecklistTemplate.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace blihops;
using namespace blihops::gui;
using blihops::test::labValue;
using blihops::test::snapshot;
using blihops::test::waitForTopLevel;

// The Checklists mode in the main window, offscreen, driven as QA drives it: from the
// keyboard, through its dialogs, and against the lab for a tied check.
class TestChecklistsMode : public test::WindowTest
{
    Q_OBJECT

private:
    std::unique_ptr<Workspace> store() { return m_store->open(); }

    // A window showing the Checklists mode with a run of the template started and shown.
    std::unique_ptr<MainWindow> openRun(const QString &source, const QString &environment)
    {
        // Whatever an earlier test left: a console that can change things.
        GuiSettings().setValue(GuiSettings::Key::ReadOnly, false);
        auto window = openWindow();
        ChecklistsMode *mode = window->checklistsMode();
        QSignalSpy loaded(mode, &ChecklistsMode::runsLoaded);
        window->showMode(mode);
        if (!loaded.wait(30000))
            qFatal("the runs never loaded");
        QSignalSpy shown(mode, &ChecklistsMode::runLoaded);
        mode->startRun(source, environment, QStringLiteral("v1.4.0"));
        if (!shown.wait(30000))
            qFatal("the new run was never shown");
        return window;
    }

    // The item's state as the store has it.
    ItemState stored(qint64 run, int item)
    {
        return ChecklistRepository(*store()).get(run).item(item)->state;
    }

private slots:
    void walksARunWithTheKeyboard()
    {
        auto window = openRun(QStringLiteral("staging-smoke-check"), QStringLiteral("staging"));
        ChecklistsMode *mode = window->checklistsMode();
        ChecklistRunView *view = mode->runView();
        const qint64 run = mode->currentRun();
        QVERIFY(run > 0);
        QCOMPARE(mode->runsModel()->rowCount(), 1);
        QVERIFY(view->isVisible());
        QCOMPARE(view->currentItem(), 1);
        QVERIFY(view->headline().contains(QLatin1String("Staging smoke check")));
        // Tied items carry a Run button.
        QVERIFY(view->tree()->findChild<QToolButton *>(QStringLiteral("runCheck-1")));
        QVERIFY(!view->tree()->findChild<QToolButton *>(QStringLiteral("runCheck-7")));

        QTreeView *tree = view->tree();
        tree->setFocus();
        QSignalSpy changed(mode, &ChecklistsMode::itemChanged);
        const QList<std::pair<Qt::Key, ItemState>> keys = {{Qt::Key_P, ItemState::Pass},
                                                           {Qt::Key_F, ItemState::Fail},
                                                           {Qt::Key_B, ItemState::Blocked},
                                                           {Qt::Key_N, ItemState::NotApplicable}};
        for (int i = 0; i < keys.size(); ++i) {
            QCOMPARE(view->currentItem(), i + 1);
            QTest::keyClick(tree, keys.at(i).first);
            QVERIFY(changed.wait(10000));
            QCOMPARE(stored(run, i + 1), keys.at(i).second);
        }
        // Each key went on to the next item; Up goes back, Backspace sets it pending again.
        QCOMPARE(view->currentItem(), 5);
        QTest::keyClick(tree, Qt::Key_Up);
        QCOMPARE(view->currentItem(), 4);
        QTest::keyClick(tree, Qt::Key_Backspace);
        QVERIFY(changed.wait(10000));
        QCOMPARE(stored(run, 4), ItemState::Pending);
        const QModelIndex state = view->model()->indexOf(2, ChecklistItemsModel::StateColumn);
        QCOMPARE(state.data().toString(), QStringLiteral("Fail"));

        // Ctrl+Enter edits the note; Ctrl+Enter there saves it and goes back to the list.
        QTest::keyClick(tree, Qt::Key_Up);
        QCOMPARE(view->currentItem(), 3);
        QTest::keyClick(tree, Qt::Key_Return, Qt::ControlModifier);
        QPlainTextEdit *note = view->panel()->noteEdit();
        QTRY_VERIFY(note->hasFocus());
        QTest::keyClicks(note, QStringLiteral("Redis port closed on the host"));
        QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(changed.wait(10000));
        QTRY_VERIFY(tree->hasFocus());
        QCOMPARE(ChecklistRepository(*store()).get(run).item(3)->note,
                 QStringLiteral("Redis port closed on the host"));
        QCOMPARE(view->model()->indexOf(3, ChecklistItemsModel::NoteColumn).data().toString(),
                 QStringLiteral("Redis port closed on the host"));
        // The run's history has every change, and the list its progress.
        QTRY_COMPARE(view->auditView()->model()->rowCount(), 7);
        QCOMPARE(mode->runsModel()->index(0, ChecklistRunsModel::ProgressColumn).data().toString(),
                 QStringLiteral("3 of 7, 1 failed"));
        snapshot(window.get(), "checklist-walk");
    }

    void startsARunFromTheDialogAndAttachesEvidenceTiesAndWaivers()
    {
        GuiSettings().setValue(GuiSettings::Key::ReadOnly, false);
        auto window = openWindow();
        ChecklistsMode *mode = window->checklistsMode();
        QSignalSpy listed(mode, &ChecklistsMode::runsLoaded);
        window->showMode(mode);
        QVERIFY(listed.wait(30000));
        snapshot(window.get(), "checklist-empty");

        mode->newRunAction()->trigger();
        QPointer<NewChecklistRunDialog> start = waitForTopLevel<NewChecklistRunDialog>();
        QVERIFY(start);
        auto *templates = start->findChild<QComboBox *>(QStringLiteral("templateBox"));
        QCOMPARE(templates->count(), 9); // eight built in, and "Markdown file…"
        templates->setCurrentIndex(templates->findData(QStringLiteral("dev-environment")));
        start->findChild<QComboBox *>(QStringLiteral("environmentBox"))
            ->setCurrentText(QStringLiteral("development"));
        QPushButton *ok = start->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no release yet
        start->findChild<QLineEdit *>(QStringLiteral("releaseEdit"))
            ->setText(QStringLiteral("v2.0"));
        QVERIFY(ok->isEnabled());
        snapshot(start, "checklist-new-run");
        QSignalSpy shown(mode, &ChecklistsMode::runLoaded);
        ok->click();
        QVERIFY(shown.wait(30000));
        ChecklistRunView *view = mode->runView();
        QCOMPARE(view->run().templateKey, QStringLiteral("dev-environment"));
        QCOMPARE(view->run().environment, QStringLiteral("development"));
        QCOMPARE(view->run().release, QStringLiteral("v2.0"));
        const qint64 run = mode->currentRun();

        // Evidence: a web page.
        view->selectItem(1);
        QSignalSpy changed(mode, &ChecklistsMode::itemChanged);
        view->panel()->findChild<QPushButton *>(QStringLiteral("addEvidenceButton"))->click();
        QPointer<EvidenceDialog> evidence = waitForTopLevel<EvidenceDialog>();
        QVERIFY(evidence);
        evidence->setKind(QStringLiteral("url"));
        evidence->setReference(QStringLiteral("https://ci.example.org/pipelines/42"));
        QCOMPARE(evidence->evidence(), QStringLiteral("url:https://ci.example.org/pipelines/42"));
        snapshot(evidence, "checklist-evidence");
        evidence->accept();
        QVERIFY(changed.wait(10000));
        QCOMPARE(ChecklistRepository(*store()).get(run).item(1)->evidence.first().toString(),
                 QStringLiteral("url:https://ci.example.org/pipelines/42"));

        // Tied by hand to the health rollup.
        view->selectItem(1);
        view->panel()->findChild<QPushButton *>(QStringLiteral("tieButton"))->click();
        QPointer<QInputDialog> tie = waitForTopLevel<QInputDialog>(QStringLiteral("tieDialog"));
        QVERIFY(tie);
        QVERIFY(tie->comboBoxItems().contains(QStringLiteral("Smoke check redis/redis")));
        tie->setTextValue(QStringLiteral("Health of all services"));
        snapshot(tie, "checklist-tie");
        tie->accept();
        QVERIFY(changed.wait(10000));
        QCOMPARE(ChecklistRepository(*store()).get(run).item(1)->tie.toString(),
                 QStringLiteral("health"));

        // Waived with a reason.
        view->selectItem(6);
        view->panel()->findChild<QPushButton *>(QStringLiteral("waiveButton"))->click();
        QPointer<QInputDialog> waive = waitForTopLevel<QInputDialog>(QStringLiteral("waiveDialog"));
        QVERIFY(waive);
        waive->setTextValue(QStringLiteral("No restart policy in development"));
        snapshot(waive, "checklist-waive");
        waive->accept();
        QVERIFY(changed.wait(10000));
        QCOMPARE(ChecklistRepository(*store()).get(run).item(6)->waiver->reason,
                 QStringLiteral("No restart policy in development"));
        QVERIFY(view->model()
                    ->indexOf(6, ChecklistItemsModel::StateColumn)
                    .data()
                    .toString()
                    .endsWith(QLatin1String("(waived)")));

        // The run's history holds each of these.
        view->findChild<QTabWidget *>(QStringLiteral("runTabs"))->setCurrentIndex(1);
        QTRY_COMPARE(view->auditView()->model()->rowCount(), 4);
        snapshot(window.get(), "checklist-history");
    }

    void signsARunOffAndReopensIt()
    {
        // Nobody has signed on this machine yet.
        GuiSettings().setValue(GuiSettings::Key::SignOffName, QString());
        GuiSettings().setValue(GuiSettings::Key::SignOffRole, QString());
        auto window = openRun(QStringLiteral("ci-cd"), QStringLiteral("staging"));
        ChecklistsMode *mode = window->checklistsMode();
        const qint64 run = mode->currentRun();

        // Refused while items are in the way: the dialog names them and cannot be accepted.
        mode->signOffAction()->trigger();
        QPointer<SignOffDialog> refused = waitForTopLevel<SignOffDialog>();
        QVERIFY(refused);
        QCOMPARE(refused->findChild<QListWidget *>(QStringLiteral("itemsInTheWay"))->count(), 9);
        QVERIFY(
            !refused->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        snapshot(refused, "checklist-signoff-refused");
        refused->reject();
        QTRY_VERIFY(!refused);

        // Every item passed but one, which is waived.
        {
            auto workspace = store();
            ChecklistRepository runs(*workspace);
            for (int item = 1; item <= 8; ++item)
                runs.change(run, item, {ItemState::Pass, std::nullopt, std::nullopt});
            runs.change(run, 9, {ItemState::Fail, std::nullopt, std::nullopt});
            runs.waive(run, 9, QStringLiteral("Alerts go live next sprint"));
        }
        QSignalSpy reloaded(mode, &ChecklistsMode::runLoaded);
        mode->reload();
        QVERIFY(reloaded.wait(10000));
        mode->signOffAction()->trigger();
        QPointer<SignOffDialog> dialog = waitForTopLevel<SignOffDialog>();
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QListWidget *>(QStringLiteral("itemsInTheWay"))->isHidden());
        QPushButton *sign = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!sign->isEnabled()); // no name yet
        dialog->findChild<QLineEdit *>(QStringLiteral("signerName"))
            ->setText(QStringLiteral("Ada Lovelace"));
        dialog->findChild<QLineEdit *>(QStringLiteral("signerRole"))
            ->setText(QStringLiteral("QA lead"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("signOffComment"))
            ->setPlainText(QStringLiteral("CI is good enough"));
        QVERIFY(sign->isEnabled());
        snapshot(dialog, "checklist-signoff");
        sign->click();
        QVERIFY(reloaded.wait(10000));
        const ChecklistRun signedRun = ChecklistRepository(*store()).get(run);
        QVERIFY(signedRun.isSigned);
        QCOMPARE(signedRun.signOff->name, QStringLiteral("Ada Lovelace"));
        QCOMPARE(signedRun.signOff->comment, QStringLiteral("CI is good enough"));

        // Read-only now: no state key, no Run, no sign-off; Reopen is what is left.
        ChecklistRunView *view = mode->runView();
        QVERIFY(!view->isEditable());
        QVERIFY(view->headline().contains(QLatin1String("signed off by Ada Lovelace")));
        view->tree()->setFocus();
        view->selectItem(1);
        QTest::keyClick(view->tree(), Qt::Key_F);
        QTest::qWait(300);
        QCOMPARE(stored(run, 1), ItemState::Pass);
        QVERIFY(!mode->signOffAction()->isEnabled());
        QVERIFY(mode->reopenAction()->isEnabled());
        QVERIFY(mode->exportAction()->isEnabled());
        snapshot(window.get(), "checklist-signed");

        // Exported with its sign-off, looked at as a picture.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("ci-cd.pdf"));
        QSignalSpy status(mode, &Mode::statusChanged);
        mode->exportRun(pdf);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(pdf).size() > 0, 20000);
        const QString shots = qEnvironmentVariable("BLIHOPS_SCREENSHOT_DIR");
        if (!shots.isEmpty() &&
            !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
            QProcess::execute(QStringLiteral("pdftoppm"),
                              {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("70"),
                               pdf, shots + QStringLiteral("/checklist-export")});

        // Reopened: revision 2, open; revision 1 stays signed.
        mode->reopenAction()->trigger();
        QVERIFY(reloaded.wait(10000));
        QTRY_VERIFY(view->isEditable());
        QCOMPARE(view->run().revision, 2);
        QCOMPARE(view->revisionBox()->count(), 2);
        QVERIFY(ChecklistRepository(*store()).get(run, 1).isSigned);
        QVERIFY(!ChecklistRepository(*store()).get(run).isSigned);
        // Whoever signed here last is offered again.
        mode->signOffAction()->trigger();
        QPointer<SignOffDialog> again = waitForTopLevel<SignOffDialog>();
        QVERIFY(again);
        QCOMPARE(again->name(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(again->role(), QStringLiteral("QA lead"));
        again->reject();
        QTRY_VERIFY(!again);
        // The old revision can be looked at, not changed.
        QSignalSpy revision(view, &ChecklistRunView::revisionRequested);
        emit view->revisionRequested(1);
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(view->run().revision, 1);
        QVERIFY(!view->isEditable());
    }

    void runsATiedCheckAgainstTheLab()
    {
        BLIHOPS_REQUIRE(!labValue("BLIHOPS_TEST_DOCKER_SOCKET").isEmpty(),
                        "the lab's stacks are not up: tests/lab/lab.sh up");
        QTemporaryDir dir;
        {
            auto workspace = store();
            EnvironmentRepository(*workspace)
                .add(test::labEnvironment(
                    QStringLiteral("DEV"),
                    QStringLiteral("unix://") + labValue("BLIHOPS_TEST_DOCKER_SOCKET"),
                    test::writeLabEnvFile(QStringLiteral("DEV"), dir.path())));
        }
        auto window = openRun(QStringLiteral(BLIHOPS_TEST_DATA_DIR "/checklists/lab-checks.md"),
                              QStringLiteral("lab-dev"));
        ChecklistsMode *mode = window->checklistsMode();
        ChecklistRunView *view = mode->runView();
        const qint64 run = mode->currentRun();
        view->selectItem(1);
        QVERIFY(mode->runCheckAction()->isEnabled());
        QSignalSpy finished(mode, &ChecklistsMode::checkFinished);
        // The Run button in the list, as a user clicks it.
        auto *button = view->tree()->findChild<QToolButton *>(QStringLiteral("runCheck-1"));
        QVERIFY(button);
        button->click();
        QVERIFY(mode->isCheckRunning());
        QVERIFY(!mode->runCheckAction()->isEnabled());
        QCOMPARE(view->model()->indexOf(1, ChecklistItemsModel::CheckColumn).data().toString(),
                 QStringLiteral("Running…"));
        QVERIFY(finished.wait(60000));
        QTRY_COMPARE(stored(run, 1), ItemState::Pass);
        const ChecklistItem recorded = *ChecklistRepository(*store()).get(run).item(1);
        QCOMPARE(recorded.evidence.size(), 1);
        QCOMPARE(recorded.evidence.first().kind, QStringLiteral("smoke"));
        QVERIFY(recorded.evidence.first().detail.contains(QLatin1String("PASS redis/redis")));
        QTRY_COMPARE(view->model()->indexOf(1, ChecklistItemsModel::StateColumn).data().toString(),
                     QStringLiteral("Pass"));
        QVERIFY(view->model()
                    ->indexOf(1, ChecklistItemsModel::EvidenceColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("smoke:")));

        // The health rollup from the menu's Run Check (Ctrl+R), as `env status` sees it.
        view->selectItem(2);
        mode->runCheckAction()->trigger();
        QVERIFY(finished.wait(60000));
        const ChecklistItem health = *ChecklistRepository(*store()).get(run).item(2);
        QCOMPARE(health.evidence.first().kind, QStringLiteral("health"));
        QCOMPARE(health.state, health.evidence.first().detail.startsWith(QLatin1String("healthy"))
                                   ? ItemState::Pass
                                   : ItemState::Fail);

        // A tie to a check the suite has not: a clear error, nothing recorded.
        view->selectItem(4);
        mode->runCheckAction()->trigger();
        QVERIFY(finished.wait(60000));
        QPointer<QMessageBox> error = waitForTopLevel<QMessageBox>(QStringLiteral("errorMessage"));
        QVERIFY(error);
        QVERIFY2(error->text().contains(QLatin1String("nothing/here")), qPrintable(error->text()));
        snapshot(window.get(), "checklist-check-error");
        error->accept();
        QCOMPARE(stored(run, 4), ItemState::Pending);
        view->selectItem(1);
        snapshot(window.get(), "checklist-check-run");
    }

    void readOnlyConsoleHidesEveryAction()
    {
        auto window = openRun(QStringLiteral("rollback-procedure"), QStringLiteral("staging"));
        ChecklistsMode *mode = window->checklistsMode();
        window->setReadOnly(true);
        // The setting outlives the window: the next test programs must find it off.
        auto writable = qScopeGuard([&] { window->setReadOnly(false); });
        QSignalSpy reloaded(mode, &ChecklistsMode::runLoaded);
        QVERIFY(reloaded.wait(10000));
        for (QAction *action : {mode->newRunAction(), mode->runCheckAction(), mode->signOffAction(),
                                mode->reopenAction(), window->dashboardMode()->importAction()})
            QVERIFY2(!action->isVisible(), qPrintable(action->objectName()));
        QVERIFY(mode->exportAction()->isVisible()); // reading is not changing
        // The Environments mode too: adding, editing, removing environments, running smoke tests.
        EnvironmentsMode *environments = window->environmentsMode();
        for (QAction *action : environments->toolBarActions()) {
            if (action && action->objectName() != QLatin1String("refreshAction"))
                QVERIFY2(!action->isVisible(), qPrintable(action->objectName()));
        }
        // (Cancel stays: it can only stop a run started before the console became read-only.)
        const SmokePane *smoke = environments->smokePane();
        for (QAction *action : {smoke->runAction(), smoke->rerunAction(), smoke->editAction()})
            QVERIFY2(!action->isVisible(), qPrintable(action->objectName()));
        ChecklistRunView *view = mode->runView();
        QVERIFY(!view->isEditable());
        QTRY_VERIFY(!view->tree()->findChild<QToolButton *>(QStringLiteral("runCheck-8")));
        for (QAction *action : view->tree()->actions())
            QVERIFY2(!action->isVisible(), qPrintable(action->objectName()));
        QVERIFY(!view->panel()
                     ->findChild<QPushButton *>(QStringLiteral("addEvidenceButton"))
                     ->isVisible());
        view->tree()->setFocus();
        QTest::keyClick(view->tree(), Qt::Key_P);
        QTest::qWait(300);
        QCOMPARE(stored(mode->currentRun(), 1), ItemState::Pending);
        snapshot(window.get(), "checklist-read-only");
        writable.dismiss();
        window->setReadOnly(false);
        QVERIFY(reloaded.wait(10000));
        QVERIFY(view->isEditable());
        QVERIFY(mode->signOffAction()->isVisible());
    }

    void remembersItsColumnsAndSplittersPerWorkspace()
    {
        int width = 0;
        {
            auto window = openRun(QStringLiteral("dev-environment"), QStringLiteral("development"));
            QHeaderView *header = window->checklistsMode()->runView()->tree()->header();
            width = header->sectionSize(ChecklistItemsModel::EvidenceColumn) + 37;
            header->resizeSection(ChecklistItemsModel::EvidenceColumn, width);
            window->close();
        }
        auto window = openWindow();
        ChecklistsMode *mode = window->checklistsMode();
        QSignalSpy shown(mode, &ChecklistsMode::runLoaded);
        window->showMode(mode);
        QVERIFY(shown.wait(30000));
        QCOMPARE(
            mode->runView()->tree()->header()->sectionSize(ChecklistItemsModel::EvidenceColumn),
            width);
        QVERIFY(mode->currentRun() > 0); // the last run shown is shown again
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestChecklistsMode checklists;
    return blihops::test::runTests(argc, argv, {&checklists});
}
#include "tst_checklistsmode.moc"
