#include "EnvironmentsMode.h"
#include "GuiTest.h"
#include "LabSupport.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ReadinessMode.h"
#include "Require.h"
#include "SmokePane.h"
#include "SmokeResultsModel.h"
#include "SmokeSuiteDialog.h"
#include "SshAgent.h"
#include "TestWorkspace.h"
#include "WindowTest.h"
#include "checks/SmokeSuiteRepository.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace blihops;
using namespace blihops::gui;
using blihops::test::labValue;
using blihops::test::snapshot;
using blihops::test::waitForTopLevel;

// QSKIP/QFAIL must be used in the test function itself.
#define REQUIRE_LAB()                                                                              \
    do {                                                                                           \
        BLIHOPS_REQUIRE(!qEnvironmentVariable("BLIHOPS_TEST_DOCKER_HOST").isEmpty(),               \
                        "the lab's Docker Engine is not up: tests/lab/lab.sh up");                 \
    } while (false)

namespace {

// The texts of every column of the named check's row.
QStringList rowTexts(const SmokeResultsModel &model, const QString &check)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.checkName(row) != check)
            continue;
        QStringList texts;
        for (int column = 0; column < SmokeResultsModel::ColumnCount; ++column)
            texts << model.index(row, column).data().toString();
        return texts;
    }
    return {};
}

int rowOf(const SmokeResultsModel &model, const QString &check)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.checkName(row) == check)
            return row;
    }
    return -1;
}

// Every row's check and message, for a failure's explanation.
QByteArray describe(const SmokeResultsModel &model)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row)
        lines << rowTexts(model, model.checkName(row)).join(QStringLiteral(" | "));
    return lines.join(QLatin1Char('\n')).toUtf8();
}

} // namespace

// The Smoke tests tab against the lab's running dev stack, offscreen, as a user drives it.
class TestSmokeMode : public test::WindowTest
{
    Q_OBJECT

private:
    // The lab's dev stack as environment lab-dev of the test's workspace.
    void addLabDev(const QString &dir)
    {
        Workspace workspace(WorkspaceLocation::fromString(m_store->location()));
        workspace.open();
        EnvironmentRepository(workspace).add(
            test::labEnvironment(QStringLiteral("DEV"),
                                 QStringLiteral("unix://") + labValue("BLIHOPS_TEST_DOCKER_SOCKET"),
                                 test::writeLabEnvFile(QStringLiteral("DEV"), dir)));
    }

    // A window with lab-dev selected, its suite loaded and the Smoke tests tab shown.
    std::unique_ptr<MainWindow> openSmokeTests()
    {
        auto window = openWindow();
        window->environmentsMode()->selectEnvironment(QStringLiteral("lab-dev"));
        SmokePane *pane = window->environmentsMode()->smokePane();
        if (pane->environmentName() != QStringLiteral("lab-dev"))
            qFatal("lab-dev is not in the tree");
        if (!QTest::qWaitFor([&] { return !pane->suite().isEmpty(); }, 30000))
            qFatal("the suite of lab-dev never loaded: %s", qPrintable(pane->hint()));
        window->environmentsMode()->detailsTabs()->setCurrentWidget(pane);
        return window;
    }

