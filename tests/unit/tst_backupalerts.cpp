#include "HttpSink.h"
#include "backup/BackupAlerts.h"
#include "backup/WebhookNotifier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace blihops;
using blihops::test::HttpSink;

namespace {

BackupRecord run(const QDateTime &started, bool ok, qint64 size = 1000,
                 const QString &source = QStringLiteral("blihops_db"))
{
    BackupRecord record;
    record.id = started.toString(Qt::ISODate) + source;
    record.job = QStringLiteral("nightly");
    record.source = source;
    record.started = started;
    record.ok = ok;
    record.size = size;
    record.error = ok ? QString() : QStringLiteral("pg_dump: server closed the connection");
    return record;
}

const QDateTime kNow(QDate(2025, 6, 10), QTime(12, 0), Qt::UTC);

BackupAlerts::Input input(const QString &cron, const QList<BackupRecord> &records)
{
    BackupAlerts::Input in;
    in.job = QStringLiteral("nightly");
    in.schedule = CronExpression::parse(cron);
    in.records = records;
    in.now = kNow;
    return in;
}

QList<BackupAlerts::Kind> kinds(const QList<BackupAlerts::Alert> &alerts)
{
    QList<BackupAlerts::Kind> list;
    for (const BackupAlerts::Alert &alert : alerts)
        list << alert.kind;
    return list;
}

BackupAlerts::Alert anAlert()
{
    return {BackupAlerts::Kind::Failed, QStringLiteral("nightly"),
            QStringLiteral("The last run failed: \"quoted\"\nand a new line"), kNow};
}

} // namespace

class TestBackupAlerts : public QObject
{
    Q_OBJECT

private slots:
    void freshBackupNoAlert()
    {
        QVERIFY(BackupAlerts::evaluate(input("0 2 * * *", {run(kNow.addSecs(-10 * 3600), true)}))
                    .isEmpty());
    }

    // Daily: 1.5 x 24 h = 36 h.
    void staleAfterOneAndAHalfIntervals()
    {
        QVERIFY(BackupAlerts::evaluate(input("0 2 * * *", {run(kNow.addSecs(-35 * 3600), true)}))
                    .isEmpty());
        const QList<BackupAlerts::Alert> alerts =
            BackupAlerts::evaluate(input("0 2 * * *", {run(kNow.addSecs(-37 * 3600), true)}));
        QCOMPARE(kinds(alerts), QList<BackupAlerts::Kind>{BackupAlerts::Kind::Stale});
        QVERIFY2(alerts.first().message.contains(QStringLiteral("37.0 hours")),
                 qPrintable(alerts.first().message));
        // Every 6 hours: stale after 9.
        QCOMPARE(kinds(BackupAlerts::evaluate(
                     input("0 */6 * * *", {run(kNow.addSecs(-10 * 3600), true)}))),
                 QList<BackupAlerts::Kind>{BackupAlerts::Kind::Stale});
    }

    // Failures do not make a backup fresh.
    void failedLastRun()
    {
        const QList<BackupAlerts::Alert> alerts = BackupAlerts::evaluate(
            input("0 2 * * *", {run(kNow.addDays(-3), true), run(kNow.addSecs(-3600), false)}));
        QCOMPARE(kinds(alerts), (QList<BackupAlerts::Kind>{BackupAlerts::Kind::Stale,
                                                           BackupAlerts::Kind::Failed}));
        QVERIFY(alerts.last().message.contains(QStringLiteral("server closed the connection")));
        // A good run after the failure clears it.
        QVERIFY(BackupAlerts::evaluate(input("0 2 * * *", {run(kNow.addSecs(-7200), false),
                                                           run(kNow.addSecs(-3600), true)}))
                    .isEmpty());
    }

    // The newest scheduled verification of a source failed: an alert naming it, until a later
    // one of that source passes; another source's verification does not clear it.
    void failedScheduledVerification()
    {
        const auto verification = [](const QDateTime &started, bool ok, const QString &source) {
            HostVerification v;
            v.id = started.toString(Qt::ISODate) + source;
            v.job = QStringLiteral("nightly");
            v.source = source;
            v.started = started;
            v.ok = ok;
            v.error =
                ok ? QString() : QStringLiteral("differs from the manifest in: public.rental");
            return v;
        };
        BackupAlerts::Input in = input("0 2 * * *", {run(kNow.addSecs(-3600), true)});
        in.verifications = {verification(kNow.addDays(-8), true, QStringLiteral("blihops_db")),
                            verification(kNow.addDays(-1), false, QStringLiteral("blihops_db")),
                            verification(kNow.addSecs(-60), true, QStringLiteral("other"))};
        const QList<BackupAlerts::Alert> alerts = BackupAlerts::evaluate(in);
        QCOMPARE(kinds(alerts), QList<BackupAlerts::Kind>{BackupAlerts::Kind::VerificationFailed});
        QVERIFY2(alerts.first().message.contains(QStringLiteral("public.rental")),
                 qPrintable(alerts.first().message));
        QCOMPARE(alerts.first().since, kNow.addDays(-1));
        QCOMPARE(BackupAlerts::kindKey(alerts.first().kind), QStringLiteral("verification-failed"));
        in.verifications << verification(kNow.addSecs(-30), true, QStringLiteral("blihops_db"));
        QVERIFY(BackupAlerts::evaluate(in).isEmpty());
    }

