#include "TestData.h"
#include "TestWorkspace.h"
#include "checks/Credentials.h"
#include "checks/SmokeHistory.h"
#include "checks/SmokeSuite.h"
#include "checks/SmokeSuiteRepository.h"
#include "compose/ComposeProject.h"
#include "util/Error.h"
#include "workspace/AuditLog.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace blihops;
using blihops::test::errorOf;
using blihops::test::TestWorkspace;

namespace {

const QString kProfile = QStringLiteral(BLIHOPS_SOURCE_DIR "/resources/profile/");

Environment profileEnvironment(const QString &file)
{
    Environment environment;
    environment.name = QStringLiteral("profile");
    environment.engineUrl = QStringLiteral("unix:///var/run/docker.sock");
    environment.composeFiles = {kProfile + file};
    environment.envFile = kProfile + QStringLiteral(".env.example");
    environment.projectName = QStringLiteral("profile");
    return environment;
}

QList<SmokeCheck> derive(const Environment &environment)
{
    return SmokeSuite::derive(environment,
                              ComposeProject::load(environment.composeFiles, environment.envFile));
}

const SmokeCheck *find(const QList<SmokeCheck> &checks, const QString &name)
{
    for (const SmokeCheck &check : checks) {
        if (check.name == name)
            return &check;
    }
    return nullptr;
}

QStringList names(const QList<SmokeCheck> &checks)
{
    QStringList result;
    for (const SmokeCheck &check : checks)
        result << check.name;
    return result;
}

// A compose file written for one test.
QString writeCompose(const QTemporaryDir &dir, const QByteArray &yaml)
{
    const QString path = dir.filePath(QStringLiteral("compose.yml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(yaml);
    return path;
}

// Compose features the derivation reads: host networking, PGPORT, --port, the long port
// syntax, grep after a health check URL, a URL on another host, a disabled health check.
const char *const kCustomCompose = R"(services:
  db:
    image: registry.example/base:1
    network_mode: host
    environment:
      POSTGRES_USER: app
      PGPORT: "6543"
    healthcheck:
      test: ["CMD", "pg_isready"]
  cache:
    image: valkey/valkey:8
    command: ["valkey-server", "--port", "7000"]
    ports: ["7001:7000"]
  web:
    image: nginx:1.27
    ports:
      - target: 80
        published: 8088
        host_ip: 0.0.0.0
    healthcheck:
      test: ["CMD-SHELL", "curl -fs http://localhost/status | grep -qx ready && wget -q -O- http://other:9000/"]
  quiet:
    image: busybox:1
    healthcheck:
      disable: true
)";

// Services that sound like databases but are not one.
const char *const kLookAlikes = R"(services:
  postgres-exporter:
    image: quay.io/prometheuscommunity/postgres-exporter:v0.15.0
    environment:
      DATA_SOURCE_NAME: postgresql://u@db:5432/x
  postgrest:
    image: postgrest/postgrest:v12.2.0
    environment:
      PGRST_DB_URI: postgres://u@db/x
  redis-commander:
    image: rediscommander/redis-commander:latest
    environment:
      REDIS_HOSTS: local:redis:6379
  pgadmin:
    image: dpage/pgadmin4:8
    environment:
      PGADMIN_DEFAULT_EMAIL: a@b.c
  mongo-db:
    image: mongo:7
    environment:
      MONGO_INITDB_ROOT_USERNAME: root
)";

// Suites that must be refused, and a word the error must name.
void addMalformedSuiteRows()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown kind") << QByteArray(R"([{"name":"a","kind":"ftp"}])")
                                  << QStringLiteral("ftp");
    QTest::newRow("port out of range")
        << QByteArray(R"([{"name":"web","kind":"http","host":"h","port":70000}])")
        << QStringLiteral("web");
    QTest::newRow("port as text") << QByteArray(
                                         R"([{"name":"web","kind":"http","host":"h","port":"80"}])")
                                  << QStringLiteral("port");
    QTest::newRow("no name") << QByteArray(R"([{"kind":"redis","host":"h","port":1}])")
                             << QStringLiteral("no name");
    QTest::newRow("same name twice")
        << QByteArray(R"([{"name":"r","kind":"redis","host":"h","port":1},
                          {"name":"r","kind":"redis","host":"h","port":2}])")
        << QStringLiteral("\"r\"");
    QTest::newRow("postgres without user")
        << QByteArray(R"([{"name":"pg","kind":"postgres","host":"h","port":5432,
                           "database":"d"}])")
        << QStringLiteral("pg");
    QTest::newRow("huge port") << QByteArray(
                                      R"([{"name":"web","kind":"http","host":"h","port":1e12}])")
                               << QStringLiteral("whole number");
    QTest::newRow("misspelt field")
        << QByteArray(R"([{"name":"web","kind":"http","host":"h","port":80,"timeout":5}])")
        << QStringLiteral("\"timeout\"");
    QTest::newRow("unknown kind names the check")
        << QByteArray(R"([{"name":"files","kind":"ftp"}])") << QStringLiteral("\"files\"");
    QTest::newRow("not an object") << QByteArray(R"([3])") << QStringLiteral("1");
    QTest::newRow("relative path")
        << QByteArray(R"([{"name":"w","kind":"http","host":"h","port":1,"path":"x"}])")
        << QStringLiteral("/");
}

} // namespace

