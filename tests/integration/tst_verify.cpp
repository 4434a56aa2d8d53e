#include "LabCli.h"
#include "Require.h"
#include "TestData.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupHost.h"
#include "backup/BackupJob.h"
#include "backup/BackupJobRepository.h"
#include "backup/BackupManifest.h"
#include "backup/BackupScript.h"
#include "backup/TableChecksumSql.h"
#include "util/Error.h"
#include "verify/RestoreVerification.h"
#include "verify/VerificationRepository.h"
#include "verify/VerificationSetup.h"
#include "workspace/AuditLog.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <csignal>

using namespace blihops;
using blihops::test::labValue;
using blihops::test::writeFile;

namespace {

using blihops::test::Ran;

QProcessEnvironment labEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_HOST"), labValue("BLIHOPS_TEST_DOCKER_HOST"));
    return env;
}

Ran run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
        const QProcessEnvironment &environment = labEnvironment(),
        const std::function<void(QProcess &, const QByteArray &)> &whileRunning = {})
{
    return test::runWithEvents(program, arguments, input, environment, whileRunning);
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Restore verification on the lab's development stack, over its sshd: real backups made by
// the backup script (Pagila and fixture databases of the test's own), restored into scratch
// databases by `blihopsctl verify` and by RestoreVerification, and every way a backup can be
// wrong: a changed byte, a truncated dump, a manifest that disagrees with the data, a dump
// with no manifest; cancel and a killed CLI leave no scratch database behind.
class TestVerify : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::LabCli m_cli;
    QString m_container;
    QString m_fixture;
    QString m_bulk;
    QString m_destination;
    BackupRecord m_bigStorage;

    QByteArray docker(const QStringList &arguments, const QByteArray &input = {})
    {
        const Ran ran = run(QStringLiteral("docker"), arguments, input);
        if (ran.exitCode != 0)
            qWarning("docker %s: %s", qPrintable(arguments.join(' ')), ran.err.constData());
        return ran.out;
    }

    QByteArray psql(const QString &database, const QByteArray &sql)
    {
        return docker({QStringLiteral("exec"), QStringLiteral("-i"), m_container,
                       QStringLiteral("psql"), QStringLiteral("-X"), QStringLiteral("-q"),
                       QStringLiteral("-At"), QStringLiteral("-v"),
                       QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-U"),
                       labValue("BLIHOPS_LAB_DEV_PG_USER"), QStringLiteral("-d"), database},
                      sql)
            .trimmed();
    }

    QStringList scratchDatabases()
    {
        const QByteArray names =
            psql(QStringLiteral("postgres"), "SELECT datname FROM pg_database WHERE datname LIKE "
                                             "'blihops\\_verify\\_%' ORDER BY 1;\n");
        return names.isEmpty() ? QStringList() : QString::fromUtf8(names).split(u'\n');
    }

    // Files a verification copied into the container.
    QByteArray scratchFiles()
    {
        return docker({QStringLiteral("exec"), m_container, QStringLiteral("sh"),
                       QStringLiteral("-c"),
                       QStringLiteral("ls /tmp | grep '^blihops_verify_' || true")})
            .trimmed();
    }

    Ran ctl(const QStringList &arguments,
            const std::function<void(QProcess &, const QByteArray &)> &whileRunning = {})
    {
        return m_cli.ctl(arguments, whileRunning);
    }

    // A command that reaches the host: the lab's host key trusted on first use.
    Ran onHost(const QStringList &arguments,
               const std::function<void(QProcess &, const QByteArray &)> &whileRunning = {})
    {
        return ctl(arguments +
                       QStringList{QStringLiteral("--trust-host-key"), test::labSshFingerprint()},
                   whileRunning);
    }

    Ran verify(const QStringList &arguments,
               const std::function<void(QProcess &, const QByteArray &)> &whileRunning = {})
    {
        return onHost(QStringList{QStringLiteral("verify"), QStringLiteral("lab-dev")} + arguments +
                          QStringList{QStringLiteral("--json")},
                      whileRunning);
    }

    void addEnvironment(const QString &name, const QString &engine, const QString &tier)
    {
        const Ran added =
            ctl({QStringLiteral("env"), QStringLiteral("add"), name, QStringLiteral("--engine"),
                 engine, QStringLiteral("--compose"), labValue("BLIHOPS_LAB_DEV_COMPOSE"),
                 QStringLiteral("--env-file"), m_cli.envFile(), QStringLiteral("--project-name"),
                 labValue("BLIHOPS_LAB_DEV_PROJECT"), QStringLiteral("--tier"), tier});
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }

    BackupJob job(const QString &name, const QStringList &databases)
    {
        BackupJob job;
        job.environment = QStringLiteral("lab-dev");
        job.name = name;
        job.databaseService = QStringLiteral("postgres");
        job.databases = databases;
        job.databaseDestination = m_destination;
        job.storageDestination = m_destination;
        job.cron = QStringLiteral("0 3 1 1 *");
        return job;
    }

    // The job in the workspace and one run of its script here (the lab's host is this
    // machine): its manifest records.
    QList<BackupRecord> backUp(const BackupJob &backupJob)
    {
        {
            Workspace workspace(WorkspaceLocation::fromString(m_cli.workspace()));
            workspace.open();
            if (!BackupJobRepository(workspace).find(backupJob.environment, backupJob.name))
                BackupJobRepository(workspace).add(backupJob);
        }
        const QString script = writeFile(
            m_dir.filePath(backupJob.name + QStringLiteral(".sh")),
            BackupScript::generate(backupJob, labValue("BLIHOPS_LAB_DEV_PROJECT")).toUtf8());
        const Ran ran = run(QStringLiteral("sh"), {script});
        if (ran.exitCode != 0)
            qWarning("backup script: %s", ran.err.constData());
        return manifest(backupJob).records;
    }

    QString folder(const BackupJob &backupJob) { return BackupScript::databaseFolder(backupJob); }

    BackupManifest::Parsed manifest(const BackupJob &backupJob)
    {
        return BackupManifest::parse(
            readAll(folder(backupJob) + QLatin1Char('/') + BackupManifest::fileName()));
    }

    // A new manifest line: record, as the file bytes, under a new id.
    BackupRecord addRecord(const BackupJob &backupJob, BackupRecord record, const QString &id,
                           const QByteArray &bytes, bool recomputeChecksum)
    {
        record.id = id;
        record.file = id + QStringLiteral(".dump");
        writeFile(folder(backupJob) + QLatin1Char('/') + record.file, bytes);
        if (recomputeChecksum) {
            record.sha256 = sha256Of(bytes);
            record.size = bytes.size();
        }
        QFile manifestFile(folder(backupJob) + QLatin1Char('/') + BackupManifest::fileName());
        if (!manifestFile.open(QIODevice::Append))
            qFatal("cannot append to the manifest");
        manifestFile.write(BackupManifest::line(record));
        return record;
    }

    BackupRecord recordOf(const BackupJob &backupJob, const QString &source)
    {
        for (const BackupRecord &record : manifest(backupJob).records) {
            if (record.source == source && record.ok)
                return record;
        }
        return {};
    }

    // A storage backup of a few MiB of incompressible files (made once): an archive of many
    // read blocks, to cancel in the middle of.
    BackupRecord bigStorage()
    {
        if (m_bigStorage.id.isEmpty()) {
            const QString tree = m_dir.filePath(QStringLiteral("big tree"));
            QRandomGenerator random(11);
            for (int i = 0; i < 8; ++i) {
                QByteArray bytes(1 << 20, Qt::Uninitialized);
                random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
                writeFile(QStringLiteral("%1/upload-%2.bin").arg(tree).arg(i), bytes);
            }
            const QList<BackupRecord> records = backUp(bigStorageJob(tree));
            if (records.size() == 1 && records.first().ok)
                m_bigStorage = records.first();
        }
        return m_bigStorage;
    }

    BackupJob bigStorageJob(const QString &tree = {})
    {
        BackupJob storage = job(QStringLiteral("vbig"), {});
        storage.databaseService.clear();
        storage.paths = {tree.isEmpty() ? m_dir.filePath(QStringLiteral("big tree")) : tree};
        return storage;
    }

    // The lab's host over its sshd, its key trusted.
    BackupHost labHost()
    {
        Environment environment;
        environment.name = QStringLiteral("lab-dev");
        environment.engineUrl = test::sshEngineUrl();
        return BackupHost::connect(environment,
                                   test::trustedLabKeys(m_dir.filePath("known_hosts")));
    }

    // The lab's sshd by another name (localhost): a target server on another host than the
    // source's, as an environment of the workspace, and keys that trust it by both names.
    Environment otherHostEnvironment()
    {
        {
            Workspace workspace(WorkspaceLocation::fromString(m_cli.workspace()));
            workspace.open();
            if (const std::optional<Environment> found =
                    EnvironmentRepository(workspace).find(QStringLiteral("lab-other-host")))
                return *found;
        }
        QString elsewhere = test::sshEngineUrl();
        elsewhere.replace(QStringLiteral("@127.0.0.1:"), QStringLiteral("@localhost:"));
        if (elsewhere == test::sshEngineUrl())
            qFatal("the lab's sshd is not at 127.0.0.1: %s", qPrintable(elsewhere));
        addEnvironment(QStringLiteral("lab-other-host"), elsewhere, QStringLiteral("staging"));
        Workspace workspace(WorkspaceLocation::fromString(m_cli.workspace()));
        workspace.open();
        return EnvironmentRepository(workspace).get(QStringLiteral("lab-other-host"));
    }

    HostKeyStore bothNamesKeys()
    {
        HostKeyStore keys =
            test::trustedLabKeys(m_dir.filePath(QStringLiteral("both_known_hosts")));
        SshTarget elsewhere = test::sshTarget();
        elsewhere.host = QStringLiteral("localhost");
        keys.trust(elsewhere, test::labSshFingerprint());
        return keys;
    }

    Environment labDevEnvironment()
    {
        Workspace workspace(WorkspaceLocation::fromString(m_cli.workspace()));
        workspace.open();
        return EnvironmentRepository(workspace).get(QStringLiteral("lab-dev"));
    }

    qsizetype storedVerifications()
    {
        Workspace workspace(WorkspaceLocation::fromString(m_cli.workspace()));
        workspace.open();
        return VerificationRepository(workspace).list({}, 100000).size();
    }

    // The verification of backup id of backupJob on host, into the lab's development
    // PostgreSQL; null when the catalog has no such backup.
    std::unique_ptr<RestoreVerification> onTheLab(BackupHost &host, const BackupJob &backupJob,
                                                  const QString &id)
    {
        const std::optional<BackupCatalog::Entry> entry =
            BackupCatalog::find(BackupCatalog::read(host, backupJob), id);
        if (!entry)
            return nullptr;
        return std::make_unique<RestoreVerification>(
            RestoreVerification::Source{QStringLiteral("lab-dev"), entry, &host, {}, {}},
            RestoreVerification::Target{QStringLiteral("lab-dev"),
                                        &host,
                                        labValue("BLIHOPS_LAB_DEV_PROJECT"),
                                        QStringLiteral("postgres"),
                                        {}});
    }

    // A plain pg_dump -Fc of the fixture database, as another tool makes it: no manifest.
    QByteArray fixtureDump()
    {
        return docker({QStringLiteral("exec"), m_container, QStringLiteral("pg_dump"),
                       QStringLiteral("-Fc"), QStringLiteral("-U"),
                       labValue("BLIHOPS_LAB_DEV_PG_USER"), QStringLiteral("-d"), m_fixture});
    }

    // The fixture's dump, verified as file with no manifest: restored clean, its two tables
    // counted, nothing proven. report: the JSON result.
    static void expectBaseline(const Ran &verified, const QString &file, QJsonObject &report)
    {
        QVERIFY2(verified.exitCode == 0, verified.err.constData() + verified.out);
        report = verified.json();
        QVERIFY(report.value(QStringLiteral("ok")).toBool());
        QVERIFY(!report.value(QStringLiteral("proven")).toBool());
        QCOMPARE(report.value(QStringLiteral("backup")).toString(), file);
        QCOMPARE(report.value(QStringLiteral("tables")).toArray().size(), 2);
    }

    static QJsonObject step(const QJsonObject &report, int index)
    {
        return report.value(QStringLiteral("steps")).toArray().at(index).toObject();
    }

private slots:
    void initTestCase()
    {
        BLIHOPS_REQUIRE(!labValue("BLIHOPS_TEST_SSH_PORT").isEmpty() &&
                            !labValue("BLIHOPS_LAB_DEV_PROJECT").isEmpty(),
                        "the lab's sshd and stacks are not running: tests/lab/lab.sh up and "
                        "eval \"$(tests/lab/lab.sh env)\"");
        BLIHOPS_REQUIRE(!labValue("BLIHOPS_LAB_DEV_PAGILA_DB").isEmpty(),
                        "the lab's PostgreSQL has no Pagila (the corpus is missing)");
        const QString agent = m_cli.start(m_dir.path());
        QVERIFY2(agent.isEmpty(), qPrintable(agent));
        m_destination = m_dir.filePath(QStringLiteral("backups"));
        addEnvironment(QStringLiteral("lab-dev"), test::sshEngineUrl(),
                       QStringLiteral("development"));
        m_container = QString::fromUtf8(
            docker({QStringLiteral("ps"), QStringLiteral("-q"), QStringLiteral("--filter"),
                    QStringLiteral("label=com.docker.compose.project=") +
                        labValue("BLIHOPS_LAB_DEV_PROJECT"),
                    QStringLiteral("--filter"),
                    QStringLiteral("label=com.docker.compose.service=postgres")})
                .trimmed());
        QVERIFY2(!m_container.isEmpty(), "the lab's development PostgreSQL is not running");
        QVERIFY2(scratchDatabases().isEmpty(),
                 qPrintable(QStringLiteral("scratch databases before the test: ") +
                            scratchDatabases().join(u' ')));
        const QString suffix = QString::number(QRandomGenerator::global()->generate64(), 16);
        m_fixture = QStringLiteral("blihops_vf_") + suffix;
        m_bulk = QStringLiteral("blihops_vf_bulk_") + suffix;
        psql(QStringLiteral("postgres"), "CREATE DATABASE " + m_fixture.toUtf8() +
                                             ";\nCREATE DATABASE " + m_bulk.toUtf8() + ";\n");
        psql(m_fixture,
             "CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);\n"
             "CREATE TABLE orders (id bigserial PRIMARY KEY, customer int REFERENCES customers, "
             "amount numeric(10, 2), placed timestamptz);\n"
             "CREATE INDEX orders_customer ON orders (customer);\n"
             "INSERT INTO customers SELECT g, 'customer ' || g FROM generate_series(1, 200) g;\n"
             "INSERT INTO orders (customer, amount, placed) SELECT 1 + g % 200, g / 7.0, "
             "'2026-01-01'::timestamptz + g * interval '1 minute' FROM generate_series(1, 5000) "
             "g;\n");
        // Big enough that its restore takes a few seconds: time to cancel it or kill the CLI.
        QByteArray bulk;
        for (int table = 1; table <= 4; ++table) {
            bulk += QStringLiteral("CREATE TABLE bulk%1 (id bigint PRIMARY KEY, payload text);\n"
                                   "INSERT INTO bulk%1 SELECT g, repeat(md5(g::text), 4) FROM "
                                   "generate_series(1, 250000) g;\n")
                        .arg(table)
                        .toUtf8();
        }
        psql(m_bulk, bulk);
        QCOMPARE(
            backUp(job(QStringLiteral("vjob"), {labValue("BLIHOPS_LAB_DEV_PAGILA_DB"), m_fixture}))
                .size(),
            2);
        QCOMPARE(backUp(job(QStringLiteral("vbulk"), {m_bulk})).size(), 1);
    }

    void cleanupTestCase()
    {
        if (m_container.isEmpty())
            return;
        psql(QStringLiteral("postgres"), "DROP DATABASE IF EXISTS " + m_fixture.toUtf8() +
                                             " WITH (FORCE);\nDROP DATABASE IF EXISTS " +
                                             m_bulk.toUtf8() + " WITH (FORCE);\n");
    }

    // Pagila restores to exactly what was dumped: every table equal, every kind of object
    // there, each step timed; the scratch database is gone; backup list says when.
    void aGoodBackupPasses()
    {
        const BackupRecord pagila =
            recordOf(job(QStringLiteral("vjob"), {}), labValue("BLIHOPS_LAB_DEV_PAGILA_DB"));
        QVERIFY(!pagila.id.isEmpty());
        const Ran verified = verify({pagila.id});
        QVERIFY2(verified.exitCode == 0, verified.err.constData() + verified.out);
        const QJsonObject report = verified.json();
        QVERIFY(report.value(QStringLiteral("ok")).toBool());
        QVERIFY(report.value(QStringLiteral("proven")).toBool());
        QCOMPARE(report.value(QStringLiteral("backup")).toString(), pagila.id);
        const QJsonArray tables = report.value(QStringLiteral("tables")).toArray();
        QCOMPARE(tables.size(), pagila.tables.size());
        QVERIFY(tables.size() >= 15);
        for (const QJsonValue &value : tables) {
            const QJsonObject table = value.toObject();
            QVERIFY2(table.value(QStringLiteral("checksum_match")).toBool(),
                     qPrintable(table.value(QStringLiteral("name")).toString()));
            QCOMPARE(table.value(QStringLiteral("rows_expected")),
                     table.value(QStringLiteral("rows_restored")));
            QCOMPARE(table.keys(),
                     (QStringList{QStringLiteral("checksum_match"), QStringLiteral("name"),
                                  QStringLiteral("rows_expected"), QStringLiteral("rows_restored"),
                                  QStringLiteral("schema")}));
        }
        const QJsonObject objects = report.value(QStringLiteral("objects")).toObject();
        for (const char *kind : {"tables", "indexes", "sequences", "constraints", "views",
                                 "materialized_views", "functions"}) {
            const QJsonObject count = objects.value(QLatin1String(kind)).toObject();
            QVERIFY2(count.value(QStringLiteral("dump")).toInt() > 0, kind);
            QCOMPARE(count.value(QStringLiteral("restored")), count.value(QStringLiteral("dump")));
        }
        QCOMPARE(objects.value(QStringLiteral("materialized_views"))
                     .toObject()
                     .value(QStringLiteral("dump"))
                     .toInt(),
                 1);
        const QJsonArray steps = report.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 4);
        for (const QJsonValue &value : steps)
            QCOMPARE(value.toObject().value(QStringLiteral("state")).toString(),
                     QStringLiteral("passed"));
        QVERIFY(step(report, 1).value(QStringLiteral("duration_ms")).toDouble() > 0);
        QVERIFY(report.value(QStringLiteral("errors")).toArray().isEmpty());
        const QString scratch = report.value(QStringLiteral("target"))
                                    .toObject()
                                    .value(QStringLiteral("database"))
                                    .toString();
        QVERIFY2(scratch.startsWith(QStringLiteral("blihops_verify_vjob_")), qPrintable(scratch));
        QCOMPARE(scratchDatabases(), QStringList());
        QCOMPARE(scratchFiles(), QByteArray());

        // The catalog shows it verified; the evidence names who.
        const Ran listed = onHost({QStringLiteral("backup"), QStringLiteral("list"),
                                   QStringLiteral("lab-dev"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        int verifiedCount = 0;
        for (const QJsonValue &value : listed.json().value(QStringLiteral("backups")).toArray()) {
            const QJsonObject backup = value.toObject();
            const QJsonValue at = backup.value(QStringLiteral("verified_at"));
            if (backup.value(QStringLiteral("id")).toString() == pagila.id) {
                QVERIFY(at.isString());
                QVERIFY(QDateTime::fromString(at.toString(), Qt::ISODate).isValid());
                ++verifiedCount;
            } else {
                QVERIFY(at.isNull());
            }
        }
        QCOMPARE(verifiedCount, 1);
        Workspace workspace(WorkspaceLocation::fromString(m_cli.workspace()));
        workspace.open();
        const QList<VerificationRepository::Entry> entries =
            VerificationRepository(workspace).list(QStringLiteral("lab-dev"));
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first().backup, pagila.id);
        QCOMPARE(entries.first().actor, QStringLiteral("tester@lab"));
        QCOMPARE(entries.first().job, QStringLiteral("vjob"));
        QVERIFY(entries.first().ok && entries.first().proven);
        QCOMPARE(AuditLog(workspace).recent(1).value(0).action, QStringLiteral("verify.run"));

        // Its id is evidence a checklist item of the environment takes.
        const qint64 id = report.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        const Ran started = ctl({QStringLiteral("checklist"), QStringLiteral("start"),
                                 QStringLiteral("backup-restore-drill"), QStringLiteral("--env"),
                                 QStringLiteral("lab-dev"), QStringLiteral("--release"),
                                 QStringLiteral("r1"), QStringLiteral("--json")});
        QVERIFY2(started.exitCode == 0, started.err.constData());
        const Ran attached =
            ctl({QStringLiteral("checklist"), QStringLiteral("set"),
                 QString::number(started.json().value(QStringLiteral("id")).toInteger()),
                 QStringLiteral("1"), QStringLiteral("pass"), QStringLiteral("--evidence"),
                 QStringLiteral("verification:%1").arg(id), QStringLiteral("--json")});
        QVERIFY2(attached.exitCode == 0, attached.err.constData());
    }

    // One byte changed in the file: the checksum step fails, naming the SHA-256, and nothing
    // is restored.
    void aChangedByteFailsBeforeAnyRestore()
    {
        const BackupJob vjob = job(QStringLiteral("vjob"), {});
        const BackupRecord fixture = recordOf(vjob, m_fixture);
        QByteArray bytes = readAll(folder(vjob) + QLatin1Char('/') + fixture.file);
        QVERIFY(bytes.size() > 1000);
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
        addRecord(vjob, fixture, QStringLiteral("flipped-database-fixture"), bytes, false);
        const Ran verified = verify({QStringLiteral("flipped-database-fixture")});
        QCOMPARE(verified.exitCode, 1);
        const QJsonObject report = verified.json();
        QVERIFY(!report.value(QStringLiteral("ok")).toBool());
        QCOMPARE(step(report, 0).value(QStringLiteral("state")).toString(),
                 QStringLiteral("failed"));
        QVERIFY2(step(report, 0)
                     .value(QStringLiteral("detail"))
                     .toString()
                     .contains(QStringLiteral("SHA-256 mismatch")),
                 verified.out.constData());
        QCOMPARE(step(report, 1).value(QStringLiteral("state")).toString(),
                 QStringLiteral("skipped"));
        QVERIFY(report.value(QStringLiteral("tables")).toArray().isEmpty());
        QCOMPARE(report.value(QStringLiteral("target"))
                     .toObject()
                     .value(QStringLiteral("database"))
                     .toString(),
                 QString());
        QCOMPARE(scratchDatabases(), QStringList());
    }

    // A dump cut in half (its manifest line written for what is there): pg_restore's error.
    void aTruncatedDumpFailsWithPgRestoresError()
    {
        const BackupJob vjob = job(QStringLiteral("vjob"), {});
        const BackupRecord fixture = recordOf(vjob, m_fixture);
        const QByteArray bytes = readAll(folder(vjob) + QLatin1Char('/') + fixture.file);
        addRecord(vjob, fixture, QStringLiteral("truncated-database-fixture"),
                  bytes.left(bytes.size() * 2 / 3), true);
        const Ran verified = verify({QStringLiteral("truncated-database-fixture")});
        QCOMPARE(verified.exitCode, 1);
        const QJsonObject report = verified.json();
        QCOMPARE(step(report, 0).value(QStringLiteral("state")).toString(),
                 QStringLiteral("passed"));
        QCOMPARE(step(report, 1).value(QStringLiteral("state")).toString(),
                 QStringLiteral("failed"));
        const QJsonArray errors = report.value(QStringLiteral("errors")).toArray();
        QVERIFY2(std::any_of(errors.begin(), errors.end(),
                             [](const QJsonValue &error) {
                                 return error.toString().startsWith(
                                     QStringLiteral("pg_restore: error:"));
                             }),
                 verified.out.constData());
        QCOMPARE(step(report, 3).value(QStringLiteral("state")).toString(),
                 QStringLiteral("passed"));
        QCOMPARE(scratchDatabases(), QStringList());
    }

    // The manifest's figures taken, then one order deleted, then the dump: the verification
    // fails on orders alone.
    void aManifestThatDisagreesFailsOnThatTableOnly()
    {
        const BackupJob vjob = job(QStringLiteral("vjob"), {});
        const BackupRecord fixture = recordOf(vjob, m_fixture);
        const QList<TableChecksum> before = TableChecksumSql::parse(
            psql(m_fixture, "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;\n" +
                                TableChecksumSql::psqlScript().toUtf8() + "\nCOMMIT;\n"));
        QCOMPARE(before, fixture.tables);
        psql(m_fixture, "DELETE FROM orders WHERE id = 4242;\n");
        const QByteArray dump = fixtureDump();
        QVERIFY(dump.startsWith("PGDMP"));
        addRecord(vjob, fixture, QStringLiteral("disagrees-database-fixture"), dump, true);
        const Ran verified = verify({QStringLiteral("disagrees-database-fixture")});
        QCOMPARE(verified.exitCode, 1);
        const QJsonObject report = verified.json();
        QVERIFY(report.value(QStringLiteral("proven")).toBool());
        const QJsonArray tables = report.value(QStringLiteral("tables")).toArray();
        QCOMPARE(tables.size(), 2);
        const QJsonObject first = tables.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("orders"));
        QCOMPARE(first.value(QStringLiteral("checksum_match")).toBool(), false);
        QCOMPARE(first.value(QStringLiteral("rows_expected")).toInt(), 5000);
        QCOMPARE(first.value(QStringLiteral("rows_restored")).toInt(), 4999);
        QCOMPARE(tables.at(1).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("customers"));
        QVERIFY(tables.at(1).toObject().value(QStringLiteral("checksum_match")).toBool());
        QCOMPARE(step(report, 1).value(QStringLiteral("state")).toString(),
                 QStringLiteral("passed"));
        QCOMPARE(step(report, 2).value(QStringLiteral("state")).toString(),
                 QStringLiteral("failed"));
        QVERIFY(step(report, 2)
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("public.orders")));
        QVERIFY(!step(report, 2)
                     .value(QStringLiteral("detail"))
                     .toString()
                     .contains(QStringLiteral("customers")));
        psql(m_fixture, "INSERT INTO orders (id, customer, amount, placed) VALUES (4242, 43, "
                        "4242 / 7.0, '2026-01-01'::timestamptz + 4242 * interval '1 minute');\n");
    }

    // A plain pg_dump -Fc of another tool, a file here: restored, its figures shown and kept
    // as the baseline, nothing proven, exit 0.
    void aDumpWithoutManifestGivesTheBaseline()
    {
        const QByteArray dump = fixtureDump();
        const QString file =
            writeFile(m_dir.filePath(QStringLiteral("other tool/fixture.dump")), dump);
        const Ran verified = verify({file});
        QJsonObject report;
        expectBaseline(verified, file, report);
        if (QTest::currentTestFailed())
            return;
        const QJsonArray tables = report.value(QStringLiteral("tables")).toArray();
        for (const QJsonValue &value : tables) {
            QVERIFY(value.toObject().value(QStringLiteral("rows_expected")).isNull());
            QVERIFY(value.toObject().value(QStringLiteral("checksum_match")).isNull());
        }
        QCOMPARE(tables.at(0).toObject().value(QStringLiteral("rows_restored")).toInt(), 200);
        QCOMPARE(tables.at(1).toObject().value(QStringLiteral("rows_restored")).toInt(), 5000);
        // The baseline: the restored figures, the same as the live database's.
        Workspace workspace(WorkspaceLocation::fromString(m_cli.workspace()));
        workspace.open();
        const VerificationRepository::Entry entry =
            VerificationRepository(workspace).list(QStringLiteral("lab-dev"), 1).value(0);
        QCOMPARE(entry.backup, file);
        QVERIFY(!entry.proven);
        const QList<TableChecksum> live =
            TableChecksumSql::parse(psql(m_fixture, TableChecksumSql::psqlScript(false).toUtf8()));
        const QJsonArray stored = entry.figures.value(QStringLiteral("tables")).toArray();
        QCOMPARE(stored.size(), live.size());
        for (qsizetype i = 0; i < live.size(); ++i) {
            QCOMPARE(stored.at(i).toObject().value(QStringLiteral("checksum_restored")).toString(),
                     live.at(i).checksum);
        }
        QCOMPARE(scratchDatabases(), QStringList());
    }

    // --on-host: a dump or archive no job made, where it lies on the environment's host (the
    // lab's host is this machine, reached over its sshd); copied here first when the target
    // server is on another host.
    void aFileOnTheHostIsVerifiedWhereItLies()
    {
        const QByteArray dump = fixtureDump();
        const QString file =
            writeFile(m_dir.filePath(QStringLiteral("on the host/it's $here.dump")), dump);
        const Ran verified = verify({QStringLiteral("--on-host"), file});
        QJsonObject report;
        expectBaseline(verified, file, report);
        if (QTest::currentTestFailed())
            return;
        const QJsonArray tables = report.value(QStringLiteral("tables")).toArray();
        QCOMPARE(tables.at(1).toObject().value(QStringLiteral("rows_restored")).toInt(), 5000);
        QCOMPARE(step(report, 0).value(QStringLiteral("detail")).toString(),
                 QStringLiteral("SHA-256 %1 (no manifest to compare with)").arg(sha256Of(dump)));

        // A target server on another host (here the same sshd by another name): the file is
        // copied here, then restored there.
        const Ran copied = verify({QStringLiteral("--on-host"), file, QStringLiteral("--target"),
                                   otherHostEnvironment().name});
        QVERIFY2(copied.exitCode == 0, copied.err.constData() + copied.out);
        QVERIFY(copied.json().value(QStringLiteral("ok")).toBool());

        // An archive on the host: read through the SSH connection, listed.
        const QString tree = m_dir.filePath(QStringLiteral("host tree"));
        writeFile(tree + QStringLiteral("/a.txt"), "alpha\n");
        writeFile(tree + QStringLiteral("/sub/b.bin"), QByteArray(3000, '\x02'));
        const QString archive = m_dir.filePath(QStringLiteral("on the host/tree.tar.gz"));
        QCOMPARE(run(QStringLiteral("tar"), {QStringLiteral("-czf"), archive, QStringLiteral("-C"),
                                             tree, QStringLiteral(".")})
                     .exitCode,
                 0);
        const Ran listed = verify({QStringLiteral("--on-host"), archive});
        QVERIFY2(listed.exitCode == 0, listed.err.constData() + listed.out);
        QVERIFY(!listed.json().value(QStringLiteral("proven")).toBool());
        QCOMPARE(listed.json().value(QStringLiteral("backup")).toString(), archive);

        // A path that is not there: one error that names it and the host, nothing restored.
        const QString missing = m_dir.filePath(QStringLiteral("on the host/no such.dump"));
        const qsizetype stored = storedVerifications();
        const Ran absent = verify({QStringLiteral("--on-host"), missing});
        QCOMPARE(absent.exitCode, 2);
        QVERIFY2(absent.err.contains(missing.toUtf8() + " cannot be read on "),
                 absent.err.constData());
        QCOMPARE(scratchDatabases(), QStringList());
        QCOMPARE(storedVerifications(), stored);
    }

    // A wrong path on the host with the target server on another host: the same one error,
    // before the target is reached or a copy begun; no verification is stored.
    void aWrongPathOnTheHostIsOneErrorWhateverTheTarget()
    {
        const QString missing = m_dir.filePath(QStringLiteral("on the host/not $(here).dump"));
        const Environment other = otherHostEnvironment();
        const qsizetype stored = storedVerifications();
        const Ran absent =
            verify({QStringLiteral("--on-host"), missing, QStringLiteral("--target"), other.name});
        QCOMPARE(absent.exitCode, 2);
        QVERIFY2(absent.err.contains("blihopsctl: " + missing.toUtf8() + " cannot be read on ") &&
                     absent.err.contains(" Check the path."),
                 absent.err.constData());
        QVERIFY2(!absent.err.contains("SHA-256 of the file"), absent.err.constData()); // no step
        QVERIFY(absent.out.isEmpty());
        QCOMPARE(storedVerifications(), stored);

        // The setup itself: Error(BadInput) naming the path and the host, the target's host
        // never reached.
        const HostKeyStore keys = bothNamesKeys();
        const Environment environment = labDevEnvironment();
        BackupHost host = BackupHost::connect(environment, keys);
        const QString display = host.display();
        bool reached = false;
        try {
            VerificationSetup setup(environment, other, std::move(host), std::nullopt,
                                    {missing, true}, [&](const Environment &target) {
                                        reached = true;
                                        return BackupHost::connect(target, keys);
                                    });
            QFAIL("a wrong path on the host was taken");
        } catch (const Error &error) {
            QCOMPARE(error.kind(), ErrorKind::BadInput);
            QVERIFY2(error.message().startsWith(
                         QStringLiteral("%1 cannot be read on %2: ").arg(missing, display)),
                     qPrintable(error.message()));
        }
        QVERIFY(!reached);
        QCOMPARE(storedVerifications(), stored);
        QCOMPARE(scratchDatabases(), QStringList());
    }

    // Cancelled while a file on the host is copied here for a target server on another host:
    // the copy shows its progress and stops at once; the verification ends cancelled, not
    // failed, and no copy is left here.
    void cancelDuringTheCopyFromTheHostLeavesNothing()
    {
        // Big enough (200 MB) that its copy over the lab's sshd takes a while; a dump by its
        // first bytes.
        const QString big = m_dir.filePath(QStringLiteral("on the host/big.dump"));
        QCOMPARE(run(QStringLiteral("sh"),
                     {QStringLiteral("-c"),
                      QStringLiteral("{ printf PGDMP; head -c 200000000 /dev/urandom; } >\"$1\""),
                      QStringLiteral("sh"), big})
                     .exitCode,
                 0);
        const auto removeBig = qScopeGuard([&big] { QFile::remove(big); });
        // Where the verification's copy goes.
        QTemporaryDir temporary;
        QVERIFY(temporary.isValid());
        const QByteArray tmpdir = qgetenv("TMPDIR");
        qputenv("TMPDIR", temporary.path().toUtf8());
        const auto restoreTmpdir = qScopeGuard([&tmpdir] {
            if (tmpdir.isEmpty())
                qunsetenv("TMPDIR");
            else
                qputenv("TMPDIR", tmpdir);
        });
        const Environment other = otherHostEnvironment();
        const HostKeyStore keys = bothNamesKeys();
        const Environment environment = labDevEnvironment();
        VerificationSetup setup(
            environment, other, BackupHost::connect(environment, keys), std::nullopt, {big, true},
            [&keys](const Environment &target) { return BackupHost::connect(target, keys); });
        QVERIFY(!setup.storage());
        RestoreVerification verification = setup.verification();
        int cancelledAt = -1;
        int highest = 0; // the copy's progress, also after the cancel
        verification.setProgress([&](const VerifyReport &report) {
            const VerifyStep &checksum = report.step(VerifyStep::Kind::Checksum);
            highest = std::max(highest, checksum.percent);
            if (checksum.state == VerifyStep::State::Running && checksum.percent > 0 &&
                !verification.isCancelled()) {
                cancelledAt = checksum.percent;
                verification.cancel();
            }
        });
        const VerifyReport report = verification.run();
        QVERIFY2(cancelledAt > 0 && cancelledAt < 90, qPrintable(QString::number(cancelledAt)));
        // The copy stopped where it was cancelled: it never came to its end.
        QVERIFY2(highest < 99, qPrintable(QString::number(highest)));
        QVERIFY(report.cancelled);
        QVERIFY(!report.ok());
        QCOMPARE(report.step(VerifyStep::Kind::Checksum).state, VerifyStep::State::Cancelled);
        QCOMPARE(report.step(VerifyStep::Kind::Restore).state, VerifyStep::State::Cancelled);
        QCOMPARE(report.step(VerifyStep::Kind::Compare).state, VerifyStep::State::Cancelled);
        QCOMPARE(report.step(VerifyStep::Kind::Cleanup).state, VerifyStep::State::Cancelled);
        QCOMPARE(report.errors, QStringList());
        // Nothing of the copy is here, while the verification still exists.
        QCOMPARE(QDir(temporary.path())
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
        QCOMPARE(scratchDatabases(), QStringList());
        QCOMPARE(scratchFiles(), QByteArray());
    }

    // Cancelled while pg_restore runs: the restore stops, the scratch database and the copied
    // dump are gone.
    void cancelDuringTheRestoreLeavesNothing()
    {
        const BackupJob vbulk = job(QStringLiteral("vbulk"), {m_bulk});
        BackupHost host = labHost();
        const std::unique_ptr<RestoreVerification> verification =
            onTheLab(host, vbulk, recordOf(vbulk, m_bulk).id);
        QVERIFY(verification);
        QString seenDatabase;
        verification->setProgress([&](const VerifyReport &report) {
            const VerifyStep &restore = report.step(VerifyStep::Kind::Restore);
            // pg_restore has begun the tables' data.
            if (restore.state == VerifyStep::State::Running && restore.percent > 0 &&
                !verification->isCancelled()) {
                seenDatabase = scratchDatabases().join(u' ');
                verification->cancel();
            }
        });
        const VerifyReport report = verification->run();
        QCOMPARE(seenDatabase, report.targetDatabase);
        QVERIFY(report.cancelled);
        QVERIFY(!report.ok());
        QCOMPARE(report.step(VerifyStep::Kind::Restore).state, VerifyStep::State::Cancelled);
        QCOMPARE(report.step(VerifyStep::Kind::Compare).state, VerifyStep::State::Cancelled);
        QCOMPARE(report.step(VerifyStep::Kind::Cleanup).state, VerifyStep::State::Passed);
        QCOMPARE(scratchDatabases(), QStringList());
        QCOMPARE(scratchFiles(), QByteArray());
    }

    // SIGINT to a CLI verification: it cancels, drops the scratch database, exits 1.
    void interruptingTheCliCancels()
    {
        const QString id = recordOf(job(QStringLiteral("vbulk"), {}), m_bulk).id;
        bool sent = false;
        const Ran verified = verify({id}, [&](QProcess &process, const QByteArray &err) {
            if (!sent && err.contains("Restore…") && !scratchDatabases().isEmpty()) {
                sent = true;
                ::kill(pid_t(process.processId()), SIGINT);
            }
        });
        QVERIFY(sent);
        QCOMPARE(verified.exitCode, 1);
        QVERIFY(verified.json().value(QStringLiteral("cancelled")).toBool());
        QCOMPARE(scratchDatabases(), QStringList());
    }

    // A CLI killed half-way leaves its scratch database; the next run warns of it, and
    // --cleanup removes it.
    void aKilledCliIsCleanedUpByTheNextRun()
    {
        const QString id = recordOf(job(QStringLiteral("vbulk"), {}), m_bulk).id;
        bool killed = false;
        verify({id}, [&](QProcess &process, const QByteArray &err) {
            if (!killed && err.contains("Restore…") && !scratchDatabases().isEmpty()) {
                killed = true;
                process.kill();
            }
        });
        QVERIFY(killed);
        const QStringList left = scratchDatabases();
        QCOMPARE(left.size(), 1);
        const Ran warned = verify({m_dir.filePath(QStringLiteral("other tool/fixture.dump"))});
        QCOMPARE(warned.exitCode, 0);
        QVERIFY2(warned.err.contains(left.first().toUtf8() + " on the server of lab-dev was left"),
                 warned.err.constData());
        QCOMPARE(scratchDatabases(), left);
        const Ran cleaned = verify({QStringLiteral("--cleanup")});
        QVERIFY2(cleaned.exitCode == 0, cleaned.err.constData());
        QCOMPARE(cleaned.json().value(QStringLiteral("removed")).toArray(),
                 QJsonArray::fromStringList(left));
        QCOMPARE(scratchDatabases(), QStringList());
        QCOMPARE(scratchFiles(), QByteArray());
    }

    // A storage archive against the file list of another run of its job (one file changed,
    // one deleted, one added since): all three listed by path; the archive cut short is
    // named truncated; each streamed from the host, nothing restored.
    void aStorageArchiveListsChangedMissingAndExtra()
    {
        const QString tree = m_dir.filePath(QStringLiteral("tree"));
        for (int i = 0; i < 50; ++i)
            writeFile(QStringLiteral("%1/dir %2/file-%3.txt").arg(tree).arg(i % 5).arg(i),
                      QByteArray(1000 + i * 37, char('a' + i % 26)));
        writeFile(tree + QStringLiteral("/changes.txt"), "before\n");
        writeFile(tree + QStringLiteral("/goes away.bin"), QByteArray(4096, '\x01'));
        BackupJob storage = job(QStringLiteral("vfiles"), {});
        storage.databaseService.clear();
        storage.paths = {tree};
        const QList<BackupRecord> first = backUp(storage);
        QCOMPARE(first.size(), 1);
        QVERIFY(first.first().ok);
        QCOMPARE(first.first().files.size(), 52);

        // The archive passes as it is.
        const Ran good = verify({first.first().id});
        QVERIFY2(good.exitCode == 0, good.err.constData() + good.out);
        QVERIFY(good.json().value(QStringLiteral("proven")).toBool());
        QCOMPARE(step(good.json(), 1).value(QStringLiteral("state")).toString(),
                 QStringLiteral("skipped"));

        writeFile(tree + QStringLiteral("/changes.txt"), "after\n");
        QVERIFY(QFile::remove(tree + QStringLiteral("/goes away.bin")));
        writeFile(tree + QStringLiteral("/dir 1/new file.txt"), "new\n");
        const QList<BackupRecord> both = backUp(storage);
        QCOMPARE(both.size(), 2);
        const BackupRecord &second = both.at(1);
        const QString archive =
            BackupScript::storageFolder(storage) + QLatin1Char('/') + second.file;
        BackupRecord mixed = first.first();
        mixed.id = QStringLiteral("mixed-storage-tree");
        mixed.file = second.file;
        mixed.sha256 = second.sha256;
        mixed.size = second.size;
        QFile manifestFile(BackupScript::storageFolder(storage) + QLatin1Char('/') +
                           BackupManifest::fileName());
        QVERIFY(manifestFile.open(QIODevice::Append));
        manifestFile.write(BackupManifest::line(mixed));
        const QByteArray bytes = readAll(archive);
        BackupRecord cut = second;
        cut.id = QStringLiteral("cut-storage-tree");
        cut.file = QStringLiteral("cut.tar.") + second.file.section(u'.', -1);
        const QByteArray half = bytes.left(bytes.size() / 2);
        cut.sha256 = sha256Of(half);
        cut.size = half.size();
        writeFile(BackupScript::storageFolder(storage) + QLatin1Char('/') + cut.file, half);
        manifestFile.write(BackupManifest::line(cut));
        manifestFile.close();

        const Ran verified = verify({QStringLiteral("mixed-storage-tree")});
        QCOMPARE(verified.exitCode, 1);
        const QJsonObject files = verified.json().value(QStringLiteral("files")).toObject();
        QCOMPARE(files.value(QStringLiteral("changed")).toArray(),
                 QJsonArray{QStringLiteral("changes.txt")});
        QCOMPARE(files.value(QStringLiteral("missing")).toArray(),
                 QJsonArray{QStringLiteral("goes away.bin")});
        QCOMPARE(files.value(QStringLiteral("extra")).toArray(),
                 QJsonArray{QStringLiteral("dir 1/new file.txt")});
        QCOMPARE(step(verified.json(), 2).value(QStringLiteral("state")).toString(),
                 QStringLiteral("failed"));

        const Ran truncated = verify({QStringLiteral("cut-storage-tree")});
        QCOMPARE(truncated.exitCode, 1);
        const QJsonArray errors = truncated.json().value(QStringLiteral("errors")).toArray();
        QVERIFY2(errors.size() == 1 &&
                     errors.at(0).toString().contains(QStringLiteral("truncated")),
                 truncated.out.constData());
        QVERIFY(!truncated.json()
                     .value(QStringLiteral("files"))
                     .toObject()
                     .value(QStringLiteral("missing"))
                     .toArray()
                     .isEmpty());

        // The same archive as a file here, without a manifest: read, nothing to prove.
        const Ran local = verify({archive});
        QVERIFY2(local.exitCode == 0, local.err.constData() + local.out);
        QVERIFY(!local.json().value(QStringLiteral("proven")).toBool());
    }

    // One byte of a storage archive changed, its manifest line the original's: the archive is
    // read once, and the checksum step fails, naming the SHA-256; its files get no verdict.
    void aChangedArchiveByteFailsOnTheChecksum()
    {
        const BackupRecord big = bigStorage();
        QVERIFY(!big.id.isEmpty());
        const QString folder = BackupScript::storageFolder(bigStorageJob());
        QByteArray bytes = readAll(folder + QLatin1Char('/') + big.file);
        QVERIFY(bytes.size() > (4 << 20));
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
        BackupRecord flipped = big;
        flipped.id = QStringLiteral("flipped-storage-tree");
        flipped.file = QStringLiteral("flipped.tar.") + big.file.section(u'.', -1);
        writeFile(folder + QLatin1Char('/') + flipped.file, bytes);
        QFile manifestFile(folder + QLatin1Char('/') + BackupManifest::fileName());
        QVERIFY(manifestFile.open(QIODevice::Append));
        manifestFile.write(BackupManifest::line(flipped));
        manifestFile.close();

        const Ran verified = verify({flipped.id});
        QCOMPARE(verified.exitCode, 1);
        const QJsonObject report = verified.json();
        QVERIFY(!report.value(QStringLiteral("ok")).toBool());
        QCOMPARE(step(report, 0).value(QStringLiteral("state")).toString(),
                 QStringLiteral("failed"));
        const QString detail = step(report, 0).value(QStringLiteral("detail")).toString();
        QVERIFY2(detail.contains(QStringLiteral("SHA-256 mismatch")) &&
                     detail.contains(sha256Of(bytes)) && detail.contains(big.sha256),
                 verified.out.constData());
        QCOMPARE(step(report, 2).value(QStringLiteral("state")).toString(),
                 QStringLiteral("skipped"));
        QCOMPARE(report.value(QStringLiteral("errors")).toArray(), QJsonArray{detail});
        const QJsonObject files = report.value(QStringLiteral("files")).toObject();
        for (const QString &list :
             {QStringLiteral("missing"), QStringLiteral("extra"), QStringLiteral("changed")})
            QVERIFY2(files.value(list).toArray().isEmpty(), verified.out.constData());

        // The archive as it was passes: its file verdicts count.
        const Ran good = verify({big.id});
        QVERIFY2(good.exitCode == 0, good.err.constData() + good.out);
        QCOMPARE(step(good.json(), 0).value(QStringLiteral("detail")).toString(),
                 QStringLiteral("SHA-256 %1 matches the manifest").arg(big.sha256));
    }

    // Cancelled while the archive streams from the host: both steps of its one read are
    // cancelled, nothing is proven, and the rest of the archive is not read.
    void cancelMidArchiveStopsTheRead()
    {
        const BackupRecord big = bigStorage();
        QVERIFY(!big.id.isEmpty());
        BackupHost host = labHost();
        const std::unique_ptr<RestoreVerification> verification =
            onTheLab(host, bigStorageJob(), big.id);
        QVERIFY(verification);
        int cancelledAt = -1;
        verification->setProgress([&](const VerifyReport &report) {
            const VerifyStep &compare = report.step(VerifyStep::Kind::Compare);
            if (compare.state == VerifyStep::State::Running && compare.percent > 0 &&
                !verification->isCancelled()) {
                cancelledAt = compare.percent;
                verification->cancel();
            }
        });
        const VerifyReport report = verification->run();
        QVERIFY2(cancelledAt > 0 && cancelledAt < 50, qPrintable(QString::number(cancelledAt)));
        QVERIFY(report.cancelled);
        QVERIFY(!report.ok());
        QVERIFY(!report.proven);
        QCOMPARE(report.step(VerifyStep::Kind::Checksum).state, VerifyStep::State::Cancelled);
        QCOMPARE(report.step(VerifyStep::Kind::Restore).state, VerifyStep::State::Skipped);
        QCOMPARE(report.step(VerifyStep::Kind::Compare).state, VerifyStep::State::Cancelled);
        QCOMPARE(report.step(VerifyStep::Kind::Cleanup).state, VerifyStep::State::Cancelled);
        QVERIFY(report.step(VerifyStep::Kind::Compare).percent < 50);
        QCOMPARE(report.sha256, QString());
        QVERIFY(report.missing.isEmpty() && report.extra.isEmpty() && report.changed.isEmpty());
        QCOMPARE(report.errors, QStringList());
    }

    // Exit 2 for a file that is no dump and for production without its name, 3 for a host
    // that does not answer.
    void exitCodes()
    {
        const QString text = writeFile(m_dir.filePath(QStringLiteral("notes.txt")), "hello\n");
        const Ran notADump = verify({text});
        QCOMPARE(notADump.exitCode, 2);
        QVERIFY2(notADump.err.contains("neither a PostgreSQL custom-format dump"),
                 notADump.err.constData());
        QVERIFY(notADump.out.isEmpty());

        addEnvironment(QStringLiteral("lab-prod"), test::sshEngineUrl(),
                       QStringLiteral("production"));
        const QString dump = m_dir.filePath(QStringLiteral("other tool/fixture.dump"));
        const Ran refused = onHost({QStringLiteral("verify"), QStringLiteral("lab-prod"), dump});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--confirm lab-prod"), refused.err.constData());
        const Ran confirmed = onHost({QStringLiteral("verify"), QStringLiteral("lab-prod"), dump,
                                      QStringLiteral("--confirm"), QStringLiteral("lab-prod"),
                                      QStringLiteral("--json")});
        QVERIFY2(confirmed.exitCode == 0, confirmed.err.constData());
        // Another environment's server as the target.
        const Ran elsewhere = verify({dump, QStringLiteral("--target"), QStringLiteral("lab-prod"),
                                      QStringLiteral("--confirm"), QStringLiteral("lab-prod")});
        QVERIFY2(elsewhere.exitCode == 0, elsewhere.err.constData());
        QCOMPARE(elsewhere.json()
                     .value(QStringLiteral("target"))
                     .toObject()
                     .value(QStringLiteral("environment"))
                     .toString(),
                 QStringLiteral("lab-prod"));

        addEnvironment(QStringLiteral("lab-gone"),
                       QStringLiteral("ssh://root@127.0.0.1:1/var/run/docker.sock"),
                       QStringLiteral("development"));
        const Ran unreachable =
            onHost({QStringLiteral("verify"), QStringLiteral("lab-gone"), dump});
        QCOMPARE(unreachable.exitCode, 3);
        QVERIFY2(unreachable.err.startsWith("blihopsctl: "), unreachable.err.constData());
        QCOMPARE(scratchDatabases(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