    static QAction *action(MainWindow &window, const char *name)
    {
        return window.findChild<QAction *>(QString::fromLatin1(name));
    }

private slots:
    void runsTheSuiteThenRerunsAnEditedCheck()
    {
        REQUIRE_LAB();
        QTemporaryDir dir;
        addLabDev(dir.path());
        auto window = openSmokeTests();
        SmokePane *pane = window->environmentsMode()->smokePane();
        QVERIFY(pane->isVisible());
        QVERIFY2(pane->hint().contains(QStringLiteral("No smoke run of lab-dev yet")),
                 qPrintable(pane->hint()));
        // Derived from the compose files: one check of each kind at least.
        for (SmokeCheck::Kind kind : {SmokeCheck::Kind::Postgres, SmokeCheck::Kind::Redis,
                                      SmokeCheck::Kind::Http, SmokeCheck::Kind::ContainerHealth}) {
            QVERIFY2(std::any_of(pane->suite().begin(), pane->suite().end(),
                                 [kind](const SmokeCheck &check) { return check.kind == kind; }),
                     qPrintable(SmokeCheck::kindKey(kind)));
        }
        const auto http = std::find_if(pane->suite().begin(), pane->suite().end(),
                                       [](auto &c) { return c.kind == SmokeCheck::Kind::Http; });
        const QString httpCheck = http->name;

        // Run suite, from the Environment menu's action (Ctrl+T).
        QSignalSpy finished(pane, &SmokePane::runFinished);
        QAction *run = action(*window, "runSmokeSuiteAction");
        QVERIFY(run->isEnabled());
        QCOMPARE(run->shortcut(), QKeySequence(QStringLiteral("Ctrl+T")));
        run->trigger();
        QVERIFY(pane->isRunning());
        QVERIFY(!run->isEnabled());
        QVERIFY(pane->cancelAction()->isEnabled());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.takeFirst().at(0).toString(), QStringLiteral("lab-dev"));
        QVERIFY(!pane->isRunning());
        SmokeResultsModel &model = *pane->model();
        QCOMPARE(model.rowCount(), int(pane->suite().size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY2(model.index(row, 0).data(SmokeResultsModel::PassedRole).toBool(),
                     describe(model).constData());
            QCOMPARE(model.index(row, SmokeResultsModel::ResultColumn).data().toString(),
                     QStringLiteral("Passed"));
            QVERIFY(
                !model.index(row, SmokeResultsModel::DurationColumn).data().toString().isEmpty());
        }
        QCOMPARE(pane->historyBox()->count(), 1);
        const QString all = QString::number(model.rowCount());
        QVERIFY2(
            pane->historyBox()->itemText(0).endsWith(QStringLiteral("%1 of %1 passed").arg(all)),
            qPrintable(pane->historyBox()->itemText(0)));
        QVERIFY2(pane->summary().contains(QStringLiteral("%1 of %1 checks passed").arg(all)),
                 qPrintable(pane->summary()));
        snapshot(window.get(), "smoke-passed");

        // Edit suite: the HTTP check now wants a text its endpoint does not answer.
        QStringList before;
        for (int row = 0; row < model.rowCount(); ++row)
            before << rowTexts(model, model.checkName(row)).join(QLatin1Char('|'));
        action(*window, "editSmokeSuiteAction")->trigger();
        QPointer<SmokeSuiteDialog> dialog = waitForTopLevel<SmokeSuiteDialog>();
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().endsWith(QStringLiteral("lab-dev")));
        QCOMPARE(dialog->checkList()->count(), int(pane->suite().size()));
        dialog->selectCheck(httpCheck);
        auto *body = dialog->findChild<QLineEdit *>(QStringLiteral("expectedBodyEdit"));
        QVERIFY(body->isVisibleTo(dialog));
        // Fields of other kinds are not shown for an HTTP check.
        QVERIFY(
            !dialog->findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->isVisibleTo(dialog));
        body->setText(QStringLiteral("not-there"));
        snapshot(dialog, "smoke-suite-dialog");
        QSignalSpy reloaded(pane, &SmokePane::suiteLoaded);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(reloaded.wait(30000));
        QTRY_VERIFY(!dialog); // closed, and deleted with it
        const auto edited =
            std::find_if(pane->suite().begin(), pane->suite().end(),
                         [&](const SmokeCheck &check) { return check.name == httpCheck; });
        QCOMPARE(edited->expectedBody, QStringLiteral("not-there"));
        // Editing the suite keeps the table as it was.
        QCOMPARE(model.rowCount(), before.size());

