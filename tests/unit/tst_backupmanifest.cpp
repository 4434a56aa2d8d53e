#include "backup/BackupManifest.h"
#include "backup/RetentionPlanner.h"

#include <QJsonDocument>
#include <QTest>

using namespace blihops;

namespace {

const QString kSha =
    QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
const QString kSha2 =
    QStringLiteral("2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae");

BackupRecord databaseRecord(const QString &id, const QDateTime &started, bool ok = true,
                            const QString &source = QStringLiteral("blihops_db"))
{
    BackupRecord record;
    record.id = id;
    record.job = QStringLiteral("nightly");
    record.kind = BackupRecord::Kind::Database;
    record.source = source;
    record.file = ok ? source + QLatin1Char('-') + id + QStringLiteral(".dump") : QString();
    record.size = ok ? 1000 : 0;
    record.sha256 = ok ? kSha : QString();
    record.started = started;
    record.durationMs = 1234;
    record.ok = ok;
    record.error = ok ? QString() : QStringLiteral("pg_dump: connection refused \"x\"\n");
    if (ok)
        record.tables = {{QStringLiteral("public"), QStringLiteral("actor"), 200,
                          QStringLiteral("a7d44d8e7ea2b00bd4673ef8f689614e")}};
    return record;
}

QDateTime day(int d)
{
    return QDateTime(QDate(2025, 1, 1).addDays(d), QTime(2, 0), Qt::UTC);
}

} // namespace

