#include "Require.h"
#include "backup/CronExpression.h"
#include "backup/SystemdUnits.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace blihops;

namespace {

QString systemdAnalyze()
{
    return QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
}

// The next `count` elapses systemd computes for one OnCalendar= value after `base`.
QList<qint64> systemdElapses(const QString &calendar, const QDateTime &base, int count)
{
    QProcess analyze;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    analyze.setProcessEnvironment(env);
    analyze.start(systemdAnalyze(),
                  {QStringLiteral("calendar"), QStringLiteral("--iterations=%1").arg(count),
                   QStringLiteral("--base-time=@%1").arg(base.toSecsSinceEpoch()), calendar});
    analyze.waitForFinished(30000);
    QList<qint64> elapses;
    static const QRegularExpression line(QStringLiteral(
        "(?:Next elapse|Iter\\. #\\d+): \\w+ (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d) UTC"));
    auto it = line.globalMatch(QString::fromUtf8(analyze.readAllStandardOutput()));
    while (it.hasNext()) {
        const QDateTime at =
            QDateTime::fromString(it.next().captured(1), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        elapses.append(QDateTime(at.date(), at.time(), Qt::UTC).toSecsSinceEpoch());
    }
    return elapses;
}

#define REQUIRE_SYSTEMD_ANALYZE()                                                                  \
    do {                                                                                           \
        BLIHOPS_REQUIRE(!systemdAnalyze().isEmpty(),                                               \
                        "systemd-analyze is not installed (scripts/install-deps.sh test)");        \
    } while (false)

} // namespace

class TestSystemdUnits : public QObject
{
    Q_OBJECT

private slots:
    void onCalendarText()
    {
        const auto calendar = [](const char *expr) {
            return SystemdUnits::onCalendar(CronExpression::parse(QString::fromLatin1(expr)),
                                            QStringLiteral("Europe/Berlin"));
        };
        QCOMPARE(calendar("0 2 * * *"), QStringList{"*-*-* 02:00:00 Europe/Berlin"});
        QCOMPARE(calendar("0 */6 * * *"), QStringList{"*-*-* 00,06,12,18:00:00 Europe/Berlin"});
        QCOMPARE(calendar("30 4 1,15 * mon"), (QStringList{"Mon *-*-* 04:30:00 Europe/Berlin",
                                                           "*-*-01,15 04:30:00 Europe/Berlin"}));
        QCOMPARE(calendar("0 0 */2 * 1"), QStringList{"Mon *-*-01,03,05,07,09,11,13,15,17,19,21,"
                                                      "23,25,27,29,31 00:00:00 Europe/Berlin"});
        QCOMPARE(SystemdUnits::onCalendar(CronExpression::parse(QStringLiteral("@hourly")), {}),
                 QStringList{"*-*-* *:00:00"});
    }

    // systemd's own calendar arithmetic gives the same instants as cron, where no clock
    // change is in the way.
    void sameRunsAsCron_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QString>("zone");
        for (const char *expr : {"0 2 * * *", "*/15 * * * *", "0 */6 * * *", "30 4 1,15 * mon",
                                 "0 0 */2 * 1", "15 3 * jan,jul *", "@weekly", "@monthly",
                                 "59 23 31 12 *", "0 9-17/2 * * 1-5", "5 4 * * sun,7"}) {
            QTest::addRow("%s UTC", expr) << QString::fromLatin1(expr) << QStringLiteral("UTC");
            QTest::addRow("%s Berlin", expr)
                << QString::fromLatin1(expr) << QStringLiteral("Europe/Berlin");
        }
    }

    void sameRunsAsCron()
    {
        REQUIRE_SYSTEMD_ANALYZE();
        QFETCH(QString, expr);
        QFETCH(QString, zone);
        const CronExpression cron = CronExpression::parse(expr);
        // No run compared falls into a DST gap or repeat (where systemd skips what cron makes
        // up for): the 02:00 runs are in April, the others at midnight or off the hour.
        const QDateTime base =
            QDateTime::fromString(QStringLiteral("2025-04-02T10:11:12Z"), Qt::ISODate);
        const int count = 8;
        QList<qint64> expected;
        for (const QDateTime &run : cron.nextRuns(base, QTimeZone(zone.toUtf8()), count))
            expected.append(run.toSecsSinceEpoch());
        QList<qint64> found;
        for (const QString &calendar : SystemdUnits::onCalendar(cron, zone))
            found += systemdElapses(calendar, base, count);
        std::sort(found.begin(), found.end());
        found.erase(std::unique(found.begin(), found.end()), found.end());
        QCOMPARE(found.mid(0, count), expected);
    }