    void neverAGoodBackup()
    {
        BackupAlerts::Input in = input("0 2 * * *", {});
        in.installed = kNow.addDays(-1);
        QVERIFY(BackupAlerts::evaluate(in).isEmpty());
        in.installed = kNow.addDays(-2);
        QCOMPARE(kinds(BackupAlerts::evaluate(in)),
                 QList<BackupAlerts::Kind>{BackupAlerts::Kind::Stale});
    }

    // Twice the last run: each source's newest good backup, added up.
    void lowSpace()
    {
        BackupAlerts::Input in =
            input("0 2 * * *", {run(kNow.addSecs(-7200), true, 300, QStringLiteral("a")),
                                run(kNow.addSecs(-3600), true, 700, QStringLiteral("b")),
                                run(kNow.addDays(-5), true, 100000, QStringLiteral("b"))});
        in.freeBytes = 2000;
        QVERIFY(BackupAlerts::evaluate(in).isEmpty());
        in.freeBytes = 1999;
        QCOMPARE(kinds(BackupAlerts::evaluate(in)),
                 QList<BackupAlerts::Kind>{BackupAlerts::Kind::LowSpace});
    }

    void webhookBody()
    {
        const QJsonObject body =
            QJsonDocument::fromJson(WebhookNotifier::body(QStringLiteral("production"), anAlert()))
                .object();
        QVERIFY(
            body.value(QStringLiteral("text")).toString().contains(QStringLiteral("production")));
        QVERIFY(body.value(QStringLiteral("text")).toString().contains(anAlert().message));
        QCOMPARE(body.value(QStringLiteral("kind")).toString(), QStringLiteral("failed"));
        QCOMPARE(body.value(QStringLiteral("job")).toString(), QStringLiteral("nightly"));
        QCOMPARE(body.value(QStringLiteral("since")).toString(),
                 QStringLiteral("2025-06-10T12:00:00Z"));
    }

    // A real HTTP server answers 503 twice, then 200: three tries, the body each time.
    void webhookRetriesThenSucceeds()
    {
        HttpSink sink({503, 503, 200});
        WebhookNotifier notifier;
        notifier.setRetry(4, 50, 5000);
        QSignalSpy finished(&notifier, &WebhookNotifier::finished);
        notifier.notify(QUrl(sink.url()), QStringLiteral("production"), anAlert());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(finished.first().at(2).toInt(), 3);
        QCOMPARE(sink.requests().size(), 3);
        for (const HttpSink::Request &request : sink.requests()) {
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.path, QByteArray("/hook"));
            QVERIFY(request.head.toLower().contains("content-type: application/json"));
            QCOMPARE(request.body, WebhookNotifier::body(QStringLiteral("production"), anAlert()));
        }
    }

    void webhookFailureIsReported()
    {
        HttpSink sink({500});
        WebhookNotifier notifier;
        notifier.setRetry(3, 20, 5000);
        QSignalSpy finished(&notifier, &WebhookNotifier::finished);
        notifier.notify(QUrl(sink.url(QStringLiteral("/services/SECRET"))), QStringLiteral("p"),
                        anAlert());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(2).toInt(), 3);
        const QString error = finished.first().at(1).toString();
        QVERIFY2(error.contains(QStringLiteral("500")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("SECRET")), qPrintable(error));
        QCOMPARE(sink.requests().size(), 3);
    }

    // 404 will not get better: one try.
    void webhookClientErrorIsNotRetried()
    {
        HttpSink sink({404});
        WebhookNotifier notifier;
        notifier.setRetry(4, 20, 5000);
        QSignalSpy finished(&notifier, &WebhookNotifier::finished);
        notifier.notify(QUrl(sink.url()), QStringLiteral("p"), anAlert());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(sink.requests().size(), 1);
    }

    void webhookUnreachable()
    {
        quint16 port = 0;
        {
            HttpSink gone; // a port that was free a moment ago
            port = gone.port();
        }
        WebhookNotifier notifier;
        notifier.setRetry(2, 20, 5000);
        QSignalSpy finished(&notifier, &WebhookNotifier::finished);
        notifier.notify(QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(port)),
                        QStringLiteral("p"), anAlert());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(2).toInt(), 2);
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("could not be reached")));
    }
};

QTEST_GUILESS_MAIN(TestBackupAlerts)
#include "tst_backupalerts.moc"
