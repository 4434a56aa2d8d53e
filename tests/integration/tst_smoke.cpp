#include "CliRun.h"
#include "LabSupport.h"
#include "Require.h"
#include "SshAgent.h"
#include "TestData.h"
#include "checks/Credentials.h"
#include "checks/SmokeRunner.h"
#include "checks/SmokeSuite.h"
#include "compose/ComposeProject.h"
#include "compose/EnvFile.h"
#include "remote/Process.h"
#include "util/Error.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace blihops;
using namespace std::chrono_literals;
using test::labValue;

namespace {

QString containerOf(const QString &project, const QString &service)
{
    const ProcessResult found = test::labDocker(
        {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
         QStringLiteral("label=com.docker.compose.project=") + project, QStringLiteral("--filter"),
         QStringLiteral("label=com.docker.compose.service=") + service});
    return QString::fromUtf8(found.standardOutput).trimmed();
}

const SmokeResult *resultOf(const SmokeRun &run, const QString &check)
{
    for (const SmokeResult &result : run.results) {
        if (result.check == check)
            return &result;
    }
    return nullptr;
}

SmokeCheck find(const QList<SmokeCheck> &checks, const QString &name)
{
    for (const SmokeCheck &check : checks) {
        if (check.name == name)
            return check;
    }
    qFatal("no check %s", qPrintable(name));
}

} // namespace