        // Run again, for that check alone.
        const int httpRow = rowOf(model, httpCheck);
        pane->view()->selectRow(httpRow);
        QVERIFY(pane->rerunAction()->isEnabled());
        pane->rerunAction()->trigger();
        QVERIFY(pane->isRunning());
        QVERIFY(finished.wait(60000));
        QCOMPARE(model.rowCount(), before.size());
        QCOMPARE(model.index(httpRow, SmokeResultsModel::ResultColumn).data().toString(),
                 QStringLiteral("Failed"));
        QVERIFY(!model.index(httpRow, 0).data(SmokeResultsModel::PassedRole).toBool());
        const QString message =
            model.index(httpRow, SmokeResultsModel::MessageColumn).data().toString();
        QVERIFY2(message.contains(QStringLiteral("not-there")), qPrintable(message));
        QCOMPARE(
            model.index(httpRow, SmokeResultsModel::MessageColumn).data(Qt::ToolTipRole).toString(),
            message);
        for (int row = 0; row < model.rowCount(); ++row) {
            if (row != httpRow)
                QCOMPARE(rowTexts(model, model.checkName(row)).join(QLatin1Char('|')),
                         before.at(row));
        }
        // The selection survives the rerun, and the row's message is shown in full.
        QVERIFY(pane->rerunAction()->isEnabled());
        const auto *details = pane->findChild<QLabel *>(QStringLiteral("smokeResultDetails"));
        QVERIFY(details->isVisible());
        QVERIFY2(details->text().contains(QStringLiteral("not-there")),
                 qPrintable(details->text()));
        QCOMPARE(pane->historyBox()->count(), 2);
        QVERIFY2(pane->historyBox()->itemText(0).endsWith(QStringLiteral("0 of 1 passed")),
                 qPrintable(pane->historyBox()->itemText(0)));
        QVERIFY2(pane->summary().contains(QStringLiteral("run again")),
                 qPrintable(pane->summary()));
        snapshot(window.get(), "smoke-rerun-failed");
        snapshot(pane, "smoke-pane-rerun-failed");

        // The workspace has the edited suite.
        {
            Workspace workspace(WorkspaceLocation::fromString(m_store->location()));
            workspace.open();
            const auto stored = SmokeSuiteRepository(workspace).get(QStringLiteral("lab-dev"));
            QVERIFY(stored);
            QCOMPARE(stored->checks, pane->suite());
        }

        // A check without a name is refused inline, and the dialog stays open.
        action(*window, "editSmokeSuiteAction")->trigger();
        QPointer<SmokeSuiteDialog> again = waitForTopLevel<SmokeSuiteDialog>();
        QVERIFY(again);
        again->selectCheck(httpCheck);
        again->findChild<QLineEdit *>(QStringLiteral("checkNameEdit"))->clear();
        QSignalSpy refused(again.data(), &SmokeSuiteDialog::refused);
        again->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(refused.count(), 1);
        QVERIFY(again->isVisible());
        QVERIFY(!again->problem().isEmpty());
        snapshot(again, "smoke-suite-refused");

        // Store Password asks in a password field; cancelled, nothing reaches the keychain.
        const auto postgres = std::find_if(pane->suite().begin(), pane->suite().end(), [](auto &c) {
            return c.kind == SmokeCheck::Kind::Postgres;
        });
        again->selectCheck(postgres->name);
        auto *store = again->findChild<QPushButton *>(QStringLiteral("storePasswordButton"));
        QVERIFY(store->isVisibleTo(again));
        QCOMPARE(store->isEnabled(), !postgres->secretVariable.isEmpty());
        if (store->isEnabled()) {
            store->click();
            auto *ask = waitForTopLevel<QInputDialog>(QStringLiteral("storePasswordDialog"));
            QVERIFY(ask);
            QCOMPARE(ask->textEchoMode(), QLineEdit::Password);
            QVERIFY(ask->labelText().contains(postgres->secretVariable));
            snapshot(ask, "smoke-store-password");
            ask->reject();
        }

        // Reset to Derived, then OK: the suite follows the compose files again.
        QSignalSpy derived(again.data(), &SmokeSuiteDialog::derivedLoaded);
        again->findChild<QPushButton *>(QStringLiteral("resetSuiteButton"))->click();
        QVERIFY(derived.wait(10000));
        QVERIFY(again->problem().isEmpty());
        QCOMPARE(again->checkList()->count(), int(pane->suite().size()));
        again->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(reloaded.wait(30000));
        QTRY_VERIFY(!again);
        {
            Workspace workspace(WorkspaceLocation::fromString(m_store->location()));
            workspace.open();
            QVERIFY(!SmokeSuiteRepository(workspace).get(QStringLiteral("lab-dev")));
        }
        QVERIFY(std::none_of(pane->suite().begin(), pane->suite().end(), [](auto &c) {
            return c.expectedBody == QStringLiteral("not-there");
        }));

