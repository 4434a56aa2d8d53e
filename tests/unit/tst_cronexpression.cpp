#include "Require.h"
#include "TestData.h"
#include "backup/CronExpression.h"
#include "util/Error.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace blihops;
using blihops::test::errorOf;

namespace {

const QString kCroniter = QStringLiteral(BLIHOPS_SOURCE_DIR "/tests/support/croniter-next.py");
// Debian's python3-croniter lives in the system Python; pyenv's python3 on PATH lacks it.
const QString kSystemPython = QStringLiteral("/usr/bin/python3");

struct Case
{
    QString expr;
    QDateTime start;
    QString zone;
    int count;
};

QDateTime at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

// What croniter answers for each case, or an empty list with the reason in *why.
QList<QList<qint64>> croniter(const QList<Case> &cases, QString *why)
{
    QJsonArray request;
    for (const Case &c : cases) {
        request.append(QJsonObject{{"expr", c.expr},
                                   {"start", double(c.start.toSecsSinceEpoch())},
                                   {"zone", c.zone},
                                   {"count", c.count}});
    }
    if (!QFileInfo::exists(kSystemPython)) {
        *why = QStringLiteral("%1 is missing").arg(kSystemPython);
        return {};
    }
    QProcess python;
    python.start(kSystemPython, {kCroniter});
    python.write(QJsonDocument(request).toJson());
    python.closeWriteChannel();
    python.waitForFinished(60000);
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        *why = QString::fromUtf8(python.readAllStandardError()).trimmed();
        return {};
    }
    QList<QList<qint64>> answers;
    for (const QJsonValue &runs : QJsonDocument::fromJson(python.readAllStandardOutput()).array()) {
        QList<qint64> list;
        for (const QJsonValue &run : runs.toArray())
            list.append(static_cast<qint64>(run.toDouble()));
        answers.append(list);
    }
    return answers;
}

#define REQUIRE_CRONITER(answers, why)                                                             \
    do {                                                                                           \
        BLIHOPS_REQUIRE(!(answers).isEmpty(), qPrintable(why));                                    \
    } while (false)

QList<qint64> ours(const Case &c)
{
    QList<qint64> runs;
    const QTimeZone zone(c.zone.toUtf8());
    for (const QDateTime &run : CronExpression::parse(c.expr).nextRuns(c.start, zone, c.count))
        runs.append(run.toSecsSinceEpoch());
    return runs;
}

QString describe(const QList<qint64> &runs, const QString &zone)
{
    QStringList text;
    for (const qint64 run : runs)
        text << QDateTime::fromSecsSinceEpoch(run, QTimeZone(zone.toUtf8())).toString(Qt::ISODate);
    return text.join(QLatin1Char(' '));
}

// Whether the zone changes its offset between two instants.
bool crossesTransition(const QString &zoneName, qint64 from, qint64 to)
{
    const QTimeZone zone(zoneName.toUtf8());
    const QTimeZone::OffsetData next =
        zone.nextTransition(QDateTime::fromSecsSinceEpoch(from - 86400, Qt::UTC));
    return next.atUtc.isValid() && next.atUtc.toSecsSinceEpoch() <= to + 86400;
}

} // namespace

class TestCronExpression : public QObject
{
    Q_OBJECT

private slots:
    void parsesFields()
    {
        const CronExpression cron =
            CronExpression::parse(QStringLiteral("5,10-20/5 */6 1 jan-MAR sun,7"));
        QCOMPARE(cron.values(CronExpression::Field::Minute), (QList<int>{5, 10, 15, 20}));
        QCOMPARE(cron.values(CronExpression::Field::Hour), (QList<int>{0, 6, 12, 18}));
        QCOMPARE(cron.values(CronExpression::Field::DayOfMonth), QList<int>{1});
        QCOMPARE(cron.values(CronExpression::Field::Month), (QList<int>{1, 2, 3}));
        QCOMPARE(cron.values(CronExpression::Field::DayOfWeek), QList<int>{0});
        QVERIFY(cron.isRestricted(CronExpression::Field::Minute));
        QVERIFY(!cron.isRestricted(CronExpression::Field::Hour));
        QVERIFY(!cron.isFixedTime());
        QVERIFY(CronExpression::parse(QStringLiteral("30 2 * * *")).isFixedTime());
        QCOMPARE(CronExpression::parse(QStringLiteral("\t0  2 * * *  ")).text(),
                 QStringLiteral("0  2 * * *"));
    }

