#include "Require.h"
#include "TestData.h"
#include "backup/BackupScript.h"
#include "remote/ShellQuote.h"
#include "util/Error.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace blihops;
using blihops::test::errorOf;

namespace {

// Names a user may well type, and some an attacker would.
const QString kHostile = QStringLiteral("it's a \"dest\" $(touch /tmp/blihops-SENTINEL); `id`; x");

BackupJob hostileJob()
{
    BackupJob job;
    job.environment = QStringLiteral("prod 'eu' $(x)");
    job.name = QStringLiteral("nightly");
    job.databaseService = QStringLiteral("db'; rm -rf /;'");
    job.databases = {QStringLiteral("app"), kHostile};
    job.databaseUser = QStringLiteral("o'neil");
    job.volumes = {QStringLiteral("proj_app st'orage")};
    job.paths = {QStringLiteral("/srv/") + kHostile};
    job.databaseDestination = QStringLiteral("/backups/") + kHostile;
    job.storageDestination = QStringLiteral("/backups/storage ") + kHostile;
    job.copyTo = QStringLiteral("ssh://backup@vault.example.org:2222/srv/it's here");
    job.webhookUrl = QStringLiteral("https://hooks.example.org/x?a='1'&b=$(id)");
    job.verifyCron = QStringLiteral("30 3 * * 0");
    return job;
}

QString writeScript(const QTemporaryDir &dir, const QString &script)
{
    const QString path = dir.filePath(QStringLiteral("backup.sh"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(script.toUtf8());
    return path;
}

} // namespace

class TestBackupScript : public QObject
{
    Q_OBJECT

private slots:
    void syntaxIsClean()
    {
        QTemporaryDir dir;
        const QString path =
            writeScript(dir, BackupScript::generate(hostileJob(), QStringLiteral("proj 'x'")));
        QProcess sh;
        sh.setProcessChannelMode(QProcess::MergedChannels);
        sh.start(QStringLiteral("sh"), {QStringLiteral("-n"), path});
        QVERIFY(sh.waitForFinished());
        QVERIFY2(sh.exitCode() == 0, sh.readAll().constData());
    }

    void shellcheckIsClean_data()
    {
        QTest::addColumn<bool>("database");
        QTest::addColumn<bool>("storage");
        QTest::addColumn<bool>("verify");
        QTest::newRow("everything") << true << true << true;
        QTest::newRow("no scheduled verification") << true << true << false;
        QTest::newRow("database only") << true << false << true;
        QTest::newRow("storage only") << false << true << true;
    }

    void shellcheckIsClean()
    {
        QFETCH(bool, database);
        QFETCH(bool, storage);
        QFETCH(bool, verify);
        const QString shellcheck = QStandardPaths::findExecutable(QStringLiteral("shellcheck"));
        BLIHOPS_REQUIRE(!shellcheck.isEmpty(),
                        "shellcheck is not installed (scripts/install-deps.sh test)");
        BackupJob job = hostileJob();
        if (!database) {
            job.databaseService.clear();
            job.databases.clear();
        }
        if (!storage) {
            job.volumes.clear();
            job.paths.clear();
            job.copyTo.clear();
            job.webhookUrl.clear();
        }
        if (!verify)
            job.verifyCron.clear();
        QTemporaryDir dir;
        const QString path = writeScript(dir, BackupScript::generate(job, QStringLiteral("proj")));
        QProcess check;
        check.setProcessChannelMode(QProcess::MergedChannels);
        // Every severity, style included.
        check.start(shellcheck, {QStringLiteral("-s"), QStringLiteral("sh"), QStringLiteral("-S"),
                                 QStringLiteral("style"), path});
        QVERIFY(check.waitForFinished(60000));
        QVERIFY2(check.exitCode() == 0, check.readAll().constData());
    }

    // Each value of the job is in the script only as shellQuote() made it: the raw text of
    // a value with a single quote inside (not at its end) cannot appear anywhere else, since
    // shellQuote() writes each quote as '\''.
    void everyValueIsQuoted()
    {
        const BackupJob job = hostileJob();
        const QString script = BackupScript::generate(job, QStringLiteral("proj 'x'"));
        for (const QString &value :
             {job.databaseService, job.databaseUser, job.volumes.first(), job.paths.first(),
              kHostile, BackupScript::databaseFolder(job), BackupScript::storageFolder(job),
              job.webhookUrl, QStringLiteral("proj 'x'")}) {
            QVERIFY2(value.contains(QLatin1Char('\'')), qPrintable(value));
            QVERIFY2(!script.contains(value), qPrintable(value));
            QVERIFY2(script.contains(shellQuote(value)), qPrintable(value));
        }
        QVERIFY(script.contains(QStringLiteral("backup_database 'app' '\"app\"' 'app'\n")));
        // The environment's name only in quotes, and once in the first comment, on one line.
        QVERIFY(script.contains(QStringLiteral("environment=") + shellQuote(job.environment)));
    }

    // A value that looks like one of the template's placeholders stays a plain value.
    void placeholdersInValuesAreNotExpanded()
    {
        BackupJob job = hostileJob();
        job.environment = QStringLiteral("@PROJECT@");
        job.databaseUser = QStringLiteral("@WEBHOOK@");
        const QString script = BackupScript::generate(job, QStringLiteral("x; touch /tmp/pwn"));
        QVERIFY(script.contains(QStringLiteral("\nenvironment='@PROJECT@'\n")));
        QVERIFY(script.contains(QStringLiteral("\ndb_user='@WEBHOOK@'\n")));
        QVERIFY(script.contains(QStringLiteral("\nproject='x; touch /tmp/pwn'\n")));
    }

    void refusesAnInvalidJob()
    {
        BackupJob job = hostileJob();
        job.cron = QStringLiteral("* * *");
        QCOMPARE(errorOf([&] { BackupScript::generate(job, QStringLiteral("p")); }).kind(),
                 ErrorKind::BadInput);
    }

    void folders()
    {
        BackupJob job;
        job.name = QStringLiteral("nightly");
        job.databaseService = QStringLiteral("postgres");
        QCOMPARE(BackupScript::databaseFolder(job), QStringLiteral("/backups/postgresql/nightly"));
        QCOMPARE(BackupScript::storageFolder(job), QStringLiteral("/backups/storage/nightly"));
        QCOMPARE(BackupScript::scriptPath(job),
                 QStringLiteral("/backups/postgresql/.blihops/nightly.sh"));
        QCOMPARE(BackupScript::logPath(job),
                 QStringLiteral("/backups/postgresql/.blihops/nightly.log"));
    }

    void fileTokens()
    {
        QCOMPARE(BackupScript::fileToken(QStringLiteral("blihops_db")),
                 QStringLiteral("blihops_db"));
        const QString spaced = BackupScript::fileToken(QStringLiteral("a b"));
        const QString underscored = BackupScript::fileToken(QStringLiteral("a_b"));
        QVERIFY(spaced.startsWith(QStringLiteral("a_b-")));
        QCOMPARE(underscored, QStringLiteral("a_b"));
        QVERIFY(spaced != underscored);
        const QString path = BackupScript::fileToken(QStringLiteral("/srv/../x"));
        QVERIFY(!path.startsWith(QLatin1Char('.')) && !path.contains(QLatin1Char('/')));
        QVERIFY(!BackupScript::fileToken(QStringLiteral("...")).isEmpty());
        QVERIFY(BackupScript::fileToken(QString(200, QLatin1Char('x'))).size() <= 64);
    }
};

QTEST_GUILESS_MAIN(TestBackupScript)
#include "tst_backupscript.moc"
