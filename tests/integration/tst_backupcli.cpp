#include "HttpSink.h"
#include "LabCli.h"
#include "Require.h"
#include "StoppedStack.h"
#include "TestData.h"
#include "backup/BackupHealthLog.h"
#include "backup/BackupManifest.h"
#include "backup/CrontabBlock.h"
#include "backup/HostVerification.h"
#include "streams/EnvironmentFacts.h"
#include "workspace/AuditLog.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace blihops;
using blihops::test::HttpSink;
using blihops::test::labValue;
using blihops::test::visibleFiles;
using blihops::test::writeFile;

namespace {

using blihops::test::Ran;

// With the event loop running: the test's webhook server must answer while the CLI waits for
// the host's script.
Ran run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    return test::runWithEvents(program, arguments, input, environment);
}

QByteArray crontab()
{
    const Ran listed = run(QStringLiteral("crontab"), {QStringLiteral("-l")});
    return listed.exitCode == 0 ? listed.out : QByteArray();
}

void setCrontab(const QByteArray &text)
{
    if (run(QStringLiteral("crontab"), {QStringLiteral("-")}, text).exitCode != 0)
        qFatal("crontab - failed");
}

QString sha256sum(const QString &path)
{
    return QString::fromLatin1(
        run(QStringLiteral("sha256sum"), {QStringLiteral("--"), path}).out.left(64));
}

// A user's own crontab, with what such files hold: variables, comments, blank lines, a job
// that never runs (31 February) and no blihops block.
const QByteArray kUserCrontab = "# my own jobs, edited by hand\n"
                                "MAILTO=\"ops@example.org\"\n"
                                "SHELL=/bin/sh\n"
                                "\n"
                                "17 3 31 2 *\ttrue # never: 31 February  \n"
                                "# END blihops job somebody/else (a look-alike comment)\n";

} // namespace

// blihopsctl backup ... end to end over the lab's sshd: a job installed into the login's
// crontab really runs under the lab's cron, the catalog is read back from the host, prune
// deletes exactly what retention lets go, and a failing run reaches the webhook and the exit
// status of `backup status`.
class TestBackupCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::LabCli m_cli;
    QByteArray m_originalCrontab;
    bool m_hadCrontab = false;

    Ran ctl(const QStringList &arguments) { return m_cli.ctl(arguments); }

    // A command that reaches the host: the lab's host key trusted on first use.
    Ran onHost(const QStringList &arguments)
    {
        return ctl(arguments +
                   QStringList{QStringLiteral("--trust-host-key"), test::labSshFingerprint()});
    }

    void addEnvironment(const QString &name, const QString &project, const QString &compose,
                        const QString &tier = QStringLiteral("development"))
    {
        const Ran added =
            ctl({QStringLiteral("env"), QStringLiteral("add"), name, QStringLiteral("--engine"),
                 test::sshEngineUrl(), QStringLiteral("--compose"), compose,
                 QStringLiteral("--env-file"), m_cli.envFile(), QStringLiteral("--project-name"),
                 project, QStringLiteral("--tier"), tier});
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }

    QJsonArray backups(const QString &environment, const QString &job)
    {
        const Ran listed = onHost({QStringLiteral("backup"), QStringLiteral("list"), environment,
                                   QStringLiteral("--job"), job, QStringLiteral("--json")});
        if (listed.exitCode != 0)
            qWarning("backup list: %s", listed.err.constData());
        return listed.json().value(QStringLiteral("backups")).toArray();
    }

    QStringList auditActions()
    {
        Workspace opened(WorkspaceLocation::fromString(m_cli.workspace()));
        opened.open();
        QStringList actions;
        for (const AuditLog::Entry &entry : AuditLog(opened).recent(200)) {
            if (entry.action.startsWith(QLatin1String("backup.")))
                actions << entry.action + QLatin1Char(' ') + entry.actor;
        }
        return actions;
    }

