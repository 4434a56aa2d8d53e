#include "CliRun.h"
#include "LabSupport.h"
#include "Require.h"
#include "SshAgent.h"
#include "TestWorkspace.h"
#include "actions/Action.h"
#include "actions/HealthGate.h"
#include "actions/ProjectSync.h"
#include "remote/Process.h"
#include "remote/SshConnection.h"
#include "workspace/AuditLog.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/stat.h>

using namespace blihops;
using namespace std::chrono_literals;

namespace {

QString lab(const char *name)
{
    return test::labValue(name);
}

QString stackFile()
{
    return QStringLiteral(BLIHOPS_TEST_DATA_DIR "/actions/stack.yml");
}

QStringList containersOf(const QString &project)
{
    const ProcessResult listed =
        test::labDocker({QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--format"),
                         QStringLiteral("{{.Label \"com.docker.compose.service\"}} {{.State}}"),
                         QStringLiteral("--filter"),
                         QStringLiteral("label=com.docker.compose.project=") + project});
    QStringList lines =
        QString::fromUtf8(listed.standardOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.sort();
    return lines;
}

// Runs the action to its end (the gate included).
void runToEnd(Action &action)
{
    QSignalSpy finished(&action, &Action::finished);
    action.start();
    if (!action.isFinished() && !finished.wait(180000))
        QTest::qFail("the action never finished", __FILE__, __LINE__);
}

} // namespace

// Compose actions, container actions and the health gate against the lab's engine: locally
// and on the lab's sshd, each test on a compose project of its own.
class TestActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::SshAgent> m_agent;
    HostKeyStore m_keys{m_dir.filePath(QStringLiteral("known_hosts"))};
    QStringList m_projects; // taken down at the end, whatever happened

    Environment environment(const QString &engineUrl)
    {
        const QString project =
            QStringLiteral("blihops-act-%1").arg(QRandomGenerator::global()->bounded(1u << 30));
        m_projects << project;
        // The env file names the lab's image: it travels to the host with the compose file.
        const QString dir = m_dir.filePath(project);
        QDir().mkpath(dir);
        const QString envFile = dir + QStringLiteral("/stack.env");
        QFile file(envFile);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(envFile));
        file.write("BLIHOPS_LAB_IMAGE=" + lab("BLIHOPS_LAB_IMAGE").toUtf8() + '\n');
        file.close();
        const QString compose = dir + QStringLiteral("/stack.yml");
        QFile::copy(stackFile(), compose);
        Environment environment;
        environment.name = project;
        environment.engineUrl = engineUrl;
        environment.composeFiles = {compose};
        environment.envFile = envFile;
        environment.projectName = project;
        environment.remoteDirectory = m_dir.filePath(QStringLiteral("host-") + project);
        environment.healthTimeoutSeconds = 60;
        return environment;
    }

    QString sshUrl() const { return test::sshEngineUrl(); }

    // A compose of env's project runs on the host (the lab's sshd is this machine).
    static bool composeRunning(const Environment &env)
    {
        return Process::run(QStringLiteral("pgrep"),
                            {QStringLiteral("-f"), QStringLiteral("--"),
                             QStringLiteral("-p ") + env.projectName},
                            10s)
            .ok();
    }

