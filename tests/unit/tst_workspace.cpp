#include "TestData.h"
#include "TestWorkspace.h"
#include "util/Error.h"
#include "workspace/AuditLog.h"
#include "workspace/BuiltinProfile.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/RuleSilenceRepository.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceSchema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>
#include <semaphore>
#include <thread>

using namespace blihops;
using blihops::test::errorOf;
using blihops::test::TestWorkspace;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(BLIHOPS_TEST_DATA_DIR "/compose/") + QString::fromLatin1(name);
}

Environment sample(const QString &name)
{
    Environment environment;
    environment.name = name;
    environment.tier = Tier::Staging;
    environment.engineUrl = QStringLiteral("ssh://deploy@staging.example.org:2222");
    environment.composeFiles = {fixture("base.yml"), fixture("override.yml")};
    environment.projectName = name.toLower();
    environment.expectedPorts = {{QStringLiteral("db"), 5433}, {QStringLiteral("web"), 8081}};
    environment.databases = {QStringLiteral("one"), QStringLiteral("two")};
    return environment;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int count(Workspace &workspace, const QString &table)
{
    QSqlQuery query = workspace.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    query.next();
    return query.value(0).toInt();
}

} // namespace

class TestWorkspaceStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_store;

    std::unique_ptr<Workspace> openStore()
    {
        auto workspace =
            std::make_unique<Workspace>(WorkspaceLocation::fromString(m_store->location()));
        workspace->open();
        return workspace;
    }