        // The older run, picked from the history, is shown whole.
        pane->historyBox()->setCurrentIndex(1);
        QCOMPARE(model.rowCount(), before.size());
        QVERIFY(model.index(httpRow, 0).data(SmokeResultsModel::PassedRole).toBool());

        // Another environment shows its own (empty) history; lab-dev's comes back.
        window->environmentsMode()->selectEnvironment(QStringLiteral("staging"));
        QCOMPARE(pane->environmentName(), QStringLiteral("staging"));
        QCOMPARE(pane->historyBox()->count(), 0);
        QCOMPARE(model.rowCount(), 0);
        window->environmentsMode()->selectEnvironment(QStringLiteral("lab-dev"));
        QTRY_COMPARE_WITH_TIMEOUT(pane->historyBox()->count(), 2, 10000);
        QCOMPARE(model.rowCount(), 1); // the newest run: the rerun of one check
    }

    void runsARemoteSuiteThroughSshTunnels()
    {
        REQUIRE_LAB();
        QTemporaryDir dir;
        const test::SshAgent agent(dir.path());
        QVERIFY2(agent.error().isEmpty(), qPrintable(agent.error()));
        HostKeyStore().forget(test::sshTarget());
        {
            Workspace workspace(WorkspaceLocation::fromString(m_store->location()));
            workspace.open();
            Environment remote =
                test::labEnvironment(QStringLiteral("DEV"), test::sshEngineUrl(),
                                     test::writeLabEnvFile(QStringLiteral("DEV"), dir.path()));
            remote.name = QStringLiteral("lab-remote");
            EnvironmentRepository(workspace).add(remote);
        }
        auto window = openWindow();
        window->environmentsMode()->selectEnvironment(QStringLiteral("lab-remote"));
        SmokePane *pane = window->environmentsMode()->smokePane();
        window->environmentsMode()->detailsTabs()->setCurrentWidget(pane);

        // The first connection asks about the host's key; once trusted, the run goes through.
        auto *question = waitForTopLevel<QMessageBox>(QStringLiteral("trustHostKey"));
        QVERIFY(question);
        QVERIFY2(question->text().contains(test::labSshFingerprint()),
                 qPrintable(question->text()));
        QAbstractButton *trust = nullptr;
        for (QAbstractButton *button : question->buttons()) {
            if (question->buttonRole(button) == QMessageBox::AcceptRole)
                trust = button;
        }
        QVERIFY(trust);
        trust->click();
        QTRY_VERIFY_WITH_TIMEOUT(outsideTheWindow([] {
                                     return HostKeyStore().trustedFingerprint(test::sshTarget());
                                 }).has_value(),
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->suite().isEmpty(), 30000);

        QSignalSpy finished(pane, &SmokePane::runFinished);
        action(*window, "runSmokeSuiteAction")->trigger();
        QVERIFY(finished.wait(60000));
        SmokeResultsModel &model = *pane->model();
        QCOMPARE(model.rowCount(), int(pane->suite().size()));
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY2(model.index(row, 0).data(SmokeResultsModel::PassedRole).toBool(),
                     describe(model).constData());
        const QString postgres = rowTexts(model, QStringLiteral("postgres/postgresql"))
                                     .value(SmokeResultsModel::MessageColumn);
        QVERIFY2(postgres.contains(QStringLiteral("SSH tunnel")), qPrintable(postgres));
        QCOMPARE(pane->historyBox()->count(), 1);

        // In German, the table and its results follow at once.
        QVERIFY(languages().setLanguage(QStringLiteral("de")));
        QCOMPARE(model.headerData(SmokeResultsModel::ResultColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Ergebnis"));
        QCOMPARE(model.index(0, SmokeResultsModel::ResultColumn).data().toString(),
                 QStringLiteral("Bestanden"));
        // "Bestanden" fits its column, which was sized for "Passed".
        QTableView *view = pane->findChild<QTableView *>();
        QTRY_VERIFY(view->horizontalHeader()->sectionSize(SmokeResultsModel::ResultColumn) >=
                    static_cast<QAbstractItemView *>(view)->sizeHintForColumn(
                        SmokeResultsModel::ResultColumn));
        snapshot(window.get(), "smoke-de");
    }

    void cancelEndsTheRunAndLeavesThePaneIdle()
    {
        REQUIRE_LAB();
        QTemporaryDir dir;
        addLabDev(dir.path());
        auto window = openSmokeTests();
        SmokePane *pane = window->environmentsMode()->smokePane();
        QSignalSpy finished(pane, &SmokePane::runFinished);
        pane->runAction()->trigger();
        QVERIFY(pane->isRunning());
        pane->cancelAction()->trigger();
        QVERIFY(!pane->cancelAction()->isEnabled());
        QVERIFY(pane->summary().contains(QStringLiteral("Cancelling")));
        QVERIFY(finished.wait(60000));
        QVERIFY(!pane->isRunning());
        QVERIFY(pane->runAction()->isEnabled());
        QVERIFY(!pane->cancelAction()->isEnabled());
        QVERIFY2(pane->summary().contains(QStringLiteral("Cancelled")),
                 qPrintable(pane->summary()));
        // Whatever ran before the cancel is kept; the rest never ran.
        QVERIFY(pane->historyBox()->count() <= 1);
        int notRun = 0;
        for (int row = 0; row < pane->model()->rowCount(); ++row)
            notRun += pane->model()->index(row, SmokeResultsModel::ResultColumn).data() ==
                      QStringLiteral("Not run");
        QVERIFY(notRun > 0);
        QVERIFY(!pane->model()->isRunning());

        // And the pane runs again afterwards.
        pane->runAction()->trigger();
        QVERIFY(finished.wait(60000));
        QVERIFY2(pane->summary().contains(QStringLiteral("checks passed")),
                 qPrintable(pane->summary()));
    }

    void closingTheWindowDuringARunIsSafe()
    {
        REQUIRE_LAB();
        QTemporaryDir dir;
        addLabDev(dir.path());
        auto window = openSmokeTests();
        window->environmentsMode()->smokePane()->runAction()->trigger();
        QVERIFY(window->environmentsMode()->smokePane()->isRunning());
        QTest::qWait(100);
        window.reset(); // the run's results have nowhere to go: dropped
        QTest::qWait(500);
    }

    void remembersTheTabAndColumnWidths()
    {
        // No lab needed: the built-in environments point at an engine this machine lacks.
        int width = 0;
        {
            auto window = openWindow();
            window->environmentsMode()->selectEnvironment(QStringLiteral("development"));
            window->environmentsMode()->detailsTabs()->setCurrentWidget(
                window->environmentsMode()->smokePane());
            QTRY_VERIFY_WITH_TIMEOUT(!window->environmentsMode()->smokePane()->hint().startsWith(
                                         QStringLiteral("Reading")),
                                     10000);
            // Instead of an empty table, what to do.
            QVERIFY2(window->environmentsMode()->smokePane()->hint().contains(
                         QStringLiteral("No smoke run")),
                     qPrintable(window->environmentsMode()->smokePane()->hint()));
            QVERIFY(!window->environmentsMode()->smokePane()->view()->isVisible());
            QHeaderView *header =
                window->environmentsMode()->smokePane()->view()->horizontalHeader();
            width = header->sectionSize(SmokeResultsModel::TargetColumn) + 37;
            header->resizeSection(SmokeResultsModel::TargetColumn, width);
            snapshot(window.get(), "smoke-hint");
            window->environmentsMode()->selectEnvironment(QStringLiteral("production"));
            QTRY_VERIFY2_WITH_TIMEOUT(window->environmentsMode()->smokePane()->hint().contains(
                                          QStringLiteral("No engine is set")),
                                      qPrintable(window->environmentsMode()->smokePane()->hint()),
                                      10000);
            QVERIFY(!window->environmentsMode()->smokePane()->runAction()->isEnabled());
            window->close();
        }
        auto window = openWindow();
        QCOMPARE(window->environmentsMode()->detailsTabs()->currentWidget(),
                 window->environmentsMode()->smokePane());
        QCOMPARE(window->environmentsMode()->smokePane()->view()->horizontalHeader()->sectionSize(
                     SmokeResultsModel::TargetColumn),
                 width);
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestSmokeMode smoke;
    return blihops::test::runTests(argc, argv, {&smoke});
}
#include "tst_smokemode.moc"