private slots:
    void initTestCase()
    {
        BLIHOPS_REQUIRE(!lab("BLIHOPS_TEST_DOCKER_SOCKET").isEmpty() &&
                            !lab("BLIHOPS_TEST_SSH_PORT").isEmpty(),
                        "the lab's engine and sshd are not up: tests/lab/lab.sh up");
        m_agent = std::make_unique<test::SshAgent>(m_dir.path());
        QVERIFY2(m_agent->error().isEmpty(), qPrintable(m_agent->error()));
        m_keys.trust(test::sshTarget(), test::labSshFingerprint());
    }

    void cleanupTestCase()
    {
        for (const QString &project : std::as_const(m_projects)) {
            const ProcessResult ids = test::labDocker(
                {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                 QStringLiteral("label=com.docker.compose.project=") + project});
            const QStringList list =
                QString::fromUtf8(ids.standardOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (!list.isEmpty())
                test::labDocker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + list);
        }
    }

    // Up creates the containers and waits until they are healthy; down removes them.
    void upAndDownLocally()
    {
        const Environment env = environment(lab("BLIHOPS_TEST_DOCKER_HOST"));
        Action up(env, {Action::Kind::Up, {}, {}, false, true, 0, {}}, m_keys);
        QStringList lines;
        connect(&up, &Action::outputLine, this, [&](const QString &line) { lines << line; });
        QList<Action::State> states;
        connect(&up, &Action::stateChanged, this, [&](Action::State state) { states << state; });
        runToEnd(up);
        QVERIFY2(up.state() == Action::State::Succeeded, qPrintable(lines.join(u'\n')));
        QCOMPARE(up.exitCode(), 0);
        QCOMPARE(states, (QList<Action::State>{Action::State::Running, Action::State::Gating,
                                               Action::State::Succeeded}));
        QCOMPARE(containersOf(env.projectName),
                 (QStringList{QStringLiteral("app running"), QStringLiteral("worker running")}));
        QVERIFY(up.gate() && up.gate()->passed());
        QCOMPARE(up.gate()->services().size(), 2); // not the services behind profiles
        QCOMPARE(up.gate()->services().at(0).state, QStringLiteral("healthy"));
        QVERIFY2(lines.first().startsWith(QStringLiteral("Preparing")), qPrintable(lines.first()));
        QVERIFY(std::any_of(lines.begin(), lines.end(), [](const QString &line) {
            return line.startsWith(QLatin1String("$ ")) &&
                   line.contains(QLatin1String(" 'up' '-d'"));
        }));
        const QJsonObject summary = up.summary();
        QCOMPARE(summary.value(QStringLiteral("result")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(summary.value(QStringLiteral("gate")).toArray().size(), 2);

        Action down(env, {Action::Kind::Down, {}, {}, false, true, 0, {}}, m_keys);
        runToEnd(down);
        QCOMPARE(down.state(), Action::State::Succeeded);
        QCOMPARE(containersOf(env.projectName), QStringList());
        QVERIFY(!down.gate()); // down has nothing to wait for
    }

    // Compose's exit 0 is not enough: a service that never gets healthy fails the gate,
    // named, with its last health check output.
    void aServiceThatNeverGetsHealthyFailsTheGate()
    {
        const Environment env = environment(lab("BLIHOPS_TEST_DOCKER_HOST"));
        Action up(env, {Action::Kind::Up, {QStringLiteral("never")}, {}, false, true, 8, {}},
                  m_keys);
        runToEnd(up);
        QCOMPARE(up.exitCode(), 0); // compose itself was content
        QCOMPARE(up.state(), Action::State::Failed);
        QVERIFY2(up.failure().contains(QStringLiteral("never is unhealthy")) &&
                     up.failure().contains(QStringLiteral("no /tmp/never here")),
                 qPrintable(up.failure()));
        QVERIFY(!up.gate()->passed());
    }

    // Over SSH compose runs in the environment's folder on the host, with copies of the files
    // that are uploaded only when asked; a changed file is noticed, with its difference.
    void overSshTheFilesGoToTheHostFolderOnlyWhenAsked()
    {
        Environment env = environment(sshUrl());
        const std::shared_ptr<SshConnection> ssh =
            SshConnection::acquire(test::sshTarget(), m_keys);
        ssh->connect();
        QList<ProjectSync::File> files = ProjectSync::compare(*ssh, env);
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).state, ProjectSync::File::State::Missing);
        QVERIFY(!ProjectSync::inSync(files));
        // Nothing is on the host before the upload (the lab's sshd is this machine).
        QVERIFY(!QFile::exists(env.remoteDirectory + QStringLiteral("/stack.yml")));

        ProjectSync::upload(*ssh, env, files);
        QVERIFY(ProjectSync::inSync(ProjectSync::compare(*ssh, env)));
        struct stat info;
        QCOMPARE(stat(QFile::encodeName(env.remoteDirectory + QStringLiteral("/stack.env")), &info),
                 0);
        QCOMPARE(info.st_mode & 0777, 0600u); // the env file holds secrets

        QFile compose(env.composeFiles.first());
        QVERIFY(compose.open(QIODevice::Append));
        compose.write("# changed here, not on the host\n");
        compose.close();
        files = ProjectSync::compare(*ssh, env);
        QCOMPARE(files.at(0).state, ProjectSync::File::State::Changed);
        QCOMPARE(files.at(1).state, ProjectSync::File::State::Same);
        QVERIFY2(
            files.at(0).difference.contains(QStringLiteral("+# changed here, not on the host")),
            qPrintable(files.at(0).difference));
        ProjectSync::upload(*ssh, env, files);

        Action up(env, {Action::Kind::Up, {QStringLiteral("app")}, {}, false, true, 0, {}}, m_keys);
        runToEnd(up);
        QVERIFY2(up.state() == Action::State::Succeeded, qPrintable(up.output().join(u'\n')));
        QCOMPARE(containersOf(env.projectName), QStringList{QStringLiteral("app running")});
        // It ran in the host's folder: compose names that folder as the project's.
        const ProcessResult inspected = test::labDocker(
            {QStringLiteral("inspect"), QStringLiteral("--format"),
             QStringLiteral("{{index .Config.Labels \"com.docker.compose.project.working_dir\"}}"),
             env.projectName + QStringLiteral("_app_1")});
        QCOMPARE(QString::fromUtf8(inspected.standardOutput).trimmed(), env.remoteDirectory);

        Action down(env, {Action::Kind::Down, {}, {}, false, true, 0, {}}, m_keys);
        runToEnd(down);
        QCOMPARE(down.state(), Action::State::Succeeded);
        QCOMPARE(containersOf(env.projectName), QStringList());
    }

    // Cancel stops compose on the host itself, not only the local ssh.
    void cancelStopsTheRemoteCompose()
    {
        Environment env = environment(sshUrl());
        const std::shared_ptr<SshConnection> ssh =
            SshConnection::acquire(test::sshTarget(), m_keys);
        ssh->connect();
        ProjectSync::upload(*ssh, env, ProjectSync::compare(*ssh, env));
        Action up(env,
                  {Action::Kind::Up, {QStringLiteral("after-waiting")}, {}, false, true, 0, {}},
                  m_keys);
        QSignalSpy finished(&up, &Action::finished);
        up.start();
        const auto composeRunning = [&] { return this->composeRunning(env); };
        // Compose waits for a service whose health check runs only in an hour.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return up.output().join(u'\n').contains(QStringLiteral("_waiting_1 ... done")) &&
                       composeRunning();
            },
            60000));
        up.cancel();
        QVERIFY(finished.wait(30000));
        QCOMPARE(up.state(), Action::State::Cancelled);
        QVERIFY2(QTest::qWaitFor([&] { return !composeRunning(); }, 15000),
                 "a compose process is left on the host");
    }

    // Ctrl+C on blihopsctl cancels as the GUI's Cancel does: compose stops on the host too, the
    // summary says cancelled, the exit code is 130 and the audit log has the action.
    void ctrlCOnTheCliStopsTheRemoteCompose()
    {
        QTemporaryDir home;
        const QString workspace = home.filePath(QStringLiteral("w.sqlite"));
        const Environment env = environment(sshUrl());
        QCOMPARE(
            test::runCtl(home, {QStringLiteral("--workspace"), workspace, QStringLiteral("env"),
                                QStringLiteral("add"), env.name, QStringLiteral("--engine"),
                                env.engineUrl, QStringLiteral("--compose"),
                                env.composeFiles.first(), QStringLiteral("--env-file"), env.envFile,
                                QStringLiteral("--remote-dir"), env.remoteDirectory})
                .exitCode,
            0);
        QProcess ctl;
        test::startCtl(ctl, home,
                       {QStringLiteral("--workspace"), workspace, QStringLiteral("--json"),
                        QStringLiteral("env"), QStringLiteral("up"), env.name,
                        QStringLiteral("--service"), QStringLiteral("after-waiting"),
                        QStringLiteral("--sync"), QStringLiteral("--trust-host-key"),
                        test::labSshFingerprint()});
        QByteArray err;
        QVERIFY(QTest::qWaitFor(
            [&] {
                err += ctl.readAllStandardError();
                return err.contains("_waiting_1 ... done") && composeRunning(env);
            },
            60000));
        QCOMPARE(::kill(pid_t(ctl.processId()), SIGINT), 0);
        QVERIFY(ctl.waitForFinished(60000));
        err += ctl.readAllStandardError();
        QCOMPARE(ctl.exitStatus(), QProcess::NormalExit);
        QVERIFY2(ctl.exitCode() == 130, err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(ctl.readAllStandardOutput()).object();
        QCOMPARE(summary.value(QStringLiteral("result")).toString(), QStringLiteral("cancelled"));
        QVERIFY2(QTest::qWaitFor([&] { return !composeRunning(env); }, 15000),
                 "a compose process is left on the host");
        Workspace opened(WorkspaceLocation::fromString(workspace));
        opened.open();
        const QList<AuditLog::Entry> recent = AuditLog(opened).recent(1);
        QCOMPARE(recent.size(), 1);
        QCOMPARE(recent.first().action, QStringLiteral("action.up"));
        QCOMPARE(QJsonDocument::fromJson(recent.first().details.toUtf8())
                     .object()
                     .value(QStringLiteral("result"))
                     .toString(),
                 QStringLiteral("cancelled"));
    }

    void containerActionsGoThroughTheEngine()
    {
        const Environment env = environment(lab("BLIHOPS_TEST_DOCKER_HOST"));
        Action up(env, {Action::Kind::Up, {QStringLiteral("app")}, {}, false, false, 0, {}},
                  m_keys);
        runToEnd(up);
        QCOMPARE(up.state(), Action::State::Succeeded);
        QVERIFY(!up.gate()); // --no-wait
        const QString container = env.projectName + QStringLiteral("_app_1");
        Action stop(env, {Action::Kind::StopContainer, {}, container, false, true, 0, {}}, m_keys);
        runToEnd(stop);
        QCOMPARE(stop.state(), Action::State::Succeeded);
        QCOMPARE(containersOf(env.projectName), QStringList{QStringLiteral("app exited")});
        Action start(env, {Action::Kind::StartContainer, {}, container, false, true, 0, {}},
                     m_keys);
        runToEnd(start);
        QCOMPARE(start.state(), Action::State::Succeeded);
        QVERIFY(start.gate() && start.gate()->passed()); // the service is healthy again
        // A container of another project is not this environment's to stop.
        Action foreign(env,
                       {Action::Kind::KillContainer,
                        {},
                        QStringLiteral("blihops-lab-dev_redis_1"),
                        false,
                        true,
                        0,
                        {}},
                       m_keys);
        runToEnd(foreign);
        QCOMPARE(foreign.state(), Action::State::Failed);
        QVERIFY2(foreign.failure().contains(QStringLiteral("is not part of")),
                 qPrintable(foreign.failure()));
    }

    // Without the typed name a destructive action on production changes nothing.
    void productionNeedsItsNameTyped()
    {
        Environment env = environment(lab("BLIHOPS_TEST_DOCKER_HOST"));
        Action up(env, {Action::Kind::Up, {QStringLiteral("worker")}, {}, false, false, 0, {}},
                  m_keys);
        runToEnd(up);
        env.tier = Tier::Production;
        Action down(env, {Action::Kind::Down, {}, {}, false, true, 0, QStringLiteral("prod")},
                    m_keys);
        runToEnd(down);
        QCOMPARE(down.state(), Action::State::Failed);
        QVERIFY(down.error().has_value());
        QVERIFY2(down.failure().contains(QStringLiteral("needs its name typed")),
                 qPrintable(down.failure()));
        QCOMPARE(containersOf(env.projectName), QStringList{QStringLiteral("worker running")});
        Action confirmed(env, {Action::Kind::Down, {}, {}, false, true, 0, env.name}, m_keys);
        runToEnd(confirmed);
        QCOMPARE(confirmed.state(), Action::State::Succeeded);
        QCOMPARE(containersOf(env.projectName), QStringList());
    }

    // The CLI: output on stderr, the summary on stdout, exit codes, the audit entry.
    void theCliRunsActionsAndRecordsThem()
    {
        QTemporaryDir home;
        const QString workspace = home.filePath(QStringLiteral("w.sqlite"));
        const auto ctl = [&](const QStringList &arguments) {
            return test::runCtl(home,
                                QStringList{QStringLiteral("--workspace"), workspace} + arguments);
        };
        Environment env = environment(lab("BLIHOPS_TEST_DOCKER_HOST"));
        QCOMPARE(ctl({QStringLiteral("env"), QStringLiteral("add"), env.name,
                      QStringLiteral("--engine"), env.engineUrl, QStringLiteral("--compose"),
                      env.composeFiles.first(), QStringLiteral("--env-file"), env.envFile,
                      QStringLiteral("--tier"), QStringLiteral("production")})
                     .exitCode,
                 0);
        const test::CliRun up =
            ctl({QStringLiteral("env"), QStringLiteral("up"), env.name, QStringLiteral("--service"),
                 QStringLiteral("app"), QStringLiteral("--json")});
        QVERIFY2(up.exitCode == 0, up.err.constData());
        QVERIFY(up.err.contains(" 'up' '-d'"));
        const QJsonArray gate = up.json().value(QStringLiteral("gate")).toArray();
        QCOMPARE(gate.size(), 1);
        QCOMPARE(gate.at(0).toObject().value(QStringLiteral("service")).toString(),
                 QStringLiteral("app"));
        QVERIFY(gate.at(0).toObject().value(QStringLiteral("passed")).toBool());
        QVERIFY(up.json().value(QStringLiteral("duration_ms")).toInt() > 0);

        const test::CliRun failing =
            ctl({QStringLiteral("env"), QStringLiteral("up"), env.name, QStringLiteral("--service"),
                 QStringLiteral("never"), QStringLiteral("--timeout"), QStringLiteral("5")});
        QCOMPARE(failing.exitCode, 1);
        QVERIFY(failing.err.contains("never is unhealthy"));

        const test::CliRun refused = ctl({QStringLiteral("env"), QStringLiteral("down"), env.name,
                                          QStringLiteral("--remove-volumes")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("Volumes that down removes: " + env.projectName.toUtf8() +
                                      "_data") &&
                     refused.err.contains("needs --confirm"),
                 refused.err.constData());
        QCOMPARE(containersOf(env.projectName).size(), 2); // app and never are still there

        const test::CliRun down = ctl({QStringLiteral("env"), QStringLiteral("down"), env.name,
                                       QStringLiteral("--confirm"), env.name});
        QVERIFY2(down.exitCode == 0, down.err.constData());
        QCOMPARE(containersOf(env.projectName), QStringList());

        Workspace opened(WorkspaceLocation::fromString(workspace));
        opened.open();
        QStringList recorded;
        for (const AuditLog::Entry &entry : AuditLog(opened).recent(10)) {
            if (entry.action.startsWith(QLatin1String("action.")))
                recorded << entry.action + QLatin1Char(' ') +
                                QJsonDocument::fromJson(entry.details.toUtf8())
                                    .object()
                                    .value(QStringLiteral("result"))
                                    .toString();
        }
        // The refused down ran nothing, so it is no action of the log.
        QCOMPARE(recorded, (QStringList{QStringLiteral("action.down succeeded"),
                                        QStringLiteral("action.up failed"),
                                        QStringLiteral("action.up succeeded")}));
    }

    void theCliWantsSyncForChangedFilesOverSsh()
    {
        QTemporaryDir home;
        const QString workspace = home.filePath(QStringLiteral("w.sqlite"));
        QProcessEnvironment extra;
        const auto ctl = [&](const QStringList &arguments) {
            return test::runCtl(
                home, QStringList{QStringLiteral("--workspace"), workspace} + arguments, {}, extra);
        };
        const Environment env = environment(sshUrl());
        QCOMPARE(ctl({QStringLiteral("env"), QStringLiteral("add"), env.name,
                      QStringLiteral("--engine"), env.engineUrl, QStringLiteral("--compose"),
                      env.composeFiles.first(), QStringLiteral("--env-file"), env.envFile,
                      QStringLiteral("--remote-dir"), env.remoteDirectory})
                     .exitCode,
                 0);
        const QStringList pull = {QStringLiteral("env"),
                                  QStringLiteral("restart"),
                                  env.name,
                                  QStringLiteral("--service"),
                                  QStringLiteral("app"),
                                  QStringLiteral("--trust-host-key"),
                                  test::labSshFingerprint()};
        const test::CliRun refused = ctl(pull);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.oneErrorLine() &&
                     refused.err.contains("stack.yml (not on the host yet)") &&
                     refused.err.contains("--sync"),
                 refused.err.constData());
        QVERIFY(!QFile::exists(env.remoteDirectory + QStringLiteral("/stack.yml")));
        const test::CliRun synced = ctl(pull + QStringList{QStringLiteral("--sync")});
        QVERIFY2(synced.err.contains("Uploaded to"), synced.err.constData());
        QVERIFY(QFile::exists(env.remoteDirectory + QStringLiteral("/stack.yml")));
    }
};

QTEST_GUILESS_MAIN(TestActions)
#include "tst_actions.moc"