private slots:
    // Every test function runs once per backend.
    void initTestCase_data() { TestWorkspace::addBackendRows(); }

    void init() { BLIHOPS_INIT_BACKEND(m_store); }

    void cleanup() { m_store.reset(); }

    void newStoreGetsSchemaAndBuiltinProfileOnce()
    {
        auto workspace = openStore();
        QCOMPARE(workspace->schemaVersion(), WorkspaceSchema::knownVersion());
        QVERIFY(BuiltinProfile::ensure(*workspace));
        QVERIFY(!BuiltinProfile::ensure(*workspace));

        const QList<Environment> environments = EnvironmentRepository(*workspace).list();
        QCOMPARE(environments.size(), 3);
        QCOMPARE(environments.at(0).name, QStringLiteral("development"));
        QCOMPARE(environments.at(0).databases, QStringList{QStringLiteral("blihops_db")});
        QCOMPARE(environments.at(0).expectedPorts.at(0),
                 (ExpectedPort{QStringLiteral("postgres"), 5432}));
        QCOMPARE(environments.at(0).expectedPorts.at(1),
                 (ExpectedPort{QStringLiteral("redis"), 6379}));
        QCOMPARE(environments.at(1).name, QStringLiteral("staging"));
        QCOMPARE(environments.at(1).databases, QStringList{QStringLiteral("blihops_staging_db")});
        QCOMPARE(environments.at(1).expectedPorts.at(0).port, 5433);
        QCOMPARE(environments.at(1).expectedPorts.at(1).port, 6380);
        QCOMPARE(environments.at(2).tier, Tier::Production);
        QVERIFY(environments.at(2).engineUrl.isEmpty());
        for (const Environment &environment : environments)
            QVERIFY2(QFile::exists(environment.composeFiles.at(0)),
                     qPrintable(environment.composeFiles.at(0)));
        // Stored so that they resolve on every member's machine, not as this one's home.
        QSqlQuery stored =
            workspace->exec(QStringLiteral("SELECT path FROM environment_compose_files"));
        QStringList paths;
        while (stored.next())
            paths << stored.value(0).toString();
        paths.sort();
        QCOMPARE(paths, (QStringList{QStringLiteral("profile:docker-compose.dev.yml"),
                                     QStringLiteral("profile:docker-compose.staging.yml"),
                                     QStringLiteral("profile:docker-compose.yml")}));
        QCOMPARE(environments.at(0).composeFiles.at(0),
                 QDir(BuiltinProfile::defaultDirectory())
                     .filePath(QStringLiteral("docker-compose.dev.yml")));
        QCOMPARE(environments.at(0).updatedBy, QStringLiteral("tester@lab"));
    }

    // Only the profile's own files in this user's profile folder are stored by name: a file
    // of the same name anywhere else (another profile folder that exists here, a sub-folder)
    // and any other file of the folder are stored as the paths they are.
    void onlyThisUsersProfileFilesAreStoredByName()
    {
        auto workspace = openStore();
        QTemporaryDir elsewhere;
        // The folder another member's copy lives in, on this machine.
        const QString other =
            elsewhere.filePath(QDir(QCoreApplication::organizationName())
                                   .filePath(QCoreApplication::applicationName()) +
                               QStringLiteral("/profile/docker-compose.yml"));
        QVERIFY(QDir().mkpath(QFileInfo(other).absolutePath()));
        QFile file(other);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("services: {}\n");
        file.close();
        const QDir ours(BuiltinProfile::defaultDirectory());
        Environment environment = sample(QStringLiteral("profiled"));
        environment.composeFiles = {ours.filePath(QStringLiteral("docker-compose.yml")),
                                    ours.filePath(QStringLiteral("docker-compose.override.yml")),
                                    ours.filePath(QStringLiteral("sub/docker-compose.yml")), other};
        environment.envFile = ours.filePath(QStringLiteral(".env.example"));
        const Environment added = EnvironmentRepository(*workspace).add(environment);
        QSqlQuery files = workspace->exec(
            QStringLiteral("SELECT path FROM environment_compose_files WHERE environment_id = ? "
                           "ORDER BY position"),
            {added.id});
        QStringList stored;
        while (files.next())
            stored << files.value(0).toString();
        QCOMPARE(stored, (QStringList{QStringLiteral("profile:docker-compose.yml"),
                                      environment.composeFiles.at(1),
                                      environment.composeFiles.at(2), other}));
        QSqlQuery envFile = workspace->exec(
            QStringLiteral("SELECT env_file FROM environments WHERE id = ?"), {added.id});
        QVERIFY(envFile.next());
        QCOMPARE(envFile.value(0).toString(), QStringLiteral("profile:.env.example"));
        // And read back as they were given.
        QCOMPARE(EnvironmentRepository(*workspace).get(QStringLiteral("profiled")).composeFiles,
                 environment.composeFiles);
    }

    void addReadUpdateRemoveRoundTrip()
    {
        auto workspace = openStore();
        EnvironmentRepository repository(*workspace);
        const Environment added = repository.add(sample(QStringLiteral("Eu-1")));
        QVERIFY(added.id > 0);
        QCOMPARE(added.composeFiles, sample(QStringLiteral("x")).composeFiles);
        QCOMPARE(added.expectedPorts, sample(QStringLiteral("x")).expectedPorts);
        QCOMPARE(added.databases, (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
        QCOMPARE(added.envFile, QString());
        QVERIFY(added.updatedAt.isValid());

        Environment changed = added;
        changed.name = QStringLiteral("eu-2");
        changed.composeFiles = {fixture("override.yml")};
        changed.expectedPorts = {};
        changed.databases = {QStringLiteral("three")};
        repository.update(QStringLiteral("Eu-1"), changed);
        QVERIFY(!repository.find(QStringLiteral("Eu-1")));
        const Environment read = repository.get(QStringLiteral("eu-2"));
        QCOMPARE(read.composeFiles, changed.composeFiles);
        QVERIFY(read.expectedPorts.isEmpty());
        QCOMPARE(read.databases, QStringList{QStringLiteral("three")});

        repository.remove(QStringLiteral("eu-2"));
        QVERIFY(repository.list().isEmpty());
        // Children go with their environment (foreign keys are on for SQLite too).
        QCOMPARE(count(*workspace, QStringLiteral("environment_compose_files")), 0);
        QCOMPARE(count(*workspace, QStringLiteral("environment_databases")), 0);

        const QList<AuditLog::Entry> audit = AuditLog(*workspace).recent(10);
        QCOMPARE(audit.size(), 3);
        QCOMPARE(audit.at(0).action, QStringLiteral("environment.remove"));
        QCOMPARE(audit.at(1).action, QStringLiteral("environment.update"));
        QCOMPARE(audit.at(1).subject, QStringLiteral("Eu-1 -> eu-2"));
        QCOMPARE(audit.at(2).action, QStringLiteral("environment.add"));
        QCOMPARE(audit.at(2).actor, QStringLiteral("tester@lab"));
    }

    void namesAreExactAndOrderIsTierThenName()
    {
        auto workspace = openStore();
        EnvironmentRepository repository(*workspace);
        Environment b = sample(QStringLiteral("b"));
        b.tier = Tier::Production;
        repository.add(b);
        repository.add(sample(QStringLiteral("a")));
        repository.add(sample(QStringLiteral("B")));
        QStringList names;
        for (const Environment &environment : repository.list())
            names << environment.name;
        QCOMPARE(names,
                 (QStringList{QStringLiteral("B"), QStringLiteral("a"), QStringLiteral("b")}));
    }

    void duplicateNameIsRefusedAndNothingChanges()
    {
        auto workspace = openStore();
        EnvironmentRepository repository(*workspace);
        repository.add(sample(QStringLiteral("one")));
        repository.add(sample(QStringLiteral("two")));
        const Error duplicate = errorOf([&] { repository.add(sample(QStringLiteral("one"))); });
        QCOMPARE(duplicate.kind(), ErrorKind::Conflict);
        QVERIFY(duplicate.message().contains(QStringLiteral("\"one\" exists already")));
        const Error rename = errorOf([&] {
            Environment renamed = sample(QStringLiteral("two"));
            repository.update(QStringLiteral("one"), renamed);
        });
        QCOMPARE(rename.kind(), ErrorKind::Conflict);
        QCOMPARE(repository.list().size(), 2);
        QCOMPARE(repository.get(QStringLiteral("one")).databases,
                 sample(QStringLiteral("x")).databases);
        QCOMPARE(AuditLog(*workspace).recent(10).size(), 2);
    }

    void unknownNamesAreNotFound()
    {
        auto workspace = openStore();
        EnvironmentRepository repository(*workspace);
        QCOMPARE(errorOf([&] { repository.get(QStringLiteral("nope")); }).kind(),
                 ErrorKind::NotFound);
        QCOMPARE(errorOf([&] { repository.remove(QStringLiteral("nope")); }).kind(),
                 ErrorKind::NotFound);
        const Error update = errorOf(
            [&] { repository.update(QStringLiteral("nope"), sample(QStringLiteral("x"))); });
        QCOMPARE(update.kind(), ErrorKind::NotFound);
        QVERIFY(repository.list().isEmpty());
    }

    void failedTransactionLeavesNoTrace()
    {
        auto workspace = openStore();
        EnvironmentRepository repository(*workspace);
        QVERIFY(errorOf([&] {
                    workspace->inTransaction([&] {
                        repository.add(sample(QStringLiteral("half")));
                        throw Error(ErrorKind::BadInput, QStringLiteral("stop"));
                    });
                }).message() == QStringLiteral("stop"));
        QVERIFY(repository.list().isEmpty());
        QCOMPARE(count(*workspace, QStringLiteral("audit_log")), 0);
    }

    void eachThreadHasItsOwnConnection()
    {
        auto workspace = openStore();
        EnvironmentRepository(*workspace).add(sample(QStringLiteral("shared")));
        const QString mainName = workspace->connection().connectionName();
        QThreadPool pool;
        const auto [threadName, names] =
            QtConcurrent::run(&pool, [&] {
                QStringList listed;
                for (const Environment &environment : EnvironmentRepository(*workspace).list())
                    listed << environment.name;
                return std::pair(workspace->connection().connectionName(), listed);
            }).result();
        QVERIFY(threadName != mainName);
        QCOMPARE(names, QStringList{QStringLiteral("shared")});
        pool.waitForDone();
    }

    void silencesRoundTripWithAuditAndGoWithTheirEnvironment()
    {
        auto workspace = openStore();
        EnvironmentRepository environments(*workspace);
        environments.add(sample(QStringLiteral("eu-1")));
        RuleSilenceRepository silences(*workspace);
        silences.add(QStringLiteral("eu-1"), QStringLiteral("web"),
                     QStringLiteral("healthcheck-missing"),
                     QStringLiteral("  the image has its own HEALTHCHECK "));
        silences.add(QStringLiteral("eu-1"), QStringLiteral("db"),
                     QStringLiteral("resource-limits"),
                     QStringLiteral("limits come from the host's cgroup"));
        const QList<RuleSilence> listed = silences.list();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).service, QStringLiteral("db"));
        QCOMPARE(listed.at(1).environment, QStringLiteral("eu-1"));
        QCOMPARE(listed.at(1).rule, QStringLiteral("healthcheck-missing"));
        QCOMPARE(listed.at(1).reason, QStringLiteral("the image has its own HEALTHCHECK"));
        QCOMPARE(listed.at(1).createdBy, QStringLiteral("tester@lab"));
        QVERIFY(listed.at(1).createdAt.isValid());

        const auto add = [&](const char *environment, const char *rule, const char *reason) {
            return errorOf([&] {
                silences.add(QString::fromLatin1(environment), QStringLiteral("web"),
                             QString::fromLatin1(rule), QString::fromLatin1(reason));
            });
        };
        QCOMPARE(add("eu-1", "healthcheck-missing", "again").kind(), ErrorKind::Conflict);
        const Error unknownRule = add("eu-1", "no-such-rule", "x");
        QCOMPARE(unknownRule.kind(), ErrorKind::BadInput);
        QVERIFY(unknownRule.message().contains(QStringLiteral("healthcheck-missing")));
        QCOMPARE(add("eu-1", "privileged", " ").kind(), ErrorKind::BadInput);
        QCOMPARE(add("nope", "privileged", "x").kind(), ErrorKind::NotFound);
        QCOMPARE(errorOf([&] {
                     silences.remove(QStringLiteral("eu-1"), QStringLiteral("web"),
                                     QStringLiteral("privileged"));
                 }).kind(),
                 ErrorKind::NotFound);

        silences.remove(QStringLiteral("eu-1"), QStringLiteral("web"),
                        QStringLiteral("healthcheck-missing"));
        QCOMPARE(silences.list().size(), 1);
        const QList<AuditLog::Entry> audit = AuditLog(*workspace).recent(3);
        QCOMPARE(audit.at(0).action, QStringLiteral("rule.unsilence"));
        QCOMPARE(audit.at(0).subject, QStringLiteral("eu-1/web healthcheck-missing"));
        QCOMPARE(audit.at(1).action, QStringLiteral("rule.silence"));
        QCOMPARE(audit.at(1).details, QStringLiteral("limits come from the host's cgroup"));

        environments.remove(QStringLiteral("eu-1"));
        QCOMPARE(count(*workspace, QStringLiteral("rule_silences")), 0);
    }

    void newerSchemaIsRefusedAndLeftAlone()
    {
        {
            auto workspace = openStore();
            workspace->exec(QStringLiteral(
                "INSERT INTO blihops_schema (version, applied_at) VALUES (99, 'future')"));
        }
        const QByteArray before = fileHash(m_store->location());
        Workspace again(WorkspaceLocation::fromString(m_store->location()));
        const Error error = errorOf([&] { again.open(); });
        QCOMPARE(error.kind(), ErrorKind::Workspace);
        QVERIFY2(error.message().contains(QStringLiteral("schema version 99")),
                 qPrintable(error.message()));
        QVERIFY(error.message().contains(QStringLiteral("was not changed")));
        if (m_store->backend() == TestWorkspace::Backend::Sqlite)
            QCOMPARE(fileHash(m_store->location()), before);
        QCOMPARE(again.schemaVersion(), 99);
        QCOMPARE(count(again, QStringLiteral("blihops_schema")),
                 WorkspaceSchema::knownVersion() + 1);
    }
};

