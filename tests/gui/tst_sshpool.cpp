#include "EnvironmentDialog.h"
#include "docker/EnvironmentMonitor.h"
#include "util/AppIdentity.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace blihops;
using namespace blihops::gui;

// SSH hosts that take the connection and never say a word keep an SSH attempt waiting for
// its full timeout. However many there are, they wait on the SSH pool: the threads that
// dialogs and file reads use stay free.
class TestSshPool : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
    }

    void silentHostsDoNotStarveTheDialogs()
    {
        QTemporaryDir dir;
        qputenv("XDG_RUNTIME_DIR", dir.path().toLocal8Bit());
        // As many as the global pool has threads: enough to take them all, were they there.
        const int hosts = std::max(2, QThreadPool::globalInstance()->maxThreadCount());
        std::vector<std::unique_ptr<QTcpServer>> silent;
        std::vector<std::unique_ptr<EnvironmentMonitor>> monitors;
        for (int i = 0; i < hosts; ++i) {
            silent.push_back(std::make_unique<QTcpServer>());
            QVERIFY(silent.back()->listen(QHostAddress::LocalHost));
            Environment environment;
            environment.name = QStringLiteral("silent-%1").arg(i);
            environment.engineUrl =
                QStringLiteral("ssh://root@127.0.0.1:%1").arg(silent.back()->serverPort());
            environment.projectName = environment.name;
            monitors.push_back(std::make_unique<EnvironmentMonitor>(
                environment, HostKeyStore(dir.filePath(QStringLiteral("known_hosts")))));
            monitors.back()->start(EnvironmentMonitor::Mode::Live);
        }
        // Every host has its connection: each SSH attempt is under way, and waits.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(silent.begin(), silent.end(), [](const auto &server) {
                    return server->hasPendingConnections();
                });
            },
            10000));

        EnvironmentDialog dialog(EnvironmentDialog::Mode::Add);
        Environment environment;
        environment.name = QStringLiteral("files-only");
        environment.engineUrl = QStringLiteral("unix:///var/run/docker.sock");
        environment.composeFiles = {QStringLiteral(BLIHOPS_TEST_DATA_DIR "/compose/base.yml")};
        environment.projectName = QStringLiteral("files-only");
        dialog.setEnvironment(environment);
        dialog.show();
        QSignalSpy checked(&dialog, &EnvironmentDialog::checked);
        dialog.accept(); // reads the compose file on the global pool
        QVERIFY(checked.wait(5000));
        // It answered while every SSH attempt still waited for its silent host.
        for (const auto &monitor : monitors)
            QCOMPARE(monitor->rollup(), EnvironmentMonitor::Rollup::Unknown);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestSshPool)
#include "tst_sshpool.moc"
