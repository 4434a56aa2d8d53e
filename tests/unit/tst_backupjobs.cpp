#include "TestData.h"
#include "TestWorkspace.h"
#include "backup/BackupHealthLog.h"
#include "backup/BackupJob.h"
#include "backup/BackupJobRepository.h"
#include "backup/BackupStatus.h"
#include "streams/EnvironmentFacts.h"
#include "util/Error.h"
#include "workspace/AuditLog.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/Workspace.h"

#include <QSqlQuery>
#include <QTest>

using namespace blihops;
using blihops::test::errorOf;
using blihops::test::TestWorkspace;

namespace {

BackupJob sampleJob(const QString &environment, const QString &name)
{
    BackupJob job;
    job.environment = environment;
    job.name = name;
    job.databaseService = QStringLiteral("postgres");
    job.databases = {QStringLiteral("blihops_db"), QStringLiteral("it's \"odd\"")};
    job.volumes = {QStringLiteral("blihops_app_storage")};
    job.paths = {QStringLiteral("/srv/uploads with space")};
    job.cron = QStringLiteral("0 */6 * * *");
    job.zone = QStringLiteral("Europe/Berlin");
    job.copyTo = QStringLiteral("ssh://backup@vault.example.org:2222/srv/copies");
    job.webhookUrl = QStringLiteral("https://hooks.example.org/services/T/B/X");
    job.scheduler = BackupJob::Scheduler::SystemdUser;
    job.verifyCron = QStringLiteral("30 3 * * 0");
    return job;
}

} // namespace

class TestBackupJob : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        const BackupJob job;
        QCOMPARE(job.keepDays, 30);
        QCOMPARE(job.keepMin, 3);
        QCOMPARE(job.databaseDestination, QStringLiteral("/backups/postgresql"));
        QCOMPARE(job.storageDestination, QStringLiteral("/backups/storage"));
        QCOMPARE(job.scheduler, BackupJob::Scheduler::Cron);
        QVERIFY(job.enabled);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("name slash") << "name"
                                    << "a/b"
                                    << "letters, digits";
        QTest::newRow("name empty") << "name"
                                    << ""
                                    << "letters, digits";
        QTest::newRow("cron") << "cron"
                              << "61 * * * *"
                              << "field 1 (minute)";
        QTest::newRow("verify cron") << "verifyCron"
                                     << "30 3 * * 8"
                                     << "the verification schedule: ";
        QTest::newRow("zone") << "zone"
                              << "Mars/Olympus"
                              << "time zone";
        QTest::newRow("dest") << "databaseDestination"
                              << "backups"
                              << "absolute path";
        QTest::newRow("copy") << "copyTo"
                              << "scp://x/y"
                              << "ssh://";
        QTest::newRow("webhook") << "webhookUrl"
                                 << "ftp://x"
                                 << "http";
        QTest::newRow("newline") << "path"
                                 << "/srv/a\nb"
                                 << "line break";
        QTest::newRow("nothing") << "nothing"
                                 << ""
                                 << "backs up nothing";
        QTest::newRow("no databases") << "databases"
                                      << ""
                                      << "at least one database";
    }

    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        BackupJob job = sampleJob(QStringLiteral("stage"), QStringLiteral("nightly"));
        job.validate();
        if (field == QLatin1String("name"))
            job.name = value;
        else if (field == QLatin1String("cron"))
            job.cron = value;
        else if (field == QLatin1String("verifyCron"))
            job.verifyCron = value;
        else if (field == QLatin1String("zone"))
            job.zone = value;
        else if (field == QLatin1String("databaseDestination"))
            job.databaseDestination = value;
        else if (field == QLatin1String("copyTo"))
            job.copyTo = value;
        else if (field == QLatin1String("webhookUrl"))
            job.webhookUrl = value;
        else if (field == QLatin1String("path"))
            job.paths = {value};
        else if (field == QLatin1String("databases"))
            job.databases.clear();
        else {
            job.databaseService.clear();
            job.databases.clear();
            job.volumes.clear();
            job.paths.clear();
        }
        const Error error = errorOf([&] { job.validate(); });
        QCOMPARE(error.kind(), ErrorKind::BadInput);
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
    }
};

class TestBackupJobRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_store;
    std::unique_ptr<Workspace> m_workspace;

    void addEnvironment(const QString &name)
    {
        Environment environment;
        environment.name = name;
        environment.engineUrl = QStringLiteral("unix:///var/run/docker.sock");
        environment.composeFiles = {QStringLiteral(BLIHOPS_TEST_DATA_DIR "/compose/base.yml")};
        environment.projectName = name;
        EnvironmentRepository(*m_workspace).add(environment);
    }

private slots:
    void initTestCase_data() { TestWorkspace::addBackendRows(); }

    void init()
    {
        BLIHOPS_INIT_BACKEND(m_store);
        m_workspace = std::make_unique<Workspace>(WorkspaceLocation::resolve(m_store->location()));
        m_workspace->open();
        addEnvironment(QStringLiteral("stage"));
        addEnvironment(QStringLiteral("prod"));
    }

    void cleanup()
    {
        m_workspace.reset();
        m_store.reset();
    }

    void roundTripWithAudit()
    {
        BackupJobRepository jobs(*m_workspace);
        const BackupJob added =
            jobs.add(sampleJob(QStringLiteral("stage"), QStringLiteral("nightly")));
        QVERIFY(added.id > 0);
        QCOMPARE(added.createdBy, QStringLiteral("tester@lab"));
        QVERIFY(added.createdAt.isValid());
        BackupJob expected = sampleJob(QStringLiteral("stage"), QStringLiteral("nightly"));
        expected.id = added.id;
        expected.createdAt = added.createdAt;
        expected.createdBy = added.createdBy;
        expected.updatedAt = added.updatedAt;
        expected.updatedBy = added.updatedBy;
        const BackupJob got = jobs.get(QStringLiteral("stage"), QStringLiteral("nightly"));
        QCOMPARE(got.databases, expected.databases);
        QCOMPARE(got.paths, expected.paths);
        QCOMPARE(got.volumes, expected.volumes);
        QCOMPARE(got.zone, expected.zone);
        QCOMPARE(got.cron, expected.cron);
        QCOMPARE(got.verifyCron, QStringLiteral("30 3 * * 0"));
        QCOMPARE(got.copyTo, expected.copyTo);
        QCOMPARE(got.webhookUrl, expected.webhookUrl);
        QCOMPARE(got.scheduler, BackupJob::Scheduler::SystemdUser);
        QCOMPARE(got.keepDays, 30);
        const AuditLog::Entry entry = AuditLog(*m_workspace).recent(1).first();
        QCOMPARE(entry.action, QStringLiteral("backup.job.add"));
        QCOMPARE(entry.subject, QStringLiteral("stage/nightly"));
        QCOMPARE(entry.actor, QStringLiteral("tester@lab"));

        jobs.add(sampleJob(QStringLiteral("prod"), QStringLiteral("nightly")));
        jobs.add(sampleJob(QStringLiteral("stage"), QStringLiteral("a-first")));
        QCOMPARE(jobs.list().size(), 3);
        QCOMPARE(jobs.list(QStringLiteral("stage")).first().name, QStringLiteral("a-first"));
        QCOMPARE(jobs.list().first().environment, QStringLiteral("prod"));
        QCOMPARE(errorOf([&] { jobs.list(QStringLiteral("nope")); }).kind(), ErrorKind::NotFound);
    }

    void duplicatesAndUnknowns()
    {
        BackupJobRepository jobs(*m_workspace);
        jobs.add(sampleJob(QStringLiteral("stage"), QStringLiteral("nightly")));
        QCOMPARE(errorOf([&] {
                     jobs.add(sampleJob(QStringLiteral("stage"), QStringLiteral("nightly")));
                 }).kind(),
                 ErrorKind::Conflict);
        QCOMPARE(
            errorOf([&] { jobs.get(QStringLiteral("stage"), QStringLiteral("weekly")); }).kind(),
            ErrorKind::NotFound);
        QCOMPARE(errorOf([&] {
                     jobs.add(sampleJob(QStringLiteral("nope"), QStringLiteral("x")));
                 }).kind(),
                 ErrorKind::NotFound);
        // A refused change leaves no audit entry behind (one transaction).
        QCOMPARE(AuditLog(*m_workspace).recent(10).first().action,
                 QStringLiteral("backup.job.add"));
    }

    // What a status check found, kept per environment: newest first, the alerts by kind,
    // and the dashboard's Backups column from it (amber with an alert, or a day after).
    void healthChecksFeedTheDashboard()
    {
        BackupJobRepository jobs(*m_workspace);
        const BackupJob nightly =
            jobs.add(sampleJob(QStringLiteral("stage"), QStringLiteral("nightly")));
        const auto column =
            [&](const QString &environment) -> std::optional<EnvironmentFacts::Fact> {
            for (const EnvironmentFacts::Row &row : EnvironmentFacts::collect(*m_workspace)) {
                if (row.environment != environment)
                    continue;
                for (const EnvironmentFacts::Fact &fact : row.facts) {
                    if (fact.column == QLatin1String("Backups"))
                        return fact;
                }
            }
            return std::nullopt;
        };
        BackupHealthLog log(*m_workspace);
        QVERIFY(!log.latest(QStringLiteral("stage")));
        QVERIFY(!column(QStringLiteral("prod"))); // no job: no column value
        QVERIFY(column(QStringLiteral("stage"))->text.contains(QLatin1String("not checked yet")));

        const QDateTime now = QDateTime::currentDateTimeUtc();
        BackupStatus failing;
        failing.job = nightly;
        BackupRecord run;
        run.started = now.addSecs(-7200);
        run.ok = false;
        failing.lastRun = run;
        failing.alerts = {
            {BackupAlerts::Kind::Failed, nightly.name, QStringLiteral("it failed"), run.started},
            {BackupAlerts::Kind::LowSpace, nightly.name, QStringLiteral("full"), {}}};
        log.record(QStringLiteral("stage"), {failing}, now.addSecs(-60));
        BackupStatus healthy = failing;
        healthy.alerts.clear();
        healthy.lastRun->ok = true;
        healthy.lastRun->started = now.addSecs(-3600);
        log.record(QStringLiteral("stage"), {healthy}, now.addSecs(-90000)); // older: not newest

        const std::optional<BackupHealthLog::Check> check = log.latest(QStringLiteral("stage"));
        QVERIFY(check);
        QCOMPARE(check->checkedBy, QStringLiteral("tester@lab"));
        QCOMPARE(check->jobs, 1);
        QCOMPARE(check->alerts.size(), 2);
        QCOMPARE(check->alerts.at(0).kind, BackupAlerts::Kind::Failed);
        QCOMPARE(check->alerts.at(0).since, run.started);
        QCOMPARE(check->alerts.at(1).kind, BackupAlerts::Kind::LowSpace);
        QVERIFY(!check->alerts.at(1).since.isValid());
        QCOMPARE(check->lastRunAt, run.started);
        QVERIFY(!check->lastRunOk);
        std::optional<EnvironmentFacts::Fact> fact = column(QStringLiteral("stage"));
        QVERIFY(!fact->ok);
        QVERIFY2(fact->text.contains(QLatin1String("nightly failing, nightly short of space")),
                 qPrintable(fact->text));

        log.record(QStringLiteral("stage"), {healthy}, now.addSecs(-30));
        fact = column(QStringLiteral("stage"));
        QVERIFY(fact->ok);
        QVERIFY2(fact->text.startsWith(QLatin1String("healthy, 1 job")) &&
                     fact->text.contains(QLatin1String("last run 1 h ago, ok; checked")),
                 qPrintable(fact->text));
        // A check from more than 90 days before the one recorded goes with it.
        log.record(QStringLiteral("stage"), {healthy},
                   now.addDays(-BackupHealthLog::kKeepDays - 1));
        log.record(QStringLiteral("stage"), {healthy}, now.addSecs(-20));
        // Knowledge a day old is no longer a reason for calm.
        log.record(QStringLiteral("prod"), {healthy}, now.addSecs(-2 * 86400));
        QVERIFY(!column(QStringLiteral("prod"))->ok);

        EnvironmentRepository(*m_workspace).remove(QStringLiteral("prod"));
        QSqlQuery count = m_workspace->exec(QStringLiteral("SELECT COUNT(*) FROM backup_checks"));
        count.next();
        QCOMPARE(count.value(0).toInt(), 4); // prod's went with it, and stage's oldest
    }

    void updateEnableRemove()
    {
        BackupJobRepository jobs(*m_workspace);
        jobs.add(sampleJob(QStringLiteral("stage"), QStringLiteral("nightly")));
        jobs.add(sampleJob(QStringLiteral("stage"), QStringLiteral("other")));
        BackupJob changed = sampleJob(QStringLiteral("stage"), QStringLiteral("daily"));
        changed.cron = QStringLiteral("@daily");
        changed.keepDays = 14;
        changed.copyTo.clear();
        changed.verifyCron.clear();
        const BackupJob updated =
            jobs.update(QStringLiteral("stage"), QStringLiteral("nightly"), changed);
        QCOMPARE(updated.cron, QStringLiteral("@daily"));
        QVERIFY(!updated.verifiesOnHost());
        QCOMPARE(updated.keepDays, 14);
        QVERIFY(updated.copyTo.isEmpty());
        QVERIFY(!jobs.find(QStringLiteral("stage"), QStringLiteral("nightly")));
        QCOMPARE(AuditLog(*m_workspace).recent(1).first().details,
                 QStringLiteral("renamed to daily"));
        QCOMPARE(errorOf([&] {
                     jobs.update(QStringLiteral("stage"), QStringLiteral("daily"),
                                 sampleJob(QStringLiteral("stage"), QStringLiteral("other")));
                 }).kind(),
                 ErrorKind::Conflict);
        QCOMPARE(errorOf([&] {
                     jobs.update(QStringLiteral("stage"), QStringLiteral("daily"),
                                 sampleJob(QStringLiteral("prod"), QStringLiteral("daily")));
                 }).kind(),
                 ErrorKind::BadInput);

        jobs.setEnabled(QStringLiteral("stage"), QStringLiteral("daily"), false);
        QVERIFY(!jobs.get(QStringLiteral("stage"), QStringLiteral("daily")).enabled);
        QCOMPARE(AuditLog(*m_workspace).recent(1).first().action,
                 QStringLiteral("backup.job.disable"));
        jobs.setEnabled(QStringLiteral("stage"), QStringLiteral("daily"), true);
        QVERIFY(jobs.get(QStringLiteral("stage"), QStringLiteral("daily")).enabled);

        jobs.remove(QStringLiteral("stage"), QStringLiteral("daily"));
        QCOMPARE(jobs.list(QStringLiteral("stage")).size(), 1);
        QCOMPARE(AuditLog(*m_workspace).recent(1).first().action,
                 QStringLiteral("backup.job.remove"));
        QCOMPARE(
            errorOf([&] { jobs.remove(QStringLiteral("stage"), QStringLiteral("daily")); }).kind(),
            ErrorKind::NotFound);
    }

    // Removing the environment removes its jobs.
    void environmentRemovalCascades()
    {
        BackupJobRepository jobs(*m_workspace);
        jobs.add(sampleJob(QStringLiteral("stage"), QStringLiteral("nightly")));
        EnvironmentRepository(*m_workspace).remove(QStringLiteral("stage"));
        QCOMPARE(jobs.list().size(), 0);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestBackupJob job;
    TestBackupJobRepository repository;
    return blihops::test::runTests(argc, argv, {&job, &repository});
}

#include "tst_backupjobs.moc"