// Smoke suites against the lab's real stacks: PostgreSQL, Redis, an HTTP endpoint and their
// containers' health, on the local engine and through SSH tunnels.
class TestSmoke : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::SshAgent> m_agent;

    Environment local(const QString &stack)
    {
        return test::labEnvironment(
            stack, QStringLiteral("unix://") + labValue("BLIHOPS_TEST_DOCKER_SOCKET"),
            test::writeLabEnvFile(stack, m_dir.path()));
    }

    static QList<SmokeCheck> derived(const Environment &environment)
    {
        return SmokeSuite::derive(
            environment, ComposeProject::load(environment.composeFiles, environment.envFile));
    }

    static QString describe(const SmokeRun &run)
    {
        QStringList lines;
        for (const SmokeResult &result : run.results)
            lines << QStringLiteral("%1 %2: %3")
                         .arg(result.passed ? "PASS" : "FAIL", result.check, result.message);
        return lines.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        BLIHOPS_REQUIRE(!labValue("BLIHOPS_TEST_DOCKER_SOCKET").isEmpty() &&
                            !labValue("BLIHOPS_TEST_SSH_PORT").isEmpty(),
                        "the lab's stacks and sshd are not up: tests/lab/lab.sh up");
        m_agent = std::make_unique<test::SshAgent>(m_dir.path());
        QVERIFY2(m_agent->error().isEmpty(), qPrintable(m_agent->error()));
    }

    // A failed test may leave Redis stopped: bring the lab back for the tests after us.
    void cleanup()
    {
        if (QTest::currentTestFailed())
            Process::run(QStringLiteral(BLIHOPS_SOURCE_DIR "/tests/lab/lab.sh"),
                         {QStringLiteral("up"), QStringLiteral("stacks")}, 300s);
    }

    void derivedSuitePassesAgainstTheLab()
    {
        const Environment environment = local(QStringLiteral("DEV"));
        const QList<SmokeCheck> checks = derived(environment);
        QCOMPARE(checks.size(), 6);
        QList<int> reported;
        const SmokeRun run =
            SmokeRunner(environment).run(checks, {}, [&](int index, const SmokeResult &) {
                reported << index;
            });
        QVERIFY2(run.passed(), qPrintable(describe(run)));
        QCOMPARE(run.results.size(), 6);
        QCOMPARE(reported, QList<int>({0, 1, 2, 3, 4, 5}));
        QVERIFY(run.finishedAt >= run.startedAt);
        QCOMPARE(run.actor, QStringLiteral("tester@lab"));
        const QString postgres = resultOf(run, QStringLiteral("postgres/postgresql"))->message;
        QVERIFY2(postgres.contains(labValue("BLIHOPS_LAB_DEV_PG_PORT")) &&
                     postgres.contains(QStringLiteral("blihops_db")),
                 qPrintable(postgres));
        QVERIFY(resultOf(run, QStringLiteral("redis/redis"))
                    ->message.contains(QStringLiteral("role: master")));
        QVERIFY(resultOf(run, QStringLiteral("api/http"))
                    ->message.contains(QStringLiteral("answered 200; the body contains \"ok\"")));
        QVERIFY(resultOf(run, QStringLiteral("api/health"))
                    ->message.contains(QStringLiteral("blihops-lab-dev_api_1")));
    }

    void remoteEnvironmentIsReachedThroughSshTunnels()
    {
        Environment environment = local(QStringLiteral("DEV"));
        environment.engineUrl = test::sshEngineUrl();
        const HostKeyStore keys =
            test::trustedLabKeys(m_dir.filePath(QStringLiteral("known_hosts")));
        const SmokeRun run = SmokeRunner(environment, keys).run(derived(environment));
        QVERIFY2(run.passed(), qPrintable(describe(run)));
        for (const QString &check : {QStringLiteral("postgres/postgresql"),
                                     QStringLiteral("redis/redis"), QStringLiteral("api/http")}) {
            QVERIFY2(resultOf(run, check)->message.contains(QStringLiteral("SSH tunnel")),
                     qPrintable(resultOf(run, check)->message));
        }

        // The command line too, with the key trusted on first use; nothing but the results
        // is printed (no word from ssh on the way out).
        QTemporaryDir home;
        const QString workspace = home.filePath(QStringLiteral("workspace.db"));
        QCOMPARE(test::runCtl(home, {QStringLiteral("--workspace"), workspace,
                                     QStringLiteral("env"), QStringLiteral("add"), environment.name,
                                     QStringLiteral("--engine"), environment.engineUrl,
                                     QStringLiteral("--compose"), environment.composeFiles.first(),
                                     QStringLiteral("--project-name"), environment.projectName,
                                     QStringLiteral("--env-file"), environment.envFile})
                     .exitCode,
                 0);
        const test::CliRun remote =
            test::runCtl(home, {QStringLiteral("--workspace"), workspace, QStringLiteral("smoke"),
                                environment.name, QStringLiteral("--trust-host-key"),
                                test::labSshFingerprint()});
        QCOMPARE(remote.exitCode, 0);
        QCOMPARE(remote.err, QByteArray());
        QVERIFY(remote.out.contains("6 of 6 checks passed"));

        // A host key nobody accepted stops the whole run, before any check.
        const HostKeyStore strangers(m_dir.filePath(QStringLiteral("empty_known_hosts")));
        QCOMPARE(test::errorOf([&] {
                     SmokeRunner(environment, strangers).run(derived(environment));
                 }).kind(),
                 ErrorKind::UntrustedHostKey);
    }

    void tlsEngineIsAskedForHealthAndItsHostForTheRest()
    {
        Environment environment = local(QStringLiteral("DEV"));
        environment.engineUrl = labValue("BLIHOPS_TEST_DOCKER_TLS_HOST");
        QVERIFY(environment.engineUrl.startsWith(QStringLiteral("tcp://")));
        qputenv("DOCKER_CERT_PATH", labValue("BLIHOPS_TEST_DOCKER_CERT_PATH").toLocal8Bit());
        const SmokeRun run = SmokeRunner(environment).run(derived(environment));
        QVERIFY2(run.passed(), qPrintable(describe(run)));

        // A container's own address means nothing from here: said, not tried.
        SmokeCheck unpublished = find(derived(environment), QStringLiteral("redis/redis"));
        unpublished.host.clear();
        const SmokeRun refused = SmokeRunner(environment).run({unpublished});
        qunsetenv("DOCKER_CERT_PATH");
        QVERIFY2(!refused.passed() &&
                     refused.results.at(0).message.contains(QStringLiteral("ssh:// engine")),
                 qPrintable(describe(refused)));
        QVERIFY(resultOf(run, QStringLiteral("api/health"))
                    ->message.contains(QStringLiteral("blihops-lab-dev_api_1")));
    }

    void stoppedRedisFailsItsChecksAndTheOthersStillRun()
    {
        const Environment environment = local(QStringLiteral("STAGING"));
        const QList<SmokeCheck> checks = derived(environment);
        const QString redis = containerOf(environment.projectName, QStringLiteral("redis"));
        QVERIFY(!redis.isEmpty());
        QVERIFY(test::labDocker(
                    {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("2"), redis})
                    .ok());

        const SmokeRun run = SmokeRunner(environment).run(checks);
        QCOMPARE(run.results.size(), checks.size());
        QVERIFY(!run.passed());
        QCOMPARE(run.failedCount(), 2);
        const SmokeResult *ping = resultOf(run, QStringLiteral("redis/redis"));
        QVERIFY(!ping->passed);
        QVERIFY2(ping->message.contains(labValue("BLIHOPS_LAB_STAGING_REDIS_PORT")) &&
                     ping->message.contains(QStringLiteral("refused")),
                 qPrintable(ping->message));
        const SmokeResult *health = resultOf(run, QStringLiteral("redis/health"));
        QVERIFY2(!health->passed && health->message.contains(QStringLiteral("exited")),
                 qPrintable(health->message));
        for (const QString &check : {QStringLiteral("postgres/postgresql"),
                                     QStringLiteral("api/http"), QStringLiteral("api/health")})
            QVERIFY2(resultOf(run, check)->passed, qPrintable(describe(run)));

        // The command line says the same, keeps it in the history and exits 1.
        QTemporaryDir home;
        const QString workspace = home.filePath(QStringLiteral("workspace.db"));
        const auto ctl = [&](QStringList arguments) {
            return test::runCtl(home,
                                QStringList{QStringLiteral("--workspace"), workspace} + arguments);
        };
        QCOMPARE(
            ctl({QStringLiteral("env"), QStringLiteral("add"), environment.name,
                 QStringLiteral("--engine"), environment.engineUrl, QStringLiteral("--compose"),
                 environment.composeFiles.first(), QStringLiteral("--project-name"),
                 environment.projectName, QStringLiteral("--env-file"), environment.envFile})
                .exitCode,
            0);
        const test::CliRun failed =
            ctl({QStringLiteral("--json"), QStringLiteral("smoke"), environment.name});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY(failed.err.isEmpty());
        const QJsonObject report = failed.json();
        QCOMPARE(report.value(QStringLiteral("passed")).toBool(true), false);
        int failedChecks = 0;
        for (const QJsonValue &check : report.value(QStringLiteral("checks")).toArray()) {
            if (!check.toObject().value(QStringLiteral("passed")).toBool()) {
                ++failedChecks;
                QCOMPARE(check.toObject().value(QStringLiteral("service")).toString(),
                         QStringLiteral("redis"));
            }
        }
        QCOMPARE(failedChecks, 2);

        QVERIFY(test::labDocker({QStringLiteral("start"), redis}).ok());
        // Healthy again within its health check's interval.
        SmokeRun again;
        QVERIFY(QTest::qWaitFor(
            [&] {
                again = SmokeRunner(environment).run(checks);
                return again.passed();
            },
            60000));
        QCOMPARE(ctl({QStringLiteral("smoke"), environment.name}).exitCode, 0);
        const QJsonArray runs = ctl({QStringLiteral("--json"), QStringLiteral("smoke"),
                                     QStringLiteral("history"), environment.name})
                                    .json()
                                    .value(QStringLiteral("runs"))
                                    .toArray();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).toObject().value(QStringLiteral("passed")).toBool(), true);
        QCOMPARE(runs.at(1).toObject().value(QStringLiteral("passed")).toBool(), false);
    }

    void failuresSayWhatWasTriedAndWhatAnswered()
    {
        const Environment environment = local(QStringLiteral("DEV"));
        const QList<SmokeCheck> suite = derived(environment);
        // A server that accepts and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));

        SmokeCheck body = find(suite, QStringLiteral("api/http"));
        body.name = QStringLiteral("wrong body");
        body.expectedBody = QStringLiteral("not-there");
        SmokeCheck missing = find(suite, QStringLiteral("api/http"));
        missing.name = QStringLiteral("missing page");
        missing.path = QStringLiteral("/missing%2Fpage?q=%3D1"); // % signs pass untouched
        SmokeCheck slowHttp = find(suite, QStringLiteral("api/http"));
        slowHttp.name = QStringLiteral("slow http");
        slowHttp.port = silent.serverPort();
        slowHttp.timeoutMs = 300;
        SmokeCheck slowRedis = find(suite, QStringLiteral("redis/redis"));
        slowRedis.name = QStringLiteral("slow redis");
        slowRedis.port = silent.serverPort();
        slowRedis.timeoutMs = 300;
        SmokeCheck database = find(suite, QStringLiteral("postgres/postgresql"));
        database.name = QStringLiteral("missing database");
        database.databases = {QStringLiteral("not_here")};
        const QList<SmokeCheck> checks{body, missing, slowHttp, slowRedis, database};

        const SmokeRun run = SmokeRunner(environment).run(checks);
        QCOMPARE(run.failedCount(), 5);
        const auto says = [&](const QString &check, const QStringList &words) {
            const QString message = resultOf(run, check)->message;
            for (const QString &word : words) {
                if (!message.contains(word)) {
                    qWarning("%s: \"%s\" lacks \"%s\"", qPrintable(check), qPrintable(message),
                             qPrintable(word));
                    return false;
                }
            }
            return true;
        };
        QVERIFY(says(QStringLiteral("wrong body"),
                     {QStringLiteral("\"not-there\""), QStringLiteral("begins \"ok\"")}));
        QVERIFY(says(QStringLiteral("missing page"),
                     {QStringLiteral("GET /missing%2Fpage?q=%3D1 at"),
                      QStringLiteral("answered 404"), QStringLiteral("expected 200")}));
        QVERIFY(says(QStringLiteral("slow http"), {QStringLiteral("within 300 ms")}));
        QVERIFY(says(QStringLiteral("slow redis"),
                     {QString::number(silent.serverPort()), QStringLiteral("within 300 ms")}));
        QVERIFY(says(QStringLiteral("missing database"), {QStringLiteral("missing: not_here")}));
        // Each gave up near its own timeout, not at a default.
        QVERIFY(resultOf(run, QStringLiteral("slow http"))->durationMs < 3000);
        QVERIFY(resultOf(run, QStringLiteral("slow redis"))->durationMs < 3000);
    }

    void unreachableEngineFailsOnlyTheHealthChecks()
    {
        Environment environment = local(QStringLiteral("DEV"));
        environment.engineUrl =
            QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("no.sock"));
        const SmokeRun run = SmokeRunner(environment).run(derived(environment));
        QCOMPARE(run.failedCount(), 3);
        for (const SmokeResult &result : run.results) {
            QCOMPARE(result.passed, result.kind != SmokeCheck::Kind::ContainerHealth);
            if (!result.passed)
                QVERIFY2(result.message.contains(QStringLiteral("no.sock")),
                         qPrintable(result.message));
        }
    }

    void cancelStopsBetweenChecksAndOnlyNamedChecksRun()
    {
        const Environment environment = local(QStringLiteral("DEV"));
        const QList<SmokeCheck> checks = derived(environment);
        std::atomic<bool> cancel = false;
        const SmokeRun partial =
            SmokeRunner(environment)
                .run(
                    checks, {}, [&](int, const SmokeResult &) { cancel = true; }, &cancel);
        QVERIFY(partial.cancelled);
        QVERIFY(!partial.passed());
        QCOMPARE(partial.results.size(), 1);

        // Cancelled during the last check: still a cancelled run.
        cancel = false;
        const SmokeRun last = SmokeRunner(environment)
                                  .run(
                                      checks, {QStringLiteral("api/http")},
                                      [&](int, const SmokeResult &) { cancel = true; }, &cancel);
        QVERIFY(last.cancelled);

        // Named checks run in the suite's order, each once.
        const SmokeRun only =
            SmokeRunner(environment)
                .run(checks, {QStringLiteral("api/http"), QStringLiteral("redis/redis"),
                              QStringLiteral("api/http")});
        QCOMPARE(only.results.size(), 2);
        QCOMPARE(only.results.at(0).check, QStringLiteral("redis/redis"));
        QCOMPARE(only.results.at(1).check, QStringLiteral("api/http"));
        const Error unknown =
            test::errorOf([&] { SmokeRunner(environment).run(checks, {QStringLiteral("nope")}); });
        QCOMPARE(unknown.kind(), ErrorKind::NotFound);
        QVERIFY(unknown.message().contains(QStringLiteral("api/http")));
    }

    // Under tests/support/with-keyring.sh: a real Secret Service, as on a desktop.
    void keychainPasswordsReachThePostgresCheck()
    {
        BLIHOPS_REQUIRE(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                        "no D-Bus session: run under tests/support/with-keyring.sh");
        const Environment environment = local(QStringLiteral("DEV"));
        SmokeCheck postgres = find(derived(environment), QStringLiteral("postgres/postgresql"));
        postgres.secretVariable = QStringLiteral("LAB_KEYCHAIN_PASSWORD"); // in no file
        const QString password = EnvFile::load(labValue("BLIHOPS_LAB_DEV_ENV_FILE"))
                                     .values()
                                     .value(QStringLiteral("POSTGRES_PASSWORD"));
        QVERIFY(!password.isEmpty());

        Credentials::store(environment.name, postgres.secretVariable, password);
        SmokeRun run = SmokeRunner(environment).run({postgres});
        QVERIFY2(run.passed(), qPrintable(describe(run)));

        const QString wrong = QStringLiteral("not-the-Password-42");
        Credentials::store(environment.name, postgres.secretVariable, wrong);
        run = SmokeRunner(environment).run({postgres});
        QVERIFY2(
            run.results.at(0).message.contains(QStringLiteral("password authentication failed")),
            qPrintable(describe(run)));
        QVERIFY(!run.results.at(0).message.contains(wrong));

        Credentials::forget(environment.name, postgres.secretVariable);
        run = SmokeRunner(environment).run({postgres});
        QVERIFY2(
            run.results.at(0).message.contains(QStringLiteral("No password LAB_KEYCHAIN_PASSWORD")),
            qPrintable(describe(run)));
    }
};

QTEST_GUILESS_MAIN(TestSmoke)
#include "tst_smoke.moc"