class TestBackupManifest : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        BackupRecord storage;
        storage.id = QStringLiteral("20250102T020000Z-storage-app_storage");
        storage.job = QStringLiteral("nightly");
        storage.kind = BackupRecord::Kind::Storage;
        storage.source = QStringLiteral("blihops_app_storage");
        storage.file = QStringLiteral("app_storage-20250102T020000Z.tar.zst");
        storage.size = 42;
        storage.sha256 = kSha2;
        storage.started = day(1);
        storage.ok = true;
        storage.files = {{QStringLiteral("a b/it's \"q\".txt"), 3, kSha},
                         {QStringLiteral("line\nbreak"), 0, kSha2}};
        const BackupRecord database = databaseRecord(QStringLiteral("1"), day(0));
        const BackupRecord failed = databaseRecord(QStringLiteral("2"), day(2), false);
        const QByteArray text = BackupManifest::line(database) + BackupManifest::line(storage) +
                                BackupManifest::line(failed);
        QCOMPARE(text.count('\n'), 3); // one line each, whatever the names hold
        const BackupManifest::Parsed parsed = BackupManifest::parse(text);
        QCOMPARE(parsed.problems.size(), 0);
        QCOMPARE(parsed.tornLine, 0);
        QCOMPARE(parsed.records, (QList<BackupRecord>{database, storage, failed}));
    }

    // What the host script writes by hand (printf, no Qt), field for field.
    void readsTheScriptsLines()
    {
        // (No raw string literals here: moc does not read them.)
        const QByteArray line =
            "{\"id\":\"20250330T020000Z-database-blihops_db\",\"job\":\"nightly\","
            "\"kind\":\"database\",\"source\":\"blihops_db\","
            "\"file\":\"blihops_db-20250330T020000Z.dump\",\"size\":123,\"sha256\":\"" +
            kSha.toUtf8() +
            "\",\"started\":\"2025-03-30T02:00:00Z\",\"duration_ms\":4567,\"result\":\"ok\","
            "\"error\":\"\",\"tables\":[{\"schema\" : \"public\", \"name\" : \"actor\", "
            "\"rows\" : 200, \"checksum\" : \"a7d44d8e7ea2b00bd4673ef8f689614e\"}]}\n";
        const BackupManifest::Parsed parsed = BackupManifest::parse(line);
        QCOMPARE(parsed.problems.size(), 0);
        QCOMPARE(parsed.records.size(), 1);
        const BackupRecord &record = parsed.records.first();
        QCOMPARE(record.started, QDateTime(QDate(2025, 3, 30), QTime(2, 0), Qt::UTC));
        QCOMPARE(record.durationMs, 4567);
        QCOMPARE(record.tables.first().rows, 200);
        QVERIFY(record.ok);
    }

    // A run killed while appending leaves a last line without its newline.
    void tornLastLineIsIgnoredAndReported()
    {
        const QByteArray good = BackupManifest::line(databaseRecord(QStringLiteral("1"), day(0)));
        const QByteArray next = BackupManifest::line(databaseRecord(QStringLiteral("2"), day(1)));
        for (qsizetype cut = 1; cut < next.size(); cut += 37) {
            const BackupManifest::Parsed parsed = BackupManifest::parse(good + next.left(cut));
            QCOMPARE(parsed.records.size(), 1);
            QCOMPARE(parsed.tornLine, 2);
            QCOMPARE(parsed.problems.size(), 0);
        }
        // Even a whole object counts as torn without its newline: the write did not finish.
        QCOMPARE(BackupManifest::parse(good + next.chopped(1)).records.size(), 1);
    }

    void malformedLinesNameTheirNumber()
    {
        const QByteArray good = BackupManifest::line(databaseRecord(QStringLiteral("1"), day(0)));
        QJsonObject slash = databaseRecord(QStringLiteral("3"), day(2)).toJson();
        slash.insert(QStringLiteral("file"), QStringLiteral("../../etc/passwd"));
        QJsonObject badSha = databaseRecord(QStringLiteral("4"), day(3)).toJson();
        badSha.insert(QStringLiteral("sha256"), QStringLiteral("abc"));
        QJsonObject badResult = databaseRecord(QStringLiteral("5"), day(4)).toJson();
        badResult.insert(QStringLiteral("result"), QStringLiteral("maybe"));
        const QByteArray text =
            good + "{not json\n" + "\n" + QJsonDocument(slash).toJson(QJsonDocument::Compact) +
            '\n' + QJsonDocument(badSha).toJson(QJsonDocument::Compact) + '\n' +
            QJsonDocument(badResult).toJson(QJsonDocument::Compact) + '\n' + good;
        const BackupManifest::Parsed parsed = BackupManifest::parse(text);
        QCOMPARE(parsed.records.size(), 1);
        QCOMPARE(parsed.problems.size(), 5);
        QList<int> lines;
        for (const BackupManifest::Problem &problem : parsed.problems) {
            lines << problem.line;
            QVERIFY2(problem.message.startsWith(QStringLiteral("line %1").arg(problem.line)),
                     qPrintable(problem.message));
        }
        QCOMPARE(lines, (QList<int>{2, 4, 5, 6, 7}));
        QVERIFY(parsed.problems.at(1).message.contains(QStringLiteral("plain file name")));
        QVERIFY(parsed.problems.at(4).message.contains(QStringLiteral("repeats the id")));
    }

    void okRunNeedsItsFile()
    {
        QJsonObject noFile = databaseRecord(QStringLiteral("1"), day(0)).toJson();
        noFile.insert(QStringLiteral("file"), QString());
        QCOMPARE(BackupManifest::parse(QJsonDocument(noFile).toJson(QJsonDocument::Compact) + '\n')
                     .problems.size(),
                 1);
    }
};

class TestRetentionPlanner : public QObject
{
    Q_OBJECT

    static QList<RetentionPlanner::PresentFile> present(const QList<BackupRecord> &records)
    {
        QList<RetentionPlanner::PresentFile> files;
        for (const BackupRecord &record : records) {
            if (!record.file.isEmpty())
                files.append({record.file, record.size});
        }
        return files;
    }

    static QStringList files(const QList<RetentionPlanner::Decision> &decisions)
    {
        QStringList names;
        for (const RetentionPlanner::Decision &decision : decisions)
            names << decision.file;
        names.sort();
        return names;
    }

private slots:
    // Backups stopped 60 days ago: the newest three stay whatever their age.
    void keepsTheNewestGoodOnesHoweverOld()
    {
        QList<BackupRecord> records;
        for (int d = 0; d < 10; ++d)
            records.append(databaseRecord(QString::number(d), day(d)));
        const RetentionPlanner::Plan plan =
            RetentionPlanner::plan(records, present(records), {30, 3}, day(70));
        QCOMPARE(plan.remove.size(), 7);
        QCOMPARE(files(plan.keep),
                 (QStringList{records[7].file, records[8].file, records[9].file}));
        QVERIFY(plan.keep.first().reason.contains(QStringLiteral("newest 3")));
        QVERIFY(plan.remove.first().reason.contains(QStringLiteral("older than 30 day")));
    }