    void nicknames_data()
    {
        QTest::addColumn<QString>("nickname");
        QTest::addColumn<QString>("fields");
        QTest::newRow("yearly") << "@yearly"
                                << "0 0 1 1 *";
        QTest::newRow("annually") << "@annually"
                                  << "0 0 1 1 *";
        QTest::newRow("monthly") << "@monthly"
                                 << "0 0 1 * *";
        QTest::newRow("weekly") << "@weekly"
                                << "0 0 * * 0";
        QTest::newRow("daily") << "@daily"
                               << "0 0 * * *";
        QTest::newRow("midnight") << "@midnight"
                                  << "0 0 * * *";
        QTest::newRow("hourly") << "@hourly"
                                << "0 * * * *";
    }

    void nicknames()
    {
        QFETCH(QString, nickname);
        QFETCH(QString, fields);
        const CronExpression a = CronExpression::parse(nickname);
        const CronExpression b = CronExpression::parse(fields);
        const QDateTime start = at(QStringLiteral("2025-05-17T13:14:15Z"));
        QCOMPARE(a.nextRuns(start, QTimeZone::utc(), 5), b.nextRuns(start, QTimeZone::utc(), 5));
        QCOMPARE(a.isFixedTime(), b.isFixedTime());
    }

    void errorsNameTheField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("minute range") << "60 * * * *"
                                      << "field 1 (minute) \"60\": 60 is out of range";
        QTest::newRow("minute allows") << "60 * * * *"
                                       << "values 0–59";
        QTest::newRow("hour") << "0 24 * * *"
                              << "field 2 (hour)";
        QTest::newRow("dom zero") << "0 0 0 * *"
                                  << "field 3 (day of month)";
        QTest::newRow("month name") << "0 0 * foo *"
                                    << "field 4 (month) \"foo\": \"foo\" is not a number";
        QTest::newRow("month names allowed") << "0 0 * 13 *"
                                             << "names jan–dec";
        QTest::newRow("dow") << "0 0 * * 8"
                             << "field 5 (day of week)";
        QTest::newRow("backwards") << "0 0 * * fri-mon"
                                   << "runs backwards";
        QTest::newRow("step zero") << "*/0 * * * *"
                                   << "at least 1";
        QTest::newRow("step without range") << "5/10 * * * *"
                                            << "write 5-59/10";
        QTest::newRow("empty item") << "1,,2 * * * *"
                                    << "empty list item";
        QTest::newRow("negative") << "-1 * * * *"
                                  << "not a number";
        QTest::newRow("six fields") << "0 0 * * * *"
                                    << "has 6 fields; it needs five";
        QTest::newRow("four fields") << "0 0 * *"
                                     << "has 4 fields";
        QTest::newRow("reboot") << "@reboot"
                                << "unknown nickname";
    }

    void errorsNameTheField()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const Error error = errorOf([&] { CronExpression::parse(text); });
        QCOMPARE(error.kind(), ErrorKind::BadInput);
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
    }

    void neverRuns()
    {
        const CronExpression cron = CronExpression::parse(QStringLiteral("0 0 30 2 *"));
        QVERIFY(
            !cron.nextRun(at(QStringLiteral("2025-01-01T00:00:00Z")), QTimeZone::utc()).isValid());
        // 29 February comes round within the ten years looked at.
        QCOMPARE(CronExpression::parse(QStringLiteral("0 0 29 2 *"))
                     .nextRun(at(QStringLiteral("2025-03-01T00:00:00Z")), QTimeZone::utc()),
                 at(QStringLiteral("2028-02-29T00:00:00Z")));
    }

    void strictlyAfter()
    {
        const CronExpression cron = CronExpression::parse(QStringLiteral("0 2 * * *"));
        QCOMPARE(cron.nextRun(at(QStringLiteral("2025-05-01T02:00:00Z")), QTimeZone::utc()),
                 at(QStringLiteral("2025-05-02T02:00:00Z")));
        QCOMPARE(cron.nextRun(at(QStringLiteral("2025-05-01T01:59:59.999Z")), QTimeZone::utc()),
                 at(QStringLiteral("2025-05-01T02:00:00Z")));
    }

    void interval_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("every 6 hours") << "0 */6 * * *" << qint64(6 * 3600);
        QTest::newRow("daily 02:00, UTC") << "0 2 * * *" << qint64(86400);
        QTest::newRow("weekdays") << "0 2 * * 1-5" << qint64(3 * 86400);
        QTest::newRow("every minute") << "* * * * *" << qint64(60);
        QTest::newRow("irregular list") << "0 1,2,12 * * *" << qint64(13 * 3600);
    }

    void interval()
    {
        QFETCH(QString, expr);
        QFETCH(qint64, seconds);
        QCOMPARE(CronExpression::parse(expr).intervalSeconds(
                     at(QStringLiteral("2025-01-01T00:00:00Z")), QTimeZone::utc()),
                 seconds);
    }

    // A daily job in a zone with DST: the longest gap is the night the clocks go back.
    void intervalOverDst()
    {
        QCOMPARE(CronExpression::parse(QStringLiteral("0 2 * * *"))
                     .intervalSeconds(at(QStringLiteral("2025-01-01T00:00:00Z")),
                                      QTimeZone("Europe/Berlin")),
                 qint64(25 * 3600));
    }

    // Many expressions from many start times, in three zones, wherever no clock change lies
    // in the way: croniter and we must agree to the second.
    void agreesWithCroniter()
    {
        const QStringList expressions = {
            "* * * * *",     "*/15 * * * *",    "0 2 * * *",        "0 */6 * * *",
            "30 4 1,15 * *", "0 0 * * mon-fri", "0 9-17/2 * * 1-5", "15 3 * jan,jul *",
            "0 0 29 2 *",    "0 12 13 * 5",     "@daily",           "@hourly",
            "@weekly",       "@monthly",        "@yearly",          "5 4 * * sun",
            "0 0 * * 7",     "59 23 31 12 *",   "0 0 1-7 * 1",      "1-5/2 * * * *",
            "0 0 1 */3 *",   "45 23 * * 6",     "0 6,18 * * *",     "10,20,30 1 * * 0,3",
            "0 0 28-31 * *", "*/7 */5 * * *",   "0 3 * feb-apr 2",  "0 0 31 * *",
        };
        const QStringList starts = {
            "2025-01-15T10:07:30Z", "2025-02-28T23:59:00Z", "2024-02-28T12:00:00Z",
            "2025-06-30T23:45:00Z", "2025-12-31T23:59:59Z", "2025-07-01T00:00:00Z",
        };
        const QStringList zones = {"UTC", "Europe/Berlin", "America/New_York"};
        QList<Case> cases;
        for (const QString &expr : expressions) {
            for (const QString &start : starts) {
                for (const QString &zone : zones)
                    cases.append({expr, at(start), zone, 6});
            }
        }
        QString why;
        const QList<QList<qint64>> answers = croniter(cases, &why);
        REQUIRE_CRONITER(answers, why);
        QCOMPARE(answers.size(), cases.size());
        int compared = 0;
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const Case &c = cases.at(i);
            const QList<qint64> mine = ours(c);
            const QList<qint64> theirs = answers.at(i);
            const qint64 last = std::max(mine.isEmpty() ? 0 : mine.last(), theirs.last());
            // Clock changes have cases of their own below: croniter's answers there are not
            // cron's.
            if (c.zone != QLatin1String("UTC") &&
                crossesTransition(c.zone, c.start.toSecsSinceEpoch(), last))
                continue;
            ++compared;
            QVERIFY2(mine == theirs,
                     qPrintable(QStringLiteral("%1 from %2 in %3: ours %4, croniter %5")
                                    .arg(c.expr, c.start.toString(Qt::ISODate), c.zone,
                                         describe(mine, c.zone), describe(theirs, c.zone))));
        }
        // Most cases do not cross a clock change; the comparison must not have been skipped.
        QVERIFY2(compared > cases.size() / 2, qPrintable(QString::number(compared)));
    }

    // Where the clocks change, cron's documented rules (cron(8), cron.c) decide. For each
    // case croniter's answer is printed beside it; where it differs, the reason says why
    // cron's is right.
    void dst_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("reason");

        // Europe/Berlin: 2025-03-30 02:00 CET becomes 03:00 CEST; 2025-10-26 03:00 CEST
        // becomes 02:00 CET.
        QTest::newRow("Berlin gap, fixed 02:30")
            << "Europe/Berlin"
            << "30 2 * * *"
            << "2025-03-29T12:00:00+01:00"
            << QStringList{"2025-03-30T03:00:00+02:00", "2025-03-31T02:30:00+02:00"}
            << "02:30 does not exist that day; cron runs skipped fixed-time jobs as soon as the "
               "clock has jumped (03:00 CEST). croniter gives 02:30 with the old offset, an "
               "instant that is 03:30 CEST.";
        QTest::newRow("Berlin gap, fixed 02:00")
            << "Europe/Berlin"
            << "0 2 * * *"
            << "2025-03-29T12:00:00+01:00"
            << QStringList{"2025-03-30T03:00:00+02:00", "2025-03-31T02:00:00+02:00"}
            << "02:00 does not exist; cron runs it at the jump, 03:00 CEST.";
        QTest::newRow("Berlin gap, two fixed times")
            << "Europe/Berlin"
            << "15 2,3 * * *"
            << "2025-03-30T00:00:00+01:00"
            << QStringList{"2025-03-30T03:00:00+02:00", "2025-03-30T03:15:00+02:00",
                           "2025-03-31T02:15:00+02:00"}
            << "02:15 is skipped by the jump and run at 03:00; 03:15 runs as usual.";
        QTest::newRow("Berlin gap, wildcard")
            << "Europe/Berlin"
            << "*/30 * * * *"
            << "2025-03-30T01:40:00+01:00"
            << QStringList{"2025-03-30T03:00:00+02:00", "2025-03-30T03:30:00+02:00"}
            << "A wildcard job (* in minute or hour) runs by the new time only: the missing "
               "02:00 and 02:30 are not made up.";
        QTest::newRow("Berlin repeat, fixed 02:30")
            << "Europe/Berlin"
            << "30 2 * * *"
            << "2025-10-25T12:00:00+02:00"
            << QStringList{"2025-10-26T02:30:00+02:00", "2025-10-27T02:30:00+01:00",
                           "2025-10-28T02:30:00+01:00"}
            << "02:30 happens twice; a fixed-time job runs at the first only (cron: \"those "
               "jobs that fall into the repeated time will not be re-run\"). croniter puts the "
               "next day's run at 03:30 CET, an hour late.";
        QTest::newRow("Berlin repeat, wildcard */30")
            << "Europe/Berlin"
            << "*/30 * * * *"
            << "2025-10-26T01:50:00+02:00"
            << QStringList{"2025-10-26T02:00:00+02:00", "2025-10-26T02:30:00+02:00",
                           "2025-10-26T02:00:00+01:00", "2025-10-26T02:30:00+01:00",
                           "2025-10-26T03:00:00+01:00"}
            << "Wildcard jobs run by the wall clock, in both copies of the repeated hour "
               "(cron.c runs wildcard jobs while the clock is behind). croniter skips the "
               "second copy.";
        QTest::newRow("Berlin repeat, hourly")
            << "Europe/Berlin"
            << "@hourly"
            << "2025-10-26T01:50:00+02:00"
            << QStringList{"2025-10-26T02:00:00+02:00", "2025-10-26T02:00:00+01:00",
                           "2025-10-26T03:00:00+01:00"}
            << "@hourly is a wildcard job (Debian sets HR_STAR for it): it runs at both "
               "02:00s. croniter runs it once.";
        QTest::newRow("Berlin repeat, fixed 02:00")
            << "Europe/Berlin"
            << "0 2 * * *"
            << "2025-10-25T12:00:00+02:00"
            << QStringList{"2025-10-26T02:00:00+02:00", "2025-10-27T02:00:00+01:00"}
            << "Fixed-time: the first 02:00 only; croniter's next day is an hour late.";

        // America/New_York: 2025-03-09 02:00 EST becomes 03:00 EDT; 2025-11-02 02:00 EDT
        // becomes 01:00 EST.
        QTest::newRow("New York gap, fixed 02:30")
            << "America/New_York"
            << "30 2 * * *"
            << "2025-03-08T12:00:00-05:00"
            << QStringList{"2025-03-09T03:00:00-04:00", "2025-03-10T02:30:00-04:00"}
            << "02:30 does not exist; cron runs it at the jump, 03:00 EDT. croniter gives "
               "02:30 with the old offset (03:30 EDT).";
        QTest::newRow("New York gap, wildcard")
            << "America/New_York"
            << "*/30 * * * *"
            << "2025-03-09T01:40:00-05:00"
            << QStringList{"2025-03-09T03:00:00-04:00", "2025-03-09T03:30:00-04:00"}
            << "Wildcard jobs skip the missing hour.";
        QTest::newRow("New York repeat, fixed 01:30")
            << "America/New_York"
            << "30 1 * * *"
            << "2025-11-01T12:00:00-04:00"
            << QStringList{"2025-11-02T01:30:00-04:00", "2025-11-03T01:30:00-05:00"}
            << "01:30 happens twice; a fixed-time job runs at the first (EDT) only.";
        QTest::newRow("New York repeat, wildcard minutes in a fixed hour")
            << "America/New_York"
            << "*/20 1 * * *"
            << "2025-11-02T00:50:00-04:00"
            << QStringList{"2025-11-02T01:00:00-04:00", "2025-11-02T01:20:00-04:00",
                           "2025-11-02T01:40:00-04:00", "2025-11-02T01:00:00-05:00",
                           "2025-11-02T01:20:00-05:00", "2025-11-02T01:40:00-05:00",
                           "2025-11-03T01:00:00-05:00"}
            << "A minute field beginning with * makes it a wildcard job (MIN_STAR), so it runs "
               "in both copies of 01:xx.";
        QTest::newRow("New York after the repeat, fixed 02:00")
            << "America/New_York"
            << "0 2 * * *"
            << "2025-11-01T12:00:00-04:00"
            << QStringList{"2025-11-02T02:00:00-05:00", "2025-11-03T02:00:00-05:00"}
            << "02:00 EST exists once on 2 November; croniter moves it to 03:00 EST.";

        // Not DST but the same kind of disagreement: the day fields.
        QTest::newRow("day of month */2 with a weekday")
            << "UTC"
            << "0 0 */2 * 1"
            << "2025-01-01T00:00:00Z"
            << QStringList{"2025-01-13T00:00:00Z", "2025-01-27T00:00:00Z", "2025-02-03T00:00:00Z",
                           "2025-02-17T00:00:00Z"}
            << "A day-of-month field that begins with * (here */2) is not \"restricted\" for "
               "cron (DOM_STAR), so both fields must match: odd days that are Mondays. "
               "croniter ORs them.";
    }

    void dst()
    {
        QFETCH(QString, zone);
        QFETCH(QString, expr);
        QFETCH(QString, start);
        QFETCH(QStringList, expected);
        QFETCH(QString, reason);
        const Case c{expr, at(start), zone, static_cast<int>(expected.size())};
        QList<qint64> wanted;
        for (const QString &run : expected)
            wanted.append(at(run).toSecsSinceEpoch());
        const QList<qint64> mine = ours(c);
        QVERIFY2(mine == wanted,
                 qPrintable(QStringLiteral("ours %1, cron's %2")
                                .arg(describe(mine, zone), describe(wanted, zone))));
        QString why;
        const QList<QList<qint64>> answers = croniter({c}, &why);
        REQUIRE_CRONITER(answers, why);
        if (answers.first() == wanted)
            qInfo("croniter agrees");
        else
            qInfo("croniter says %s; cron's answer is right: %s",
                  qPrintable(describe(answers.first(), zone)), qPrintable(reason));
    }
};

QTEST_GUILESS_MAIN(TestCronExpression)
#include "tst_cronexpression.moc"