// Suites derived from compose files, and their JSON form.
class TestSmokeSuiteDerivation : public QObject
{
    Q_OBJECT

private slots:
    void developmentProfileUsesPublishedPortsAndHealthcheckUrls()
    {
        const QList<SmokeCheck> checks =
            derive(profileEnvironment(QStringLiteral("docker-compose.dev.yml")));
        QCOMPARE(names(checks),
                 QStringList({"postgres/postgresql", "postgres/health", "redis/redis",
                              "redis/health", "api/http", "api/health", "bot/http", "bot/health",
                              "admin/http", "admin/health"}));
        const SmokeCheck *postgres = find(checks, QStringLiteral("postgres/postgresql"));
        QCOMPARE(postgres->kind, SmokeCheck::Kind::Postgres);
        QCOMPARE(postgres->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(postgres->port, 5432);
        QCOMPARE(postgres->user, QStringLiteral("blihops"));
        QCOMPARE(postgres->database, QStringLiteral("blihops_db"));
        QCOMPARE(postgres->secretVariable, QStringLiteral("POSTGRES_PASSWORD"));
        const SmokeCheck *api = find(checks, QStringLiteral("api/http"));
        QCOMPARE(api->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(api->port, 8000);
        QCOMPARE(api->path, QStringLiteral("/health"));
        QCOMPARE(api->expectedStatus, 200);
        // The bot publishes nothing: its container's own address and port.
        const SmokeCheck *bot = find(checks, QStringLiteral("bot/http"));
        QVERIFY(bot->host.isEmpty());
        QCOMPARE(bot->port, 8090);
        QCOMPARE(find(checks, QStringLiteral("redis/health"))->kind,
                 SmokeCheck::Kind::ContainerHealth);
    }

    void stagingMapsContainerPortsToItsOwnHostPorts()
    {
        const QList<SmokeCheck> checks =
            derive(profileEnvironment(QStringLiteral("docker-compose.staging.yml")));
        QCOMPARE(find(checks, QStringLiteral("postgres/postgresql"))->port, 5433);
        const SmokeCheck *redis = find(checks, QStringLiteral("redis/redis"));
        QCOMPARE(redis->port, 6380);
        QCOMPARE(redis->secretVariable, QStringLiteral("REDISCLI_AUTH"));
        QCOMPARE(find(checks, QStringLiteral("api/http"))->port, 8001);
        QCOMPARE(find(checks, QStringLiteral("admin/http"))->port, 8081);
    }

    void productionReachesUnpublishedDatabasesAtTheirContainers()
    {
        Environment environment = profileEnvironment(QStringLiteral("docker-compose.yml"));
        environment.databases = {QStringLiteral("blihops"), QStringLiteral("blihops_audit")};
        const QList<SmokeCheck> checks = derive(environment);
        const SmokeCheck *postgres = find(checks, QStringLiteral("postgres/postgresql"));
        QVERIFY(postgres->host.isEmpty());
        QCOMPARE(postgres->port, 5432);
        QCOMPARE(postgres->database, QStringLiteral("blihops"));
        // The connection database is not asked for twice.
        QCOMPARE(postgres->databases, QStringList{QStringLiteral("blihops_audit")});
        QVERIFY(find(checks, QStringLiteral("redis/redis"))->host.isEmpty());
    }

    void hostNetworkPortsAndExpectedBodiesComeFromTheService()
    {
        QTemporaryDir dir;
        const QString file = writeCompose(dir, kCustomCompose);

        Environment environment;
        environment.name = QStringLiteral("custom");
        environment.composeFiles = {file};
        const QList<SmokeCheck> checks = derive(environment);
        QCOMPARE(names(checks), QStringList({"db/postgresql", "db/health", "cache/redis",
                                             "web/http", "web/health"}));
        const SmokeCheck *db = find(checks, QStringLiteral("db/postgresql"));
        QCOMPARE(db->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(db->port, 6543);
        QCOMPARE(db->database, QStringLiteral("app")); // POSTGRES_DB defaults to the user
        QVERIFY(db->secretVariable.isEmpty());
        QCOMPARE(find(checks, QStringLiteral("cache/redis"))->port, 7001);
        const SmokeCheck *web = find(checks, QStringLiteral("web/http"));
        QCOMPARE(web->port, 8088);
        QCOMPARE(web->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(web->path, QStringLiteral("/status"));
        QCOMPARE(web->expectedBody, QStringLiteral("ready"));
    }

    // Where a PostgreSQL server listens when nothing sets PGPORT: the port pg_isready is
    // asked about in the health check, else the one the server's command names.
    void postgresPortsComeFromTheHealthCheckOrTheCommand()
    {
        QTemporaryDir dir;
        Environment environment;
        environment.name = QStringLiteral("ports");
        environment.composeFiles = {writeCompose(dir, R"(services:
  checked:
    image: postgres:16.4
    network_mode: host
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U app -p 6001 -d app"]
  checked-long:
    image: postgres:16.4
    network_mode: host
    healthcheck:
      test: ["CMD", "pg_isready", "--port=6002"]
  commanded:
    image: postgres:16.4
    network_mode: host
    command: ["postgres", "-c", "port=6003"]
  commanded-short:
    image: postgres:16.4
    network_mode: host
    command: postgres -p6004
  plain:
    image: postgres:16.4
    network_mode: host
)")};
        const QList<SmokeCheck> checks = derive(environment);
        QCOMPARE(find(checks, QStringLiteral("checked/postgresql"))->port, 6001);
        QCOMPARE(find(checks, QStringLiteral("checked-long/postgresql"))->port, 6002);
        QCOMPARE(find(checks, QStringLiteral("commanded/postgresql"))->port, 6003);
        QCOMPARE(find(checks, QStringLiteral("commanded-short/postgresql"))->port, 6004);
        QCOMPARE(find(checks, QStringLiteral("plain/postgresql"))->port, 5432);
    }

    void lookAlikesGetNoDatabaseChecks()
    {
        QTemporaryDir dir;
        Environment environment;
        environment.name = QStringLiteral("tools");
        environment.composeFiles = {writeCompose(dir, kLookAlikes)};
        QCOMPARE(names(derive(environment)), QStringList());
    }

    void boundAddressesAreKept()
    {
        QTemporaryDir dir;
        Environment environment;
        environment.name = QStringLiteral("v6");
        environment.composeFiles = {writeCompose(dir, R"(services:
  cache:
    image: redis:7
    ports: ["[::1]:6390:6379"]
  db:
    image: postgres:16
    ports: ["10.0.0.5:5439:5432"]
)")};
        const QList<SmokeCheck> checks = derive(environment);
        QCOMPARE(find(checks, QStringLiteral("cache/redis"))->host, QStringLiteral("::1"));
        QCOMPARE(find(checks, QStringLiteral("cache/redis"))->port, 6390);
        QCOMPARE(find(checks, QStringLiteral("db/postgresql"))->host, QStringLiteral("10.0.0.5"));
    }

    void jsonRoundTripKeepsEveryField()
    {
        QList<SmokeCheck> checks = derive(profileEnvironment(QStringLiteral("docker-compose.yml")));
        checks[0].enabled = false;
        checks[0].timeoutMs = 1500;
        SmokeCheck http;
        http.name = QStringLiteral("edge");
        http.kind = SmokeCheck::Kind::Http;
        http.host = QStringLiteral("edge.example.org");
        http.port = 443;
        http.https = true;
        http.path = QStringLiteral("/ready?deep=1");
        http.expectedStatus = 204;
        http.expectedBody = QStringLiteral("up");
        checks.append(http);
        QCOMPARE(SmokeSuite::fromJson(SmokeSuite::toJson(checks)), checks);
    }

    void malformedSuitesAreRefusedNamingTheCheck_data() { addMalformedSuiteRows(); }

    void malformedSuitesAreRefusedNamingTheCheck()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const Error error =
            errorOf([&] { SmokeSuite::fromJson(QJsonDocument::fromJson(json).array()); });
        QCOMPARE(error.kind(), ErrorKind::BadInput);
        QVERIFY2(error.message().contains(mentions), qPrintable(error.message()));
    }

    void passwordsComeFromTheServiceOrTheEnvFileAndNeverFromNowhere()
    {
        const Environment environment =
            profileEnvironment(QStringLiteral("docker-compose.staging.yml"));
        const ComposeProject project =
            ComposeProject::load(environment.composeFiles, environment.envFile);
        // The container's own variable, as compose gives it.
        QCOMPARE(Credentials::lookup(environment, project, QStringLiteral("redis"),
                                     QStringLiteral("REDISCLI_AUTH")),
                 QStringLiteral("change-me-too"));
        // A variable of the env file that no service passes on.
        QCOMPARE(Credentials::lookup(environment, project, QStringLiteral("postgres"),
                                     QStringLiteral("REDIS_PASSWORD")),
                 QStringLiteral("change-me-too"));
        const Error missing = errorOf([&] {
            Credentials::lookup(environment, project, QStringLiteral("postgres"),
                                QStringLiteral("NO_SUCH_SECRET"));
        });
        QCOMPARE(missing.kind(), ErrorKind::NotFound);
        QVERIFY2(missing.message().contains(QStringLiteral("NO_SUCH_SECRET")) &&
                     missing.message().contains(QStringLiteral(".env.example")) &&
                     missing.message().contains(QStringLiteral("blihopsctl smoke secret")),
                 qPrintable(missing.message()));
    }
};

// Edited suites and the run history in the workspace, on both backends.
class TestSmokeStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_store;
    std::unique_ptr<Workspace> m_workspace;

    Environment addEnvironment(const QString &name)
    {
        Environment environment = profileEnvironment(QStringLiteral("docker-compose.dev.yml"));
        environment.name = name;
        EnvironmentRepository(*m_workspace).add(environment);
        return environment;
    }

    static SmokeRun sampleRun(const QString &environment, int minutesAgo, bool redisPassed)
    {
        SmokeRun run;
        run.environment = environment;
        run.actor = QStringLiteral("qa@lab");
        run.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
        run.finishedAt = run.startedAt.addMSecs(1234);
        SmokeResult postgres{QStringLiteral("postgres/postgresql"),
                             SmokeCheck::Kind::Postgres,
                             QStringLiteral("postgres"),
                             QStringLiteral("postgres://x"),
                             true,
                             12,
                             QStringLiteral("answered SELECT 1")};
        SmokeResult redis{QStringLiteral("redis/redis"),
                          SmokeCheck::Kind::Redis,
                          QStringLiteral("redis"),
                          QStringLiteral("redis://x"),
                          redisPassed,
                          5001,
                          redisPassed ? QStringLiteral("PONG") : QStringLiteral("refused")};
        run.results = {postgres, redis};
        return run;
    }

private slots:
    void initTestCase_data() { TestWorkspace::addBackendRows(); }

    void init()
    {
        BLIHOPS_INIT_BACKEND(m_store);
        m_workspace = std::make_unique<Workspace>(WorkspaceLocation::resolve(m_store->location()));
        m_workspace->open();
    }

    void cleanup()
    {
        m_workspace.reset();
        m_store.reset();
    }

    void editedSuiteRoundTripsWithAuditAndResets()
    {
        const Environment environment = addEnvironment(QStringLiteral("stage"));
        SmokeSuiteRepository repository(*m_workspace);
        QVERIFY(!repository.get(environment.name));
        QList<SmokeCheck> checks = derive(environment);
        checks[4].expectedBody = QStringLiteral("healthy");
        checks[2].enabled = false;
        repository.save(environment.name, checks);
        const auto stored = repository.get(environment.name);
        QVERIFY(stored);
        QCOMPARE(stored->checks, checks);
        QCOMPARE(stored->updatedBy, QStringLiteral("tester@lab"));
        const auto audit = AuditLog(*m_workspace).recent(1);
        QCOMPARE(audit.at(0).action, QStringLiteral("smoke.suite.save"));
        QCOMPARE(audit.at(0).subject, environment.name);

        // Saving again replaces, never appends.
        repository.save(environment.name, checks.mid(0, 2));
        QCOMPARE(repository.get(environment.name)->checks.size(), 2);

        repository.reset(environment.name);
        QVERIFY(!repository.get(environment.name));
        QCOMPARE(errorOf([&] { repository.reset(environment.name); }).kind(), ErrorKind::NotFound);
        QCOMPARE(errorOf([&] { repository.get(QStringLiteral("nope")); }).kind(),
                 ErrorKind::NotFound);
    }

    void invalidSuiteIsRefusedAndTheStoredOneKept()
    {
        const Environment environment = addEnvironment(QStringLiteral("stage"));
        SmokeSuiteRepository repository(*m_workspace);
        const QList<SmokeCheck> checks = derive(environment);
        repository.save(environment.name, checks);
        QList<SmokeCheck> broken = checks;
        broken[1].name = broken[0].name;
        QCOMPARE(errorOf([&] { repository.save(environment.name, broken); }).kind(),
                 ErrorKind::BadInput);
        QCOMPARE(repository.get(environment.name)->checks, checks);
    }

    void historyKeepsRunsNewestFirstAndGoesWithItsEnvironment()
    {
        addEnvironment(QStringLiteral("stage"));
        addEnvironment(QStringLiteral("other"));
        SmokeHistory history(*m_workspace);
        const qint64 older = history.record(sampleRun(QStringLiteral("stage"), 10, true));
        const qint64 newer = history.record(sampleRun(QStringLiteral("stage"), 1, false));
        history.record(sampleRun(QStringLiteral("other"), 5, true));
        QVERIFY(older > 0 && newer > older);

        const QList<SmokeRun> runs = history.list(QStringLiteral("stage"));
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).id, newer);
        QVERIFY(!runs.at(0).passed());
        QCOMPARE(runs.at(0).failedCount(), 1);
        QCOMPARE(runs.at(0).actor, QStringLiteral("qa@lab"));
        const SmokeRun expected = sampleRun(QStringLiteral("stage"), 1, false);
        QCOMPARE(runs.at(0).results.size(), 2);
        QCOMPARE(runs.at(0).results.at(1).message, expected.results.at(1).message);
        QCOMPARE(runs.at(0).results.at(1).durationMs, 5001);
        QCOMPARE(runs.at(0).results.at(1).kind, SmokeCheck::Kind::Redis);
        QCOMPARE(runs.at(0).finishedAt.toMSecsSinceEpoch() -
                     runs.at(0).startedAt.toMSecsSinceEpoch(),
                 1234);
        QVERIFY(runs.at(1).passed());
        QCOMPARE(history.list(QStringLiteral("stage"), 1).size(), 1);

        EnvironmentRepository(*m_workspace).remove(QStringLiteral("stage"));
        QSqlQuery left = m_workspace->exec(QStringLiteral("SELECT COUNT(*) FROM smoke_results"));
        left.next();
        QCOMPARE(left.value(0).toInt(), 2); // only the other environment's run
        QCOMPARE(history.list(QStringLiteral("other")).size(), 1);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestSmokeSuiteDerivation derivation;
    TestSmokeStore store;
    return blihops::test::runTests(argc, argv, {&derivation, &store});
}

#include "tst_smokesuite.moc"
