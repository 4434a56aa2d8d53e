#include "ActionLauncher.h"
#include "BottomPanel.h"
#include "ContainersModel.h"
#include "ContainersPane.h"
#include "EnvironmentsMode.h"
#include "GuiTest.h"
#include "LabSupport.h"
#include "LogViewer.h"
#include "MainWindow.h"
#include "OutputTab.h"
#include "Require.h"
#include "SshAgent.h"
#include "SyncDialog.h"
#include "WindowTest.h"
#include "actions/Action.h"
#include "remote/HostKeyStore.h"
#include "remote/Process.h"
#include "workspace/AuditLog.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace blihops;
using namespace blihops::gui;
using namespace std::chrono_literals;
using blihops::test::labValue;
using blihops::test::snapshot;
using blihops::test::waitForTopLevel;

#define REQUIRE_LAB()                                                                              \
    do {                                                                                           \
        BLIHOPS_REQUIRE(!labValue("BLIHOPS_TEST_DOCKER_SOCKET").isEmpty() &&                       \
                            !labValue("BLIHOPS_TEST_SSH_PORT").isEmpty(),                          \
                        "the lab's engine and sshd are not up: tests/lab/lab.sh up");              \
    } while (false)

namespace {

// Clicks the message box's button with that text.
bool click(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == text) {
            button->click();
            return true;
        }
    }
    return false;
}

} // namespace

// The Environments mode's compose and container actions, offscreen against the lab's engine
// (locally and over its sshd): each in an Output tab of the bottom panel with its gate, the
// confirmations a user sees first, and the audit log in both workspace backends.
class TestActionPanel : public test::WindowTest
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::SshAgent> m_agent;
    QStringList m_projects;

    // As a person at a terminal would see it, while the window waits.
    static ProcessResult docker(const QStringList &arguments)
    {
        return outsideTheWindow([&] { return test::labDocker(arguments); });
    }

    static QStringList linesOf(const ProcessResult &result)
    {
        QStringList lines =
            QString::fromUtf8(result.standardOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.sort();
        return lines;
    }

    static QStringList containersOf(const QString &project)
    {
        return linesOf(
            docker({QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--format"),
                    QStringLiteral("{{.Label \"com.docker.compose.service\"}} {{.State}}"),
                    QStringLiteral("--filter"),
                    QStringLiteral("label=com.docker.compose.project=") + project}));
    }

    static QStringList volumesOf(const QString &project)
    {
        return linesOf(docker({QStringLiteral("volume"), QStringLiteral("ls"), QStringLiteral("-q"),
                               QStringLiteral("--filter"),
                               QStringLiteral("label=com.docker.compose.project=") + project}));
    }

    // An environment on a compose project of its own, in the test's workspace.
    Environment addEnvironment(const QString &engineUrl, Tier tier)
    {
        const QString project =
            QStringLiteral("blihops-gui-%1").arg(QRandomGenerator::global()->bounded(1u << 30));
        m_projects << project;
        const QString dir = m_dir.filePath(project);
        QDir().mkpath(dir);
        Environment environment;
        environment.name = project;
        environment.tier = tier;
        environment.engineUrl = engineUrl;
        environment.composeFiles = {dir + QStringLiteral("/stack.yml")};
        QFile::copy(QStringLiteral(BLIHOPS_TEST_DATA_DIR "/actions/stack.yml"),
                    environment.composeFiles.first());
        environment.envFile = dir + QStringLiteral("/stack.env");
        QFile file(environment.envFile);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(environment.envFile));
        file.write("BLIHOPS_LAB_IMAGE=" + labValue("BLIHOPS_LAB_IMAGE").toUtf8() + '\n');
        file.close();
        environment.projectName = project;
        environment.remoteDirectory = m_dir.filePath(QStringLiteral("host-") + project);
        environment.healthTimeoutSeconds = 60;
        Workspace workspace(WorkspaceLocation::fromString(m_store->location()));
        workspace.open();
        EnvironmentRepository(workspace).add(environment);
        return environment;
    }

    std::unique_ptr<MainWindow> openOn(const QString &environment)
    {
        auto window = openWindow();
        window->environmentsMode()->selectEnvironment(environment);
        if (window->environmentsMode()->selectedEnvironment() != environment)
            qFatal("%s is not in the tree", qPrintable(environment));
        return window;
    }

    static QAction *action(MainWindow &window, const char *name)
    {
        return window.findChild<QAction *>(QString::fromLatin1(name));
    }

    // Triggers the action; returns the Output tab it opened, once its action has ended.
    static OutputTab *runFromWindow(MainWindow &window, const char *name,
                                    const std::function<void()> &answer = {})
    {
        QSignalSpy started(window.actionLauncher(), &ActionLauncher::started);
        QAction *trigger = action(window, name);
        if (!trigger || !trigger->isEnabled())
            qFatal("%s is not there or not enabled", name);
        trigger->trigger();
        if (answer)
            answer();
        if (!started.wait(30000) && started.isEmpty())
            return nullptr;
        // The new tab is the panel's current one.
        auto *tab = qobject_cast<OutputTab *>(window.bottomPanel()->currentWidget());
        if (!tab)
            return nullptr;
        if (!QTest::qWaitFor([tab] { return tab->action()->isFinished(); }, 180000))
            qFatal("%s never finished", name);
        return tab;
    }

    static QStringList recorded(const QString &location)
    {
        return outsideTheWindow([&] { return auditOf(location); });
    }

    static QStringList auditOf(const QString &location)
    {
        Workspace workspace(WorkspaceLocation::fromString(location));
        workspace.open();
        QStringList entries;
        for (const AuditLog::Entry &entry : AuditLog(workspace).recent(20)) {
            if (entry.action.startsWith(QLatin1String("action.")))
                entries << entry.actor + u' ' + entry.action + u' ' + entry.subject;
        }
        return entries;
    }