private slots:
    void initTestCase()
    {
        BLIHOPS_REQUIRE(!labValue("BLIHOPS_TEST_SSH_PORT").isEmpty() &&
                            !labValue("BLIHOPS_LAB_DEV_PROJECT").isEmpty(),
                        "the lab's sshd and stacks are not running: tests/lab/lab.sh up and "
                        "eval \"$(tests/lab/lab.sh env)\"");
        BLIHOPS_REQUIRE(!labValue("BLIHOPS_TEST_CRON_PID").isEmpty(),
                        "the lab's cron is not running: tests/lab/lab.sh up cron");
        BLIHOPS_REQUIRE(!labValue("BLIHOPS_LAB_DEV_PAGILA_DB").isEmpty(),
                        "the lab's PostgreSQL has no Pagila (the corpus is missing)");
        const QString agent = m_cli.start(m_dir.path());
        QVERIFY2(agent.isEmpty(), qPrintable(agent));
        m_hadCrontab = run(QStringLiteral("crontab"), {QStringLiteral("-l")}).exitCode == 0;
        m_originalCrontab = crontab();
        addEnvironment(QStringLiteral("lab-dev"), labValue("BLIHOPS_LAB_DEV_PROJECT"),
                       labValue("BLIHOPS_LAB_DEV_COMPOSE"));
    }

    void cleanupTestCase()
    {
        // The login's crontab as it was, or none again.
        if (m_cli.started() && m_hadCrontab)
            setCrontab(m_originalCrontab);
        else if (m_cli.started())
            run(QStringLiteral("crontab"), {QStringLiteral("-r")});
    }

    // Installed with every-minute cron into a destination whose name is a shell injection:
    // cron really starts it, the catalog shows its dump with the file's SHA-256, the user's
    // own crontab lines survive install and removal byte for byte, nothing is injected.
    void aScheduleFiresUnderCron()
    {
        setCrontab(kUserCrontab);
        const QString sentinel = m_dir.filePath(QStringLiteral("SENTINEL"));
        const QString destination = m_dir.filePath(
            QStringLiteral("it's a \"dest\" $(touch %1); `touch %1`; x").arg(sentinel));
        const Ran installed = onHost(
            {QStringLiteral("backup"), QStringLiteral("schedule"), QStringLiteral("install"),
             QStringLiteral("lab-dev"), QStringLiteral("minutely"), QStringLiteral("--database"),
             QStringLiteral("postgres:") + labValue("BLIHOPS_LAB_DEV_PAGILA_DB"),
             QStringLiteral("--cron"), QStringLiteral("* * * * *"), QStringLiteral("--dest"),
             destination, QStringLiteral("--json")});
        QVERIFY2(installed.exitCode == 0, installed.err.constData());
        const QJsonObject job = installed.json();
        QCOMPARE(job.value(QStringLiteral("scheduler")).toString(), QStringLiteral("cron"));
        QCOMPARE(job.value(QStringLiteral("next_runs")).toArray().size(), 5);
        const QString script = job.value(QStringLiteral("script_path")).toString();
        QCOMPARE(script, destination + QStringLiteral("/.blihops/minutely.sh"));
        struct stat info
        {};
        QCOMPARE(::stat(QFile::encodeName(script).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0700));

        // The block is the only change: without it the crontab is the user's, byte for byte.
        const QByteArray withJob = crontab();
        const QString id =
            CrontabBlock::blockId(QStringLiteral("lab-dev"), QStringLiteral("minutely"));
        QVERIFY(CrontabBlock::find(withJob, id).has_value());
        QCOMPARE(CrontabBlock::remove(withJob, id), kUserCrontab);
        QVERIFY(withJob.contains(job.value(QStringLiteral("entry")).toString().toUtf8()));

        // show prints what was installed.
        const Ran shown =
            ctl({QStringLiteral("backup"), QStringLiteral("schedule"), QStringLiteral("show"),
                 QStringLiteral("lab-dev"), QStringLiteral("minutely"), QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        QFile installedScript(script);
        QVERIFY(installedScript.open(QIODevice::ReadOnly));
        QCOMPARE(shown.json().value(QStringLiteral("script")).toString().toUtf8(),
                 installedScript.readAll());
        QVERIFY(withJob.contains(shown.json().value(QStringLiteral("entry")).toString().toUtf8()));

        // Cron starts it within the minute (its output goes to the job's log).
        const QString log = destination + QStringLiteral("/.blihops/minutely.log");
        QVERIFY2(QTest::qWaitFor([&] { return QFileInfo(log).size() > 0; }, 70000),
                 "cron did not start the job within 70 s");
        QJsonArray listed;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         listed = backups(QStringLiteral("lab-dev"), QStringLiteral("minutely"));
                         return !listed.isEmpty();
                     },
                     180000),
                 "the run cron started never reached the catalog");
        const QJsonObject backup = listed.first().toObject();
        QVERIFY2(backup.value(QStringLiteral("result")).toString() == QLatin1String("ok"),
                 qPrintable(backup.value(QStringLiteral("error")).toString()));
        QCOMPARE(backup.value(QStringLiteral("kind")).toString(), QStringLiteral("database"));
        QCOMPARE(backup.value(QStringLiteral("job")).toString(), QStringLiteral("minutely"));
        const QString path = backup.value(QStringLiteral("path")).toString();
        QVERIFY2(path.startsWith(destination + QStringLiteral("/minutely/pagila-")),
                 qPrintable(path));
        QCOMPARE(sha256sum(path), backup.value(QStringLiteral("sha256")).toString());
        QCOMPARE(qint64(backup.value(QStringLiteral("size")).toDouble()), QFileInfo(path).size());
        QVERIFY(backup.contains(QStringLiteral("verified_at")));
        QVERIFY(!QFileInfo::exists(sentinel));

        // The job is healthy: status exits 0.
        const Ran status = onHost({QStringLiteral("backup"), QStringLiteral("status"),
                                   QStringLiteral("lab-dev"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, status.out.constData());
        QCOMPARE(status.json().value(QStringLiteral("jobs")).toArray().size(), 1);

        // Download: the copy here has the manifest's SHA-256.
        const QString here = m_dir.filePath(QStringLiteral("downloads"));
        const Ran downloaded =
            onHost({QStringLiteral("backup"), QStringLiteral("download"), QStringLiteral("lab-dev"),
                    backup.value(QStringLiteral("id")).toString(), here, QStringLiteral("--json")});
        QVERIFY2(downloaded.exitCode == 0, downloaded.err.constData());
        QVERIFY(downloaded.json().value(QStringLiteral("verified")).toBool());
        const QString copy = downloaded.json().value(QStringLiteral("path")).toString();
        QCOMPARE(sha256sum(copy), backup.value(QStringLiteral("sha256")).toString());
        QCOMPARE(visibleFiles(here), QStringList{QFileInfo(path).fileName()});

        // Removal takes the block away and leaves the user's crontab exactly as it was; the
        // backups stay.
        const Ran removed =
            onHost({QStringLiteral("backup"), QStringLiteral("schedule"), QStringLiteral("remove"),
                    QStringLiteral("lab-dev"), QStringLiteral("minutely")});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QCOMPARE(crontab(), kUserCrontab);
        QVERIFY(!QFileInfo::exists(script));
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(sentinel));
        const QStringList audit = auditActions();
        for (const char *action : {"backup.install", "backup.download", "backup.remove"})
            QVERIFY2(audit.contains(QLatin1String(action) + QStringLiteral(" tester@lab")),
                     qPrintable(audit.join(u'\n')));
    }

    // A verification scheduled next to the job fires under cron too: it proves the newest
    // backup, backup status and backup list read its result from the host, and once a backup
    // no longer matches its manifest the next one fails and status exits 1 with the alert.
    void aScheduledVerificationFiresUnderCron()
    {
        setCrontab(kUserCrontab);
        const QString destination = m_dir.filePath(QStringLiteral("verified 'weekly'"));
        const Ran installed = onHost(
            {QStringLiteral("backup"), QStringLiteral("schedule"), QStringLiteral("install"),
             QStringLiteral("lab-dev"), QStringLiteral("proven"), QStringLiteral("--database"),
             QStringLiteral("postgres:") + labValue("BLIHOPS_LAB_DEV_PAGILA_DB"),
             QStringLiteral("--cron"), QStringLiteral("0 2 * * *"), QStringLiteral("--verify-cron"),
             QStringLiteral("* * * * *"), QStringLiteral("--dest"), destination,
             QStringLiteral("--run-now"), QStringLiteral("--json")});
        QVERIFY2(installed.exitCode == 0, installed.err.constData());
        // Gone however the test ends: the tests after it expect no job and the user's crontab.
        auto removeJob = qScopeGuard([&] {
            onHost({QStringLiteral("backup"), QStringLiteral("schedule"), QStringLiteral("remove"),
                    QStringLiteral("lab-dev"), QStringLiteral("proven")});
        });
        QCOMPARE(installed.json().value(QStringLiteral("verify_cron")).toString(),
                 QStringLiteral("* * * * *"));
        // One block, two lines: the backups, then the verification; nothing else changes.
        const QString id =
            CrontabBlock::blockId(QStringLiteral("lab-dev"), QStringLiteral("proven"));
        const QByteArray withJob = crontab();
        const std::optional<QByteArray> block = CrontabBlock::find(withJob, id);
        QVERIFY(block.has_value());
        QCOMPARE(block->count('\n'), 2);
        QVERIFY2(block->contains("0 2 * * * ") && block->contains("* * * * * ") &&
                     block->contains("/proven.sh' 'verify' "),
                 block->constData());
        QCOMPARE(CrontabBlock::remove(withJob, id), kUserCrontab);

        const QString folder = destination + QStringLiteral("/proven");
        const auto verifications = [&] {
            QFile file(folder + QLatin1Char('/') + HostVerification::fileName());
            return file.open(QIODevice::ReadOnly) ? HostVerification::parse(file.readAll()).records
                                                  : QList<HostVerification>{};
        };
        QVERIFY2(QTest::qWaitFor([&] { return !verifications().isEmpty(); }, 130000),
                 "cron did not run the verification within two minutes");
        const HostVerification first = verifications().first();
        QVERIFY2(first.ok, qPrintable(first.error));
        const QJsonArray listed = backups(QStringLiteral("lab-dev"), QStringLiteral("proven"));
        QCOMPARE(listed.size(), 1);
        const QJsonObject backup = listed.first().toObject();
        QCOMPARE(first.backup, backup.value(QStringLiteral("id")).toString());
        QVERIFY2(backup.value(QStringLiteral("verified_at")).isString(),
                 "backup list does not say the host's verification proved the backup");
        const Ran healthy = onHost({QStringLiteral("backup"), QStringLiteral("status"),
                                    QStringLiteral("lab-dev"), QStringLiteral("--json")});
        QVERIFY2(healthy.exitCode == 0, healthy.out.constData());
        QJsonObject status;
        for (const QJsonValue &job : healthy.json().value(QStringLiteral("jobs")).toArray()) {
            if (job.toObject().value(QStringLiteral("job")).toString() == QLatin1String("proven"))
                status = job.toObject();
        }
        QCOMPARE(status.value(QStringLiteral("verify_cron")).toString(),
                 QStringLiteral("* * * * *"));
        QCOMPARE(status.value(QStringLiteral("last_verification"))
                     .toObject()
                     .value(QStringLiteral("result"))
                     .toString(),
                 QStringLiteral("ok"));

        // The dump changes on the host: the next verification fails and status pages.
        QFile dump(backup.value(QStringLiteral("path")).toString());
        QVERIFY(dump.open(QIODevice::ReadWrite));
        QVERIFY(dump.seek(dump.size() / 3));
        QVERIFY(dump.putChar('\x7f'));
        dump.close();
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         const QList<HostVerification> all = verifications();
                         return !all.isEmpty() && !all.last().ok;
                     },
                     130000),
                 "no failed verification within two minutes of the change");
        const Ran paged = onHost({QStringLiteral("backup"), QStringLiteral("status"),
                                  QStringLiteral("lab-dev"), QStringLiteral("--json")});
        QCOMPARE(paged.exitCode, 1);
        QVERIFY2(paged.out.contains("\"verification-failed\""), paged.out.constData());

        removeJob.dismiss();
        const Ran removed =
            onHost({QStringLiteral("backup"), QStringLiteral("schedule"), QStringLiteral("remove"),
                    QStringLiteral("lab-dev"), QStringLiteral("proven")});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QCOMPARE(crontab(), kUserCrontab);
    }

    // All backups older than keep-days: prune keeps the newest 3 good ones, a failed run
    // never counts toward them, a file the manifest does not name is never deleted; on
    // production only with the name typed.
    void pruneKeepsTheNewestThree()
    {
        addEnvironment(QStringLiteral("lab-prod"), labValue("BLIHOPS_LAB_DEV_PROJECT"),
                       labValue("BLIHOPS_LAB_DEV_COMPOSE"), QStringLiteral("production"));
        const QString destination = m_dir.filePath(QStringLiteral("prune dest"));
        const Ran installed = onHost(
            {QStringLiteral("backup"), QStringLiteral("schedule"), QStringLiteral("install"),
             QStringLiteral("lab-prod"), QStringLiteral("nightly"), QStringLiteral("--database"),
             QStringLiteral("postgres:") + labValue("BLIHOPS_LAB_DEV_PAGILA_DB"),
             QStringLiteral("--cron"), QStringLiteral("0 3 1 1 *"), QStringLiteral("--dest"),
             destination, QStringLiteral("--keep-days"), QStringLiteral("30"),
             QStringLiteral("--keep-min"), QStringLiteral("3"), QStringLiteral("--run-now"),
             QStringLiteral("--json")});
        QVERIFY2(installed.exitCode == 0, installed.err.constData());
        const QJsonObject first = installed.json().value(QStringLiteral("run")).toObject();
        QCOMPARE(first.value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
        QCOMPARE(first.value(QStringLiteral("backups")).toArray().size(), 1);

        // Four good backups, 40 to 37 days old, and a newer failed run: the run's file under
        // four names, its line aged and repeated.
        const QString folder = destination + QStringLiteral("/nightly");
        QFile manifestFile(folder + QLatin1Char('/') + BackupManifest::fileName());
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const BackupRecord made = BackupManifest::parse(manifestFile.readAll()).records.value(0);
        manifestFile.close();
        QVERIFY(made.ok);
        QByteArray lines;
        QStringList names;
        for (int age = 40; age >= 37; --age) {
            BackupRecord record = made;
            record.started = QDateTime::currentDateTimeUtc().addDays(-age);
            record.id = QStringLiteral("old%1-database-pagila").arg(age);
            record.file = QStringLiteral("pagila-old%1.dump").arg(age);
            QVERIFY(QFile::copy(folder + QLatin1Char('/') + made.file,
                                folder + QLatin1Char('/') + record.file));
            lines += BackupManifest::line(record);
            names << record.file;
        }
        BackupRecord failed = made;
        failed.started = QDateTime::currentDateTimeUtc().addDays(-36);
        failed.id = QStringLiteral("failed36-database-pagila");
        failed.ok = false;
        failed.file.clear();
        failed.sha256.clear();
        failed.size = 0;
        failed.error = QStringLiteral("pg_dump failed");
        lines += BackupManifest::line(failed);
        QVERIFY(QFile::remove(folder + QLatin1Char('/') + made.file));
        writeFile(manifestFile.fileName(), lines);
        const QString stray = writeFile(folder + QStringLiteral("/blihops_db-old-script.tar.gz"),
                                        "not in the manifest");

        const QStringList prune = {QStringLiteral("backup"),   QStringLiteral("prune"),
                                   QStringLiteral("lab-prod"), QStringLiteral("--job"),
                                   QStringLiteral("nightly"),  QStringLiteral("--json")};
        const Ran preview = onHost(prune + QStringList{QStringLiteral("--dry-run")});
        QVERIFY2(preview.exitCode == 0, preview.err.constData());
        const QJsonObject plan = preview.json()
                                     .value(QStringLiteral("jobs"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("folders"))
                                     .toArray()
                                     .at(0)
                                     .toObject();
        const QJsonArray remove = plan.value(QStringLiteral("remove")).toArray();
        QCOMPARE(remove.size(), 1);
        QCOMPARE(remove.at(0).toObject().value(QStringLiteral("path")).toString(),
                 folder + QStringLiteral("/pagila-old40.dump"));
        QVERIFY(!remove.at(0).toObject().value(QStringLiteral("reason")).toString().isEmpty());
        QCOMPARE(plan.value(QStringLiteral("keep")).toArray().size(), 3);
        QCOMPARE(plan.value(QStringLiteral("unknown")).toArray(), QJsonArray{stray});
        QCOMPARE(visibleFiles(folder).size(), 6); // the dry run deleted nothing

        // Production: nothing goes without the name.
        const Ran refused = onHost(prune);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--confirm lab-prod"), refused.err.constData());
        QCOMPARE(visibleFiles(folder).size(), 6);

        const Ran pruned =
            onHost(prune + QStringList{QStringLiteral("--confirm"), QStringLiteral("lab-prod")});
        QVERIFY2(pruned.exitCode == 0, pruned.err.constData());
        QCOMPARE(
            visibleFiles(folder),
            (QStringList{QStringLiteral("blihops_db-old-script.tar.gz"), BackupManifest::fileName(),
                         QStringLiteral("pagila-old37.dump"), QStringLiteral("pagila-old38.dump"),
                         QStringLiteral("pagila-old39.dump")}));
        // Again: the newest three stay however old they are.
        const Ran again =
            onHost(prune + QStringList{QStringLiteral("--confirm"), QStringLiteral("lab-prod")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(visibleFiles(folder).size(), 5);

        // Removing with its backups: production asks too, and the stray file stays.
        const QStringList removeAll = {
            QStringLiteral("backup"),  QStringLiteral("schedule"),
            QStringLiteral("remove"),  QStringLiteral("lab-prod"),
            QStringLiteral("nightly"), QStringLiteral("--delete-backups"),
            QStringLiteral("--json")};
        QCOMPARE(onHost(removeAll).exitCode, 2);
        QCOMPARE(visibleFiles(folder).size(), 5);
        const Ran removed = onHost(
            removeAll + QStringList{QStringLiteral("--confirm"), QStringLiteral("lab-prod")});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QCOMPARE(removed.json().value(QStringLiteral("kept")).toArray(), QJsonArray{stray});
        QCOMPARE(visibleFiles(folder), QStringList{QStringLiteral("blihops_db-old-script.tar.gz")});
        QVERIFY(auditActions().contains(QStringLiteral("backup.prune tester@lab")));
    }

    // A stopped database container: the run fails and says why, the script tells the
    // webhook (a real HTTP server here), and backup status exits 1.
    void aStoppedDatabaseFailsAndAlerts()
    {
        const test::StoppedStack stack(m_dir.path());
        QVERIFY2(stack.error().isEmpty(), qPrintable(stack.error()));
        addEnvironment(QStringLiteral("lab-stopped"), stack.project(), stack.composeFile());
        HttpSink sink;
        const Ran installed = onHost(
            {QStringLiteral("backup"), QStringLiteral("schedule"), QStringLiteral("install"),
             QStringLiteral("lab-stopped"), QStringLiteral("nightly"), QStringLiteral("--database"),
             QStringLiteral("postgres:app"), QStringLiteral("--cron"), QStringLiteral("0 3 1 1 *"),
             QStringLiteral("--dest"), m_dir.filePath(QStringLiteral("stopped/backups")),
             QStringLiteral("--webhook"), sink.url()});
        QVERIFY2(installed.exitCode == 0, installed.err.constData());

        const Ran ran =
            onHost({QStringLiteral("backup"), QStringLiteral("run"), QStringLiteral("lab-stopped"),
                    QStringLiteral("nightly"), QStringLiteral("--wait"), QStringLiteral("--json")});
        QCOMPARE(ran.exitCode, 1);
        QCOMPARE(ran.json().value(QStringLiteral("result")).toString(), QStringLiteral("failed"));
        const QJsonArray written = ran.json().value(QStringLiteral("backups")).toArray();
        QCOMPARE(written.size(), 1);
        const QString error = written.at(0).toObject().value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QStringLiteral("no running container of service postgres")),
                 qPrintable(error));

        QVERIFY(sink.waitFor(1));
        const QJsonObject body = QJsonDocument::fromJson(sink.requests().first().body).object();
        QCOMPARE(body.value(QStringLiteral("kind")).toString(), QStringLiteral("failed"));
        QCOMPARE(body.value(QStringLiteral("environment")).toString(),
                 QStringLiteral("lab-stopped"));
        QCOMPARE(body.value(QStringLiteral("job")).toString(), QStringLiteral("nightly"));

        const QJsonArray listed = backups(QStringLiteral("lab-stopped"), QStringLiteral("nightly"));
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("result")).toString(),
                 QStringLiteral("failed"));

        const Ran status = onHost({QStringLiteral("backup"), QStringLiteral("status"),
                                   QStringLiteral("lab-stopped"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 1);
        QVERIFY(!status.json().value(QStringLiteral("ok")).toBool());
        const QJsonArray alerts = status.json()
                                      .value(QStringLiteral("jobs"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("alerts"))
                                      .toArray();
        QVERIFY(std::any_of(alerts.begin(), alerts.end(), [](const QJsonValue &alert) {
            return alert.toObject().value(QStringLiteral("kind")).toString() ==
                   QLatin1String("failed");
        }));
        QVERIFY(auditActions().contains(QStringLiteral("backup.run tester@lab")));

        // What status found is kept for the dashboard, which never reaches the host itself.
        {
            Workspace opened(WorkspaceLocation::fromString(m_cli.workspace()));
            opened.open();
            const std::optional<BackupHealthLog::Check> check =
                BackupHealthLog(opened).latest(QStringLiteral("lab-stopped"));
            QVERIFY(check);
            QCOMPARE(check->checkedBy, QStringLiteral("tester@lab"));
            QCOMPARE(check->jobs, 1);
            QVERIFY(!check->healthy());
            QVERIFY(!check->lastRunOk);
            QVERIFY(std::any_of(check->alerts.begin(), check->alerts.end(), [](const auto &alert) {
                return alert.job == QLatin1String("nightly") &&
                       alert.kind == BackupAlerts::Kind::Failed;
            }));
            const QList<EnvironmentFacts::Row> rows = EnvironmentFacts::collect(opened);
            const auto row = std::find_if(rows.begin(), rows.end(), [](const auto &row) {
                return row.environment == QLatin1String("lab-stopped");
            });
            QVERIFY(row != rows.end());
            const auto fact = std::find_if(row->facts.begin(), row->facts.end(), [](const auto &f) {
                return f.column == QLatin1String("Backups");
            });
            QVERIFY(fact != row->facts.end());
            QVERIFY(!fact->ok);
            QVERIFY2(fact->text.contains(QStringLiteral("nightly failing")),
                     qPrintable(fact->text));
        }

        // The failed run is evidence a checklist item can point at, checked on the host.
        const Ran started = ctl({QStringLiteral("checklist"), QStringLiteral("start"),
                                 QStringLiteral("backup-restore-drill"), QStringLiteral("--env"),
                                 QStringLiteral("lab-stopped"), QStringLiteral("--release"),
                                 QStringLiteral("r1"), QStringLiteral("--json")});
        QVERIFY2(started.exitCode == 0, started.err.constData());
        const QString run = QString::number(started.json().value(QStringLiteral("id")).toInteger());
        const QString id = written.at(0).toObject().value(QStringLiteral("id")).toString();
        const Ran attached =
            ctl({QStringLiteral("checklist"), QStringLiteral("set"), run, QStringLiteral("1"),
                 QStringLiteral("fail"), QStringLiteral("--evidence"),
                 QStringLiteral("backup:") + id, QStringLiteral("--json")});
        QVERIFY2(attached.exitCode == 0, attached.err.constData());
        const QJsonObject evidence = ctl({QStringLiteral("checklist"), QStringLiteral("show"), run,
                                          QStringLiteral("--json")})
                                         .json()
                                         .value(QStringLiteral("items"))
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(QStringLiteral("evidence"))
                                         .toArray()
                                         .first()
                                         .toObject();
        QCOMPARE(evidence.value(QStringLiteral("kind")).toString(), QStringLiteral("backup"));
        QCOMPARE(evidence.value(QStringLiteral("ref")).toString(), id);
        QVERIFY2(evidence.value(QStringLiteral("detail"))
                     .toString()
                     .contains(QStringLiteral("no running container of service postgres")),
                 qPrintable(evidence.value(QStringLiteral("detail")).toString()));
        const Ran bogus = ctl({QStringLiteral("checklist"), QStringLiteral("set"), run,
                               QStringLiteral("2"), QStringLiteral("pass"),
                               QStringLiteral("--evidence"), QStringLiteral("backup:20990101-x")});
        QCOMPARE(bogus.exitCode, 2);
        QVERIFY2(bogus.err.contains("There is no backup 20990101-x of lab-stopped"),
                 bogus.err.constData());

        const Ran removed =
            onHost({QStringLiteral("backup"), QStringLiteral("schedule"), QStringLiteral("remove"),
                    QStringLiteral("lab-stopped"), QStringLiteral("nightly")});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
    }

    // The lab host has no systemd: --systemd is refused before anything is written.
    void systemdWhereThereIsNone()
    {
        BLIHOPS_REQUIRE(!QFileInfo::exists(QStringLiteral("/run/systemd/system")),
                        "this host runs systemd: the refusal is checked on hosts without it");
        setCrontab(kUserCrontab);
        const QString destination = m_dir.filePath(QStringLiteral("systemd"));
        const Ran refused =
            onHost({QStringLiteral("backup"), QStringLiteral("schedule"), QStringLiteral("install"),
                    QStringLiteral("lab-dev"), QStringLiteral("timer"), QStringLiteral("--volume"),
                    m_dir.filePath(QStringLiteral("systemd-source")), QStringLiteral("--cron"),
                    QStringLiteral("@daily"), QStringLiteral("--dest"), destination,
                    QStringLiteral("--systemd")});
        QVERIFY2(refused.exitCode == 2, refused.err.constData());
        QVERIFY2(refused.err.contains("systemd is not running") && refused.err.count('\n') == 1,
                 refused.err.constData());
        QVERIFY(!QFileInfo::exists(destination));
        QCOMPARE(crontab(), kUserCrontab);
        const Ran jobs =
            ctl({QStringLiteral("backup"), QStringLiteral("schedule"), QStringLiteral("list"),
                 QStringLiteral("lab-dev"), QStringLiteral("--json")});
        QCOMPARE(jobs.exitCode, 0);
        QCOMPARE(jobs.json().value(QStringLiteral("jobs")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backupcli.moc"