    void unitsVerify_data()
    {
        QTest::addColumn<int>("scope");
        QTest::newRow("user") << int(SystemdUnits::Scope::User);
        QTest::newRow("system") << int(SystemdUnits::Scope::System);
    }

    void unitsVerify()
    {
        QFETCH(int, scope);
        const SystemdUnits units = SystemdUnits::forJob(
            QStringLiteral("prod env"), QStringLiteral("nightly-db"),
            CronExpression::parse(QStringLiteral("0 2 * * *")), QStringLiteral("Europe/Berlin"),
            {QStringLiteral("/bin/sh"), QStringLiteral("/backups/it's 100% $HOME \"x\"/job.sh")},
            SystemdUnits::Scope(scope));
        QCOMPARE(units.serviceName,
                 QStringLiteral("blihops-backup-prod\\x20env-nightly\\x2ddb.service"));
        QCOMPARE(units.timerName,
                 QStringLiteral("blihops-backup-prod\\x20env-nightly\\x2ddb.timer"));
        QVERIFY(units.timer.contains("Persistent=true\n"));
        QVERIFY(units.timer.contains("OnCalendar=*-*-* 02:00:00 Europe/Berlin\n"));
        QVERIFY(units.service.contains(
            "ExecStart=\"/bin/sh\" \"/backups/it's 100%% $$HOME \\\"x\\\"/job.sh\"\n"));
        QCOMPARE(units.service.contains("docker.service"),
                 scope == int(SystemdUnits::Scope::System));
        // A job's scheduled verification has units of its own beside them.
        const SystemdUnits verification = SystemdUnits::forJob(
            QStringLiteral("prod env"), QStringLiteral("nightly-db"),
            CronExpression::parse(QStringLiteral("30 3 * * 0")), QStringLiteral("Europe/Berlin"),
            {QStringLiteral("/bin/sh"), QStringLiteral("/backups/job.sh"),
             QStringLiteral("verify")},
            SystemdUnits::Scope(scope), SystemdUnits::Purpose::Verify);
        QCOMPARE(verification.timerName,
                 QStringLiteral("blihops-verify-prod\\x20env-nightly\\x2ddb.timer"));
        QVERIFY(
            verification.service.contains("Description=BlihOps restore verification prod env/"));
        QVERIFY(verification.service.contains("\"/backups/job.sh\" \"verify\"\n"));
        QVERIFY(verification.timer.contains("OnCalendar=Sun *-*-* 03:30:00 Europe/Berlin\n"));

        REQUIRE_SYSTEMD_ANALYZE();
        QTemporaryDir dir;
        // verify wants plain unit file names; the escaped ones are checked above.
        for (const auto &[name, text] :
             {std::pair{QStringLiteral("job.service"), units.service},
              std::pair{
                  QStringLiteral("job.timer"),
                  QByteArray(units.timer).replace(units.serviceName.toUtf8(), "job.service")}}) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        }
        QProcess verify;
        verify.setProcessChannelMode(QProcess::MergedChannels);
        // A user manager's runtime folder of the test's own: there may be no session.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
        verify.setProcessEnvironment(env);
        QStringList args;
        if (scope == int(SystemdUnits::Scope::User))
            args << QStringLiteral("--user");
        args << QStringLiteral("verify") << dir.filePath(QStringLiteral("job.service"))
             << dir.filePath(QStringLiteral("job.timer"));
        verify.start(systemdAnalyze(), args);
        QVERIFY(verify.waitForFinished(60000));
        const QString output = QString::fromUtf8(verify.readAll());
        QVERIFY2(verify.exitCode() == 0, qPrintable(output));
        QVERIFY2(!output.contains(QStringLiteral("job.")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestSystemdUnits)
#include "tst_systemdunits.moc"