// Failures that only one backend can have.
class TestWorkspaceFailures : public QObject
{
    Q_OBJECT

private slots:
    void sqliteUsesWalAndForeignKeys()
    {
        TestWorkspace store(TestWorkspace::Backend::Sqlite);
        Workspace workspace(WorkspaceLocation::fromString(store.location()));
        workspace.open();
        QSqlQuery mode = workspace.exec(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        QSqlQuery keys = workspace.exec(QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(keys.next());
        QCOMPARE(keys.value(0).toInt(), 1);
    }

    // A thread that used a workspace now gone (a pool thread outlives a window, a test row,
    // a workspace the user switched away from) uses a connection of its own to the
    // workspace it is given now: never the old workspace's, nor another thread's.
    void aLongLivedThreadFollowsTheWorkspaceItIsGiven()
    {
        TestWorkspace first(TestWorkspace::Backend::Sqlite);
        TestWorkspace second(TestWorkspace::Backend::Sqlite);
        auto old = std::make_unique<Workspace>(WorkspaceLocation::fromString(first.location()));
        old->open();
        std::unique_ptr<Workspace> current;
        std::binary_semaphore oldUsed(0), currentMade(0);
        QString threadName, threadFile;
        // One thread throughout, as a pool's thread is: it uses the old workspace, then,
        // once that is gone and another made, the new one.
        std::thread worker([&] {
            EnvironmentRepository(*old).add(sample(QStringLiteral("old")));
            oldUsed.release();
            currentMade.acquire();
            EnvironmentRepository(*current).add(sample(QStringLiteral("new")));
            threadName = current->connection().connectionName();
            threadFile = current->connection().databaseName();
        });
        oldUsed.acquire();
        old.reset();
        current = std::make_unique<Workspace>(WorkspaceLocation::fromString(second.location()));
        current->open();
        currentMade.release();
        worker.join();
        QVERIFY(threadName != current->connection().connectionName());
        QCOMPARE(threadFile, current->connection().databaseName());
        QStringList names;
        for (const Environment &environment : EnvironmentRepository(*current).list())
            names << environment.name;
        QCOMPARE(names, QStringList{QStringLiteral("new")});
        Workspace reopened(WorkspaceLocation::fromString(first.location()));
        reopened.open();
        QCOMPARE(EnvironmentRepository(reopened).list().size(), 1);
    }

    void corruptFileIsRefusedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        const QByteArray before = fileHash(path);
        Workspace workspace(WorkspaceLocation::fromString(path));
        const Error error = errorOf([&] { workspace.open(); });
        QCOMPARE(error.kind(), ErrorKind::Workspace);
        QVERIFY2(error.message().contains(QStringLiteral("damaged")), qPrintable(error.message()));
        QVERIFY(error.message().contains(path));
        QCOMPARE(fileHash(path), before);
    }

    void readOnlyFileIsRefusedAndKept()
    {
        TestWorkspace store(TestWorkspace::Backend::Sqlite);
        {
            Workspace workspace(WorkspaceLocation::fromString(store.location()));
            workspace.open();
        }
        QVERIFY(QFile::setPermissions(store.location(),
                                      QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        const QByteArray before = fileHash(store.location());
        Workspace workspace(WorkspaceLocation::fromString(store.location()));
        const Error error = errorOf([&] { workspace.open(); });
        QCOMPARE(error.kind(), ErrorKind::Workspace);
        QVERIFY2(error.message().contains(QStringLiteral("read-only")),
                 qPrintable(error.message()));
        QCOMPARE(fileHash(store.location()), before);
    }

    void lockedFileFailsWritesClearlyAndRecovers()
    {
        TestWorkspace store(TestWorkspace::Backend::Sqlite);
        Workspace workspace(WorkspaceLocation::fromString(store.location()));
        workspace.open();
        EnvironmentRepository repository(workspace);
        {
            // Another program holding the write lock.
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(store.location());
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            const Error error = errorOf([&] { repository.add(sample(QStringLiteral("blocked"))); });
            QCOMPARE(error.kind(), ErrorKind::Workspace);
            QVERIFY2(error.message().contains(QStringLiteral("locked by another program")),
                     qPrintable(error.message()));
            // Readers still read while the other program writes.
            QVERIFY(repository.list().isEmpty());
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        repository.add(sample(QStringLiteral("after")));
        QCOMPARE(repository.list().size(), 1);
    }

    void unreachablePostgresIsReportedAsUnreachable()
    {
        // Port 9 (discard) on loopback: nothing listens there.
        Workspace workspace(WorkspaceLocation::fromString(
            QStringLiteral("postgresql://nobody@127.0.0.1:9/blihops?connect_timeout=3")));
        const Error error = errorOf([&] { workspace.open(); });
        QCOMPARE(error.kind(), ErrorKind::Unreachable);
        QVERIFY2(
            error.message().contains(QStringLiteral(
                "Cannot reach the PostgreSQL workspace postgresql://nobody@127.0.0.1:9/blihops")),
            qPrintable(error.message()));
    }

    void malformedWorkspaceUrlsAreBadInput()
    {
        QCOMPARE(
            errorOf([] { WorkspaceLocation::fromString(QStringLiteral("postgresql://")); }).kind(),
            ErrorKind::BadInput);
        QCOMPARE(errorOf([] {
                     WorkspaceLocation::fromString(QStringLiteral("postgresql://host"));
                 }).kind(),
                 ErrorKind::BadInput);
        QCOMPARE(errorOf([] { WorkspaceLocation::fromString(QString()); }).kind(),
                 ErrorKind::BadInput);
        Workspace workspace(WorkspaceLocation::fromString(
            QStringLiteral("postgresql://u@127.0.0.1:9/db?sslmode=off;x=1")));
        const Error option = errorOf([&] { workspace.open(); });
        QCOMPARE(option.kind(), ErrorKind::BadInput);
        QVERIFY2(option.message().contains(QStringLiteral("sslmode")),
                 qPrintable(option.message()));
    }

    void theActorIsTheAccountWhateverTheEnvironmentSays()
    {
        const QByteArray configured = qgetenv("BLIHOPS_ACTOR");
        const QByteArray user = qgetenv("USER");
        qunsetenv("BLIHOPS_ACTOR");
        qputenv("USER", "somebody-else");
        const QString actor = Workspace::actor();
        qputenv("BLIHOPS_ACTOR", configured);
        qputenv("USER", user);
        QProcess id;
        id.start(QStringLiteral("id"), {QStringLiteral("-un")});
        QVERIFY(id.waitForFinished(5000));
        const QString account = QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed();
        QVERIFY2(actor.startsWith(account + QLatin1Char('@')), qPrintable(actor));
        QCOMPARE(Workspace::actor(), QString::fromLocal8Bit(configured));
    }

    void passwordsNeverShowInNames()
    {
        const WorkspaceLocation location = WorkspaceLocation::fromString(
            QStringLiteral("postgresql://team:s3cret@db.example.org/blihops"));
        QVERIFY(!location.displayName().contains(QStringLiteral("s3cret")));
        QCOMPARE(location.displayName(),
                 QStringLiteral("postgresql://team@db.example.org/blihops"));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestWorkspaceStore store;
    TestWorkspaceFailures failures;
    return blihops::test::runTests(argc, argv, {&store, &failures});
}

#include "tst_workspace.moc"