private slots:
    void cleanupTestCase()
    {
        for (const QString &project : std::as_const(m_projects)) {
            const QStringList ids = linesOf(
                docker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                        QStringLiteral("label=com.docker.compose.project=") + project}));
            if (!ids.isEmpty())
                docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + ids);
            const QStringList volumes = volumesOf(project);
            if (!volumes.isEmpty())
                docker(QStringList{QStringLiteral("volume"), QStringLiteral("rm")} + volumes);
        }
    }

    // Up from the toolbar: an Output tab with compose's lines, the gate's services and the
    // result; a container restarted from its row; Down after its question; all recorded.
    void upRestartAndDownInOutputTabs()
    {
        REQUIRE_LAB();
        const Environment env = addEnvironment(
            QStringLiteral("unix://") + labValue("BLIHOPS_TEST_DOCKER_SOCKET"), Tier::Development);
        auto window = openOn(env.name);
        QVERIFY(!window->bottomPanel()->isVisible()); // nothing in it yet

        OutputTab *up = runFromWindow(*window, "upAction");
        QVERIFY(up);
        QVERIFY(window->bottomPanel()->isVisible());
        QCOMPARE(window->bottomPanel()->currentWidget(), up);
        QVERIFY2(up->action()->state() == Action::State::Succeeded,
                 qPrintable(up->outputView()->toPlainText()));
        QVERIFY(up->outputView()->toPlainText().contains(QStringLiteral(" 'up' '-d'")));
        QCOMPARE(up->gateTable()->rowCount(), 2);
        QCOMPARE(up->gateTable()->item(0, 0)->text(), QStringLiteral("app"));
        QCOMPARE(up->gateTable()->item(0, 1)->text(), QStringLiteral("ready (healthy)"));
        QVERIFY2(up->resultText().startsWith(QStringLiteral("Succeeded in")) &&
                     up->resultText().contains(QStringLiteral("exit code 0")),
                 qPrintable(up->resultText()));
        QVERIFY(!up->cancelButton()->isEnabled());
        QCOMPARE(containersOf(env.projectName),
                 (QStringList{QStringLiteral("app running"), QStringLiteral("worker running")}));
        snapshot(window.get(), "action-up");

        // The worker's row, as the monitor shows it, restarted through the engine.
        ContainersPane *pane = window->environmentsMode()->containersPane();
        // (Services behind profiles show as rows without a container.)
        int worker = -1;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QList<ContainerState> &rows = pane->model()->containers();
                for (int row = 0; row < rows.size(); ++row) {
                    if (rows.at(row).service == QStringLiteral("worker") &&
                        !rows.at(row).name.isEmpty())
                        worker = row;
                }
                return worker >= 0;
            },
            30000));
        QVERIFY(worker >= 0);
        pane->view()->setCurrentIndex(pane->model()->index(worker, 0));
        OutputTab *restart = runFromWindow(*window, "restartContainerAction");
        QVERIFY(restart);
        QVERIFY2(restart->action()->state() == Action::State::Succeeded,
                 qPrintable(restart->resultText()));
        QCOMPARE(restart->title(),
                 QStringLiteral("Restart ") + pane->model()->containers().at(worker).name);
        QCOMPARE(window->bottomPanel()->count(), 2);

        // The same row's log opens as a tab beside the outputs.
        action(*window, "showLogsAction")->trigger();
        auto *viewer = qobject_cast<LogViewer *>(window->bottomPanel()->currentWidget());
        QVERIFY(viewer);
        QVERIFY2(viewer->title().contains(pane->model()->containers().at(worker).name),
                 qPrintable(viewer->title()));
        window->bottomPanel()->closePage(window->bottomPanel()->currentIndex());
        QCOMPARE(window->bottomPanel()->count(), 2);

        OutputTab *down = runFromWindow(*window, "downAction", [] {
            auto *box = waitForTopLevel<QMessageBox>(QStringLiteral("confirmAction"));
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("its volumes stay")));
            QVERIFY(click(box, QStringLiteral("Down")));
        });
        QVERIFY(down);
        QCOMPARE(down->action()->state(), Action::State::Succeeded);
        QCOMPARE(containersOf(env.projectName), QStringList());
        QCOMPARE(volumesOf(env.projectName),
                 (QStringList{env.projectName + QStringLiteral("_data")}));

        QSignalSpy recordedSpy(window->actionLauncher(), &ActionLauncher::recorded);
        QVERIFY(QTest::qWaitFor([&] { return recorded(m_store->location()).size() == 3; }, 20000));
        QCOMPARE(recorded(m_store->location()),
                 (QStringList{QStringLiteral("tester@lab action.down ") + env.name,
                              QStringLiteral("tester@lab action.container.restart ") + env.name,
                              QStringLiteral("tester@lab action.up ") + env.name}));

        // Closing a tab takes it away; the last one closed hides the panel.
        while (window->bottomPanel()->count() > 0)
            window->bottomPanel()->closePage(0);
        QVERIFY(QTest::qWaitFor([&] { return !window->bottomPanel()->isVisible(); }, 5000));
    }

    // Production: Down with its volumes shows the volumes' names and runs only with the
    // environment's name typed; a wrong name changes nothing.
    void productionDownWithVolumesNeedsTheNameTyped()
    {
        REQUIRE_LAB();
        const Environment env = addEnvironment(
            QStringLiteral("unix://") + labValue("BLIHOPS_TEST_DOCKER_SOCKET"), Tier::Production);
        auto window = openOn(env.name);
        OutputTab *up = runFromWindow(*window, "upAction"); // not destructive: no question
        QVERIFY(up);
        QCOMPARE(up->action()->state(), Action::State::Succeeded);

        QSignalSpy started(window->actionLauncher(), &ActionLauncher::started);
        action(*window, "downVolumesAction")->trigger();
        auto *confirm = waitForTopLevel<QInputDialog>(QStringLiteral("confirmProductionAction"));
        QVERIFY(confirm);
        QVERIFY2(confirm->labelText().contains(env.projectName + QStringLiteral("_data")),
                 qPrintable(confirm->labelText()));
        snapshot(confirm, "action-production-confirm");
        confirm->setTextValue(QStringLiteral("staging"));
        confirm->accept();
        auto *refused = waitForTopLevel<QMessageBox>(QStringLiteral("errorMessage"));
        QVERIFY(refused);
        QVERIFY(refused->text().contains(QStringLiteral("nothing was changed")));
        refused->close();
        QVERIFY(started.isEmpty());
        QCOMPARE(containersOf(env.projectName).size(), 2);

        OutputTab *down = runFromWindow(*window, "downVolumesAction", [&] {
            auto *again = waitForTopLevel<QInputDialog>(QStringLiteral("confirmProductionAction"));
            QVERIFY(again);
            again->setTextValue(env.name);
            again->accept();
        });
        QVERIFY(down);
        QVERIFY2(down->action()->state() == Action::State::Succeeded,
                 qPrintable(down->outputView()->toPlainText()));
        QCOMPARE(containersOf(env.projectName), QStringList());
        QCOMPARE(volumesOf(env.projectName), QStringList());
    }

    // Cancel in the tab stops compose while it waits; the tab says so.
    void cancelStopsTheActionInItsTab()
    {
        REQUIRE_LAB();
        const Environment env = addEnvironment(
            QStringLiteral("unix://") + labValue("BLIHOPS_TEST_DOCKER_SOCKET"), Tier::Staging);
        auto window = openOn(env.name);
        QSignalSpy started(window->actionLauncher(), &ActionLauncher::started);
        Action::Request request;
        request.services = {QStringLiteral("after-waiting")}; // compose waits an hour for it
        window->actionLauncher()->launch(env, request);
        QVERIFY(started.count() == 1 || started.wait(10000));
        auto *tab = qobject_cast<OutputTab *>(window->bottomPanel()->currentWidget());
        QVERIFY(tab);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return containersOf(env.projectName).contains(QStringLiteral("waiting running"));
            },
            60000));
        QVERIFY(tab->cancelButton()->isEnabled());
        tab->cancelButton()->click();
        QVERIFY(QTest::qWaitFor([tab] { return tab->action()->isFinished(); }, 30000));
        QCOMPARE(tab->action()->state(), Action::State::Cancelled);
        QVERIFY2(tab->resultText().startsWith(QStringLiteral("Cancelled after")),
                 qPrintable(tab->resultText()));
        snapshot(window.get(), "action-cancelled");
    }

    // Over SSH the files go to the host's folder only after the dialog that shows them.
    void overSshTheFilesAreUploadedOnlyAfterConfirmation()
    {
        REQUIRE_LAB();
        if (!m_agent) {
            m_agent = std::make_unique<test::SshAgent>(m_dir.path());
            QVERIFY2(m_agent->error().isEmpty(), qPrintable(m_agent->error()));
        }
        HostKeyStore().trust(test::sshTarget(), test::labSshFingerprint());
        const Environment env = addEnvironment(test::sshEngineUrl(), Tier::Staging);
        const QString hostCopy = env.remoteDirectory + QStringLiteral("/stack.yml");
        auto window = openOn(env.name);

        OutputTab *refused = runFromWindow(*window, "upAction", [&] {
            auto *dialog = waitForTopLevel<SyncDialog>(QStringLiteral("syncDialog"));
            QVERIFY(dialog);
            QCOMPARE(dialog->fileList()->count(), 2);
            QVERIFY(
                dialog->fileList()->item(0)->text().contains(QStringLiteral("not on the host")));
            dialog->reject();
        });
        QVERIFY(refused);
        QCOMPARE(refused->action()->state(), Action::State::Cancelled);
        QVERIFY(!QFile::exists(hostCopy));

        OutputTab *up = runFromWindow(*window, "upAction", [&] {
            auto *dialog = waitForTopLevel<SyncDialog>(QStringLiteral("syncDialog"));
            QVERIFY(dialog);
            snapshot(dialog, "action-sync");
            dialog->accept();
        });
        QVERIFY(up);
        QVERIFY2(up->action()->state() == Action::State::Succeeded,
                 qPrintable(up->outputView()->toPlainText()));
        QVERIFY(QFile::exists(hostCopy));
        QVERIFY(up->outputView()->toPlainText().contains(QStringLiteral("Uploaded.")));
        QCOMPARE(containersOf(env.projectName).size(), 2);

        // Changed here: the dialog shows the difference, the host's copy first.
        QFile compose(env.composeFiles.first());
        QVERIFY(compose.open(QIODevice::Append));
        compose.write("# changed on the workstation\n");
        compose.close();
        OutputTab *restart = runFromWindow(*window, "restartAction", [&] {
            auto *dialog = waitForTopLevel<SyncDialog>(QStringLiteral("syncDialog"));
            QVERIFY(dialog);
            QCOMPARE(dialog->fileList()->count(), 1);
            QVERIFY(dialog->differenceView()->toPlainText().contains(
                QStringLiteral("+# changed on the workstation")));
            dialog->accept();
        });
        QVERIFY(restart);
        QCOMPARE(restart->action()->state(), Action::State::Succeeded);

        OutputTab *down = runFromWindow(*window, "downAction", [] {
            auto *box = waitForTopLevel<QMessageBox>(QStringLiteral("confirmAction"));
            QVERIFY(box);
            QVERIFY(click(box, QStringLiteral("Down")));
        });
        QVERIFY(down);
        QCOMPARE(down->action()->state(), Action::State::Succeeded);
        QCOMPARE(containersOf(env.projectName), QStringList());
    }

    // A read-only console (a manager's) shows no action that changes a stack.
    void readOnlyHidesTheActions()
    {
        REQUIRE_LAB();
        const Environment env = addEnvironment(
            QStringLiteral("unix://") + labValue("BLIHOPS_TEST_DOCKER_SOCKET"), Tier::Staging);
        auto window = openOn(env.name);
        for (const char *name : {"upAction", "downAction", "downVolumesAction", "restartAction",
                                 "pullAction", "killContainerAction"})
            QVERIFY2(action(*window, name)->isVisible(), name);
        QVERIFY(action(*window, "upAction")->isEnabled());
        window->setReadOnly(true);
        for (const char *name : {"upAction", "downAction", "downVolumesAction", "restartAction",
                                 "pullAction", "startContainerAction", "stopContainerAction",
                                 "restartContainerAction", "killContainerAction"})
            QVERIFY2(!action(*window, name)->isVisible(), name);
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    qRegisterMetaType<blihops::gui::OutputTab *>();
    TestActionPanel panel;
    return blihops::test::runTests(argc, argv, {&panel});
}
#include "tst_actionpanel.moc"
