#include "LabCli.h"
#include "Require.h"
#include "backup/SystemdUnits.h"
#include "remote/ProcessResult.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace blihops;
using blihops::test::labValue;
using blihops::test::Ran;

namespace {

// A command on the lab's systemd host: did it succeed.
bool onHostOk(const QString &login, const QStringList &argv)
{
    return test::onSystemdHost(login, argv).ok();
}

} // namespace

// blihopsctl backup ... against a host where systemd is PID 1 (the lab's systemd component):
// a job installed with --systemd becomes a timer of systemd's (a system one for root, a user
// one with lingering for an ordinary login), the timer really starts the backup, the run
// reaches the catalog with the file's SHA-256, and removal takes both timer and units away.
class TestBackupSystemd : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::LabCli m_cli;

    Ran ctl(const QStringList &arguments) { return m_cli.ctl(arguments); }

    Ran onHost(const QStringList &arguments)
    {
        return ctl(arguments + QStringList{QStringLiteral("--trust-host-key"),
                                           labValue("BLIHOPS_LAB_SYSTEMD_HOST_FINGERPRINT")});
    }

    static QString environmentOf(const QString &login)
    {
        return QStringLiteral("lab-systemd-") + login;
    }

private slots:
    void initTestCase()
    {
        BLIHOPS_REQUIRE(!labValue("BLIHOPS_LAB_SYSTEMD_SSH_PORT").isEmpty() &&
                            !labValue("BLIHOPS_LAB_DEV_PROJECT").isEmpty(),
                        "the lab's systemd host and stacks are not running: tests/lab/lab.sh up "
                        "and eval \"$(tests/lab/lab.sh env)\"");
        BLIHOPS_REQUIRE(!labValue("BLIHOPS_LAB_DEV_PAGILA_DB").isEmpty(),
                        "the lab's PostgreSQL has no Pagila (the corpus is missing)");
        const QString agent = m_cli.start(m_dir.path());
        QVERIFY2(agent.isEmpty(), qPrintable(agent));
        for (const QString &user : {QStringLiteral("root"), labValue("BLIHOPS_LAB_SYSTEMD_USER")}) {
            const Ran added =
                ctl({QStringLiteral("env"), QStringLiteral("add"), environmentOf(user),
                     QStringLiteral("--engine"), test::systemdEngineUrl(user),
                     QStringLiteral("--compose"), labValue("BLIHOPS_LAB_DEV_COMPOSE"),
                     QStringLiteral("--env-file"), m_cli.envFile(),
                     QStringLiteral("--project-name"), labValue("BLIHOPS_LAB_DEV_PROJECT")});
            QVERIFY2(added.exitCode == 0, added.err.constData());
        }
    }

    void aTimerRunsTheBackup_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("scheduler");
        QTest::addColumn<QString>("unitFolder");
        QTest::newRow("system timer, root")
            << QStringLiteral("root") << QStringLiteral("systemd-system")
            << QStringLiteral("/etc/systemd/system");
        QTest::newRow("user timer, a lingering login")
            << labValue("BLIHOPS_LAB_SYSTEMD_USER") << QStringLiteral("systemd-user")
            << QStringLiteral("/home/%1/.config/systemd/user")
                   .arg(labValue("BLIHOPS_LAB_SYSTEMD_USER"));
    }

    // Every minute, into a destination whose name is a shell injection: systemd's timer
    // starts the service, which runs the script; the dump is in the catalog with the file's
    // SHA-256; the timer keeps its last trigger on disk (Persistent=true: a run missed while
    // the host was off happens when it is back). Removal leaves no timer, unit, last trigger
    // or script, and the backups.
    void aTimerRunsTheBackup()
    {
        QFETCH(QString, user);
        QFETCH(QString, scheduler);
        QFETCH(QString, unitFolder);
        const bool root = user == QLatin1String("root");
        const QString environment = environmentOf(user);
        const QString home = root ? QStringLiteral("/root") : QStringLiteral("/home/") + user;
        // A folder of this run's own: the host outlives the test, and what an earlier run left
        // there must not pass for this one's backups.
        const QString folder = home + QLatin1Char('/') + QFileInfo(m_dir.path()).fileName();
        auto removeFolder = qScopeGuard([&] {
            test::onSystemdHost(
                user, {QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"), folder});
        });
        const QString sentinel = folder + QStringLiteral("/SENTINEL");
        const QString destination =
            folder + QStringLiteral("/it's a \"dest\" $(touch %1); `touch %1`; x").arg(sentinel);
        const QString job = QStringLiteral("minutely");
        const QString timer = SystemdUnits::unitName(environment, job) + QStringLiteral(".timer");
        const QString service =
            SystemdUnits::unitName(environment, job) + QStringLiteral(".service");
        const QString stamp =
            (root ? QStringLiteral("/var/lib/systemd/timers/stamp-")
                  : home + QStringLiteral("/.local/share/systemd/timers/stamp-")) +
            timer;
        // The timer's last trigger, if a run that died left it: the first run must be the
        // timer's own elapse, not the catch-up on a missed one.
        test::onSystemdHost(
            user, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), stamp});

        const Ran installed =
            onHost({QStringLiteral("backup"), QStringLiteral("schedule"), QStringLiteral("install"),
                    environment, job, QStringLiteral("--database"),
                    QStringLiteral("postgres:") + labValue("BLIHOPS_LAB_DEV_PAGILA_DB"),
                    QStringLiteral("--cron"), QStringLiteral("* * * * *"), QStringLiteral("--dest"),
                    destination, QStringLiteral("--verify-cron"), QStringLiteral("0 3 1 1 *"),
                    QStringLiteral("--systemd"), QStringLiteral("--json")});
        QVERIFY2(installed.exitCode == 0, installed.err.constData());
        auto removeJob = qScopeGuard([&] {
            onHost({QStringLiteral("backup"), QStringLiteral("schedule"), QStringLiteral("remove"),
                    environment, job});
        });
        QCOMPARE(installed.json().value(QStringLiteral("scheduler")).toString(), scheduler);
        // The lab's ordinary login lingers: no warning, and the JSON says so.
        QCOMPARE(installed.json().contains(QStringLiteral("lingers")), !root);
        if (!root) {
            QVERIFY(installed.json().value(QStringLiteral("lingers")).toBool());
            QVERIFY2(!installed.err.contains("linger"), installed.err.constData());
        }

        // The units on the host are the ones the entry shows, byte for byte; both timers
        // (the backup's and the verification's) are enabled and waiting in systemd.
        const QString entry = installed.json().value(QStringLiteral("entry")).toString();
        QStringList timers;
        for (const auto purpose : {SystemdUnits::Purpose::Backup, SystemdUnits::Purpose::Verify}) {
            const QString base = SystemdUnits::unitName(environment, job, purpose);
            for (const QString &unit :
                 {base + QStringLiteral(".service"), base + QStringLiteral(".timer")}) {
                const ProcessResult text =
                    test::onSystemdHost(user, {QStringLiteral("cat"), QStringLiteral("--"),
                                               unitFolder + QLatin1Char('/') + unit});
                QVERIFY2(text.ok(), qPrintable(text.summary()));
                QVERIFY2(entry.contains(QString::fromUtf8(text.standardOutput)), qPrintable(unit));
            }
            timers << base + QStringLiteral(".timer");
            QCOMPARE(test::systemdUnitProperty(user, timers.last(), QStringLiteral("ActiveState")),
                     QStringLiteral("active"));
            QCOMPARE(
                test::systemdUnitProperty(user, timers.last(), QStringLiteral("UnitFileState")),
                QStringLiteral("enabled"));
        }
        QCOMPARE(test::systemdUnitProperty(user, timer, QStringLiteral("Persistent")),
                 QStringLiteral("yes"));

        // systemd starts it: the timer elapses within the minute and fires within its
        // accuracy (a minute by default) after that.
        QJsonArray listed;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         const Ran ran =
                             onHost({QStringLiteral("backup"), QStringLiteral("list"), environment,
                                     QStringLiteral("--job"), job, QStringLiteral("--json")});
                         listed = ran.json().value(QStringLiteral("backups")).toArray();
                         return !listed.isEmpty();
                     },
                     180000),
                 "systemd's timer did not start the job within three minutes");
        const QJsonObject backup = listed.first().toObject();
        QVERIFY2(backup.value(QStringLiteral("result")).toString() == QLatin1String("ok"),
                 qPrintable(backup.value(QStringLiteral("error")).toString()));
        QCOMPARE(backup.value(QStringLiteral("kind")).toString(), QStringLiteral("database"));
        const QString path = backup.value(QStringLiteral("path")).toString();
        QVERIFY2(path.startsWith(destination + QStringLiteral("/minutely/pagila-")),
                 qPrintable(path));
        const ProcessResult hashed =
            test::onSystemdHost(user, {QStringLiteral("sha256sum"), QStringLiteral("--"), path});
        QVERIFY2(hashed.ok(), qPrintable(hashed.summary()));
        QCOMPARE(QString::fromLatin1(hashed.standardOutput.left(64)),
                 backup.value(QStringLiteral("sha256")).toString());
        QVERIFY(!onHostOk(user, {QStringLiteral("test"), QStringLiteral("-e"), sentinel}));

        // It was systemd that ran it, and it ended well there too; the timer's last trigger is
        // on disk, for the catch-up after the host was off.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return test::systemdUnitProperty(user, service, QStringLiteral("ActiveState")) ==
                       QLatin1String("inactive");
            },
            60000));
        QCOMPARE(test::systemdUnitProperty(user, service, QStringLiteral("Result")),
                 QStringLiteral("success"));
        QVERIFY(!test::systemdUnitProperty(user, service, QStringLiteral("ExecMainStartTimestamp"))
                     .isEmpty());
        QVERIFY2(onHostOk(user, {QStringLiteral("test"), QStringLiteral("-e"), stamp}),
                 qPrintable(stamp));

        const Ran status = onHost({QStringLiteral("backup"), QStringLiteral("status"), environment,
                                   QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, status.out.constData());

        // Removal: no timer is left in systemd, no unit or last trigger on disk; the backups
        // stay.
        removeJob.dismiss();
        const Ran removed = onHost({QStringLiteral("backup"), QStringLiteral("schedule"),
                                    QStringLiteral("remove"), environment, job});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        for (const QString &each : std::as_const(timers)) {
            QCOMPARE(test::systemdUnitProperty(user, each, QStringLiteral("LoadState")),
                     QStringLiteral("not-found"));
        }
        QVERIFY2(!onHostOk(user, {QStringLiteral("test"), QStringLiteral("-e"), stamp}),
                 qPrintable(stamp));
        const ProcessResult left =
            test::onSystemdHost(user, {QStringLiteral("find"), unitFolder, QStringLiteral("-name"),
                                       QStringLiteral("*blihops*")});
        QVERIFY2(left.ok(), qPrintable(left.summary()));
        QCOMPARE(left.standardOutput, QByteArray());
        QVERIFY(onHostOk(user, {QStringLiteral("test"), QStringLiteral("-e"), path}));
        QVERIFY(
            !onHostOk(user, {QStringLiteral("test"), QStringLiteral("-e"),
                             installed.json().value(QStringLiteral("script_path")).toString()}));
    }

    // A user timer of a login systemd does not keep running stops with its last session: the
    // install says so (one warning line, "lingers": false) and still installs.
    void aLoginThatDoesNotLingerIsWarned()
    {
        const QString user = labValue("BLIHOPS_LAB_SYSTEMD_USER");
        const QStringList linger = {QStringLiteral("loginctl"), QStringLiteral("enable-linger"),
                                    user};
        QVERIFY(onHostOk(QStringLiteral("root"),
                         {QStringLiteral("loginctl"), QStringLiteral("disable-linger"), user}));
        auto lingerAgain = qScopeGuard([&] { onHostOk(QStringLiteral("root"), linger); });
        const QString environment = environmentOf(user);
        const QString job = QStringLiteral("unlingered");
        const QString destination =
            QStringLiteral("/home/%1/%2").arg(user, QFileInfo(m_dir.path()).fileName());
        const Ran installed =
            onHost({QStringLiteral("backup"), QStringLiteral("schedule"), QStringLiteral("install"),
                    environment, job, QStringLiteral("--database"),
                    QStringLiteral("postgres:") + labValue("BLIHOPS_LAB_DEV_PAGILA_DB"),
                    QStringLiteral("--cron"), QStringLiteral("0 3 1 1 *"), QStringLiteral("--dest"),
                    destination, QStringLiteral("--systemd"), QStringLiteral("--json")});
        QVERIFY2(installed.exitCode == 0, installed.err.constData());
        auto removeJob = qScopeGuard([&] {
            onHost({QStringLiteral("backup"), QStringLiteral("schedule"), QStringLiteral("remove"),
                    environment, job});
            onHostOk(user, {QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"),
                            destination});
        });
        QCOMPARE(installed.json().value(QStringLiteral("scheduler")).toString(),
                 QStringLiteral("systemd-user"));
        QCOMPARE(installed.json().value(QStringLiteral("lingers")), QJsonValue(false));
        QVERIFY2(installed.err.startsWith("blihopsctl: warning: the login on ") &&
                     installed.err.contains("does not linger") &&
                     installed.err.contains("loginctl enable-linger") &&
                     installed.err.count('\n') == 1,
                 installed.err.constData());
        const QString timer = SystemdUnits::unitName(environment, job) + QStringLiteral(".timer");
        QCOMPARE(test::systemdUnitProperty(user, timer, QStringLiteral("UnitFileState")),
                 QStringLiteral("enabled"));
    }
};

QTEST_GUILESS_MAIN(TestBackupSystemd)
#include "tst_backupsystemd.moc"
