#include "ContainersModel.h"
#include "ContainersPane.h"
#include "EnvironmentTreeModel.h"
#include "EnvironmentsMode.h"
#include "GuiTest.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ReadinessMode.h"
#include "Require.h"
#include "remote/HostKeyStore.h"
#include "util/AppIdentity.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/Workspace.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

using namespace blihops;
using namespace blihops::gui;

// The Environments mode against the lab's real engine: containers appear, live.
class TestContainers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        BLIHOPS_REQUIRE(!qEnvironmentVariable("BLIHOPS_TEST_DOCKER_HOST").isEmpty(),
                        "the lab's Docker Engine is not up: tests/lab/lab.sh up");
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
    }

    void showsTheLabStackLiveWithItsRollup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.sqlite"));
        {
            Workspace workspace(WorkspaceLocation::fromString(path));
            workspace.open();
            Environment environment;
            environment.name = QStringLiteral("lab-staging");
            environment.tier = Tier::Staging;
            environment.engineUrl = qEnvironmentVariable("BLIHOPS_TEST_DOCKER_HOST");
            environment.composeFiles = {qEnvironmentVariable("BLIHOPS_LAB_STAGING_COMPOSE")};
            environment.projectName = qEnvironmentVariable("BLIHOPS_LAB_STAGING_PROJECT");
            EnvironmentRepository(workspace).add(environment);
        }
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(WorkspaceLocation::fromString(path), languages);
        QSignalSpy loaded(window.environmentsMode(), &EnvironmentsMode::environmentsLoaded);
        window.show();
        QVERIFY(loaded.wait(30000));
        window.environmentsMode()->selectEnvironment(QStringLiteral("lab-staging"));

        ContainersModel *containers = window.environmentsMode()->containersPane()->model();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return containers->rowCount() == 4 &&
                       std::all_of(containers->containers().begin(), containers->containers().end(),
                                   [](const ContainerState &c) { return c.isRunning(); });
            },
            20000));
        QCOMPARE(containers->index(0, ContainersModel::ServiceColumn).data().toString(),
                 QStringLiteral("postgres"));
        QCOMPARE(containers->index(0, ContainersModel::RestartColumn).data().toString(),
                 QStringLiteral("unless-stopped"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QModelIndex row =
                    window.environmentsMode()->model()->indexOf(QStringLiteral("lab-staging"));
                return window.environmentsMode()
                           ->model()
                           ->index(row.row(), EnvironmentTreeModel::StatusColumn)
                           .data()
                           .toString() == QStringLiteral("healthy");
            },
            20000));
        QVERIFY(window.environmentsMode()->containersPane()->summary().contains(
            QStringLiteral("healthy")));
        QVERIFY(window.findChild<QToolButton *>(QStringLiteral("connection-lab-staging")));

        // The last health check's output, on demand (double-click or Enter on the row).
        QTableView *view = window.environmentsMode()->containersPane()->view();
        emit view->activated(containers->index(1, ContainersModel::HealthColumn));
        auto *health = test::waitForTopLevel<QMessageBox>(QStringLiteral("healthCheckOutput"));
        QVERIFY(health);
        QVERIFY2(health->text().startsWith(containers->containers().at(1).name +
                                           QStringLiteral(" (healthy): ")),
                 qPrintable(health->text()));
        health->accept();

        // The built-in development environment points at a socket this machine lacks.
        window.environmentsMode()->selectEnvironment(QStringLiteral("development"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window.environmentsMode()->containersPane()->summary().contains(
                    QStringLiteral("unreachable"));
            },
            10000));
        QVERIFY(window.environmentsMode()->containersPane()->summary().contains(
            QStringLiteral("/var/run/docker.sock")));
        QCOMPARE(window.environmentsMode()->containersPane()->model()->rowCount(), 0);

        window.environmentsMode()->selectEnvironment(QStringLiteral("lab-staging"));
        test::snapshot(&window, "containers");
        window.close();
    }

    void asksBeforeTrustingAnSshHostKey()
    {
        BLIHOPS_REQUIRE(!qEnvironmentVariable("BLIHOPS_TEST_SSH_PORT").isEmpty(),
                        "the lab's sshd is not up: tests/lab/lab.sh up");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.sqlite"));
        const SshTarget target{qEnvironmentVariable("BLIHOPS_TEST_SSH_USER"),
                               qEnvironmentVariable("BLIHOPS_TEST_SSH_HOST"),
                               qEnvironmentVariable("BLIHOPS_TEST_SSH_PORT").toInt()};
        HostKeyStore().forget(target);
        {
            Workspace workspace(WorkspaceLocation::fromString(path));
            workspace.open();
            Environment environment;
            environment.name = QStringLiteral("remote");
            environment.engineUrl = QStringLiteral("ssh://%1@%2:%3%4")
                                        .arg(target.user, target.host)
                                        .arg(target.port)
                                        .arg(qEnvironmentVariable("BLIHOPS_TEST_DOCKER_SOCKET"));
            environment.composeFiles = {qEnvironmentVariable("BLIHOPS_LAB_DEV_COMPOSE")};
            environment.projectName = qEnvironmentVariable("BLIHOPS_LAB_DEV_PROJECT");
            EnvironmentRepository(workspace).add(environment);
        }
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(WorkspaceLocation::fromString(path), languages);
        window.show();
        auto *question = test::waitForTopLevel<QMessageBox>(QStringLiteral("trustHostKey"));
        QVERIFY(question);
        const QString offered = HostKeyStore().offeredFingerprint(target);
        QVERIFY2(question->text().contains(offered), qPrintable(question->text()));
        QVERIFY(!HostKeyStore().trustedFingerprint(target)); // nothing trusted by itself
        test::snapshot(question, "trust-host-key");
        question->button(QMessageBox::Cancel)->click();
        QTest::qWait(200);
        QVERIFY(!HostKeyStore().trustedFingerprint(target));
        window.close();
    }
};

QTEST_MAIN(TestContainers)
#include "tst_containers.moc"