    void failedRunsNeverCount()
    {
        QList<BackupRecord> records;
        for (int d = 0; d < 5; ++d)
            records.append(databaseRecord(QString::number(d), day(d)));
        // Failures after the last good run, all recent.
        for (int d = 5; d < 10; ++d)
            records.append(databaseRecord(QStringLiteral("f%1").arg(d), day(60 + d), false));
        const RetentionPlanner::Plan plan =
            RetentionPlanner::plan(records, present(records), {30, 3}, day(70));
        QCOMPARE(files(plan.keep),
                 (QStringList{records[2].file, records[3].file, records[4].file}));
        QCOMPARE(files(plan.remove), (QStringList{records[0].file, records[1].file}));
    }

    void youngBackupsStay()
    {
        QList<BackupRecord> records;
        for (int d = 0; d < 40; ++d)
            records.append(databaseRecord(QString::number(d), day(d)));
        const RetentionPlanner::Plan plan =
            RetentionPlanner::plan(records, present(records), {30, 3}, day(40));
        // Started on or after day 10 are within 30 days of day 40.
        QCOMPARE(plan.keep.size(), 30);
        QCOMPARE(plan.remove.size(), 10);
    }

    // Each database (and volume) keeps its own newest N.
    void perSource()
    {
        QList<BackupRecord> records;
        for (int d = 0; d < 6; ++d) {
            records.append(
                databaseRecord(QStringLiteral("a%1").arg(d), day(d), true, QStringLiteral("a")));
            records.append(
                databaseRecord(QStringLiteral("b%1").arg(d), day(d), true, QStringLiteral("b")));
        }
        const RetentionPlanner::Plan plan =
            RetentionPlanner::plan(records, present(records), {30, 3}, day(100));
        QCOMPARE(plan.keep.size(), 6);
        QCOMPARE(plan.remove.size(), 6);
    }

    void filesOutsideTheManifestAreNeverDeleted()
    {
        QList<BackupRecord> records;
        for (int d = 0; d < 5; ++d)
            records.append(databaseRecord(QString::number(d), day(d)));
        QList<RetentionPlanner::PresentFile> disk = present(records);
        // Looks like a backup by its name; the manifest does not know it.
        disk.append({QStringLiteral("blihops_db-0.dump.old"), 5});
        disk.append({QStringLiteral("blihops_db-20240101T020000Z.dump"), 1000});
        disk.append({QStringLiteral("manifest.jsonl"), 10});
        disk.append({QStringLiteral(".partials"), 10});
        disk.append({QStringLiteral("blihops_db-20240102T020000Z.dump.partial"), 10});
        // The manifest's file of day 0, but of another size: not that backup.
        disk[0].size = 999;
        // Day 1's file is gone.
        disk.removeAt(1);
        const RetentionPlanner::Plan plan =
            RetentionPlanner::plan(records, disk, {30, 1}, day(100));
        QCOMPARE(plan.unknownFiles,
                 (QStringList{"blihops_db-0.dump.old", "blihops_db-20240101T020000Z.dump",
                              "blihops_db-20240102T020000Z.dump.partial"}));
        QCOMPARE(files(plan.mismatched), QStringList{records[0].file});
        QCOMPARE(plan.missingFiles, QStringList{records[1].file});
        QCOMPARE(files(plan.remove), (QStringList{records[2].file, records[3].file}));
        QCOMPARE(files(plan.keep), QStringList{records[4].file});
    }

    // A missing or damaged newest backup does not count toward keepMin.
    void onlyRestorableBackupsCount()
    {
        QList<BackupRecord> records;
        for (int d = 0; d < 6; ++d)
            records.append(databaseRecord(QString::number(d), day(d)));
        QList<RetentionPlanner::PresentFile> disk = present(records);
        disk.removeLast(); // day 5's file is gone
        const RetentionPlanner::Plan plan =
            RetentionPlanner::plan(records, disk, {30, 3}, day(100));
        QCOMPARE(files(plan.keep),
                 (QStringList{records[2].file, records[3].file, records[4].file}));
    }
};

int main(int argc, char *argv[])
{
    TestBackupManifest manifest;
    TestRetentionPlanner retention;
    return QTest::qExec(&manifest, argc, argv) | QTest::qExec(&retention, argc, argv);
}

#include "tst_backupmanifest.moc"
