#include "HttpSink.h"
#include "LabSupport.h"
#include "Require.h"
#include "StoppedStack.h"
#include "TestData.h"
#include "TestWorkspace.h"
#include "backup/BackupJob.h"
#include "backup/BackupManifest.h"
#include "backup/BackupScript.h"
#include "backup/HostVerification.h"
#include "backup/TableChecksumSql.h"
#include "remote/ShellQuote.h"

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
#include <algorithm>
#include <unistd.h>

using namespace blihops;
using blihops::test::HttpSink;
using blihops::test::labValue;
using blihops::test::sha256Of;
using blihops::test::visibleFiles;
using blihops::test::writeFile;

namespace {

const QString kPagila = QStringLiteral(BLIHOPS_CORPUS_DIR "/pagila/");

QProcessEnvironment labEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_HOST"), labValue("BLIHOPS_TEST_DOCKER_HOST"));
    return env;
}

struct Run
{
    int exitCode = -1;
    QByteArray stderrText;
};

// A program to its end, with the event loop running (a test's HTTP server must answer).
Run run(const QString &program, const QStringList &args, const QByteArray &input = {},
        const QProcessEnvironment &env = labEnvironment(), QByteArray *out = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    process.write(input);
    process.closeWriteChannel();
    QByteArray stdoutText;
    QObject::connect(&process, &QProcess::readyReadStandardOutput,
                     [&] { stdoutText += process.readAllStandardOutput(); });
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 300000))
        process.kill();
    process.waitForFinished();
    stdoutText += process.readAllStandardOutput();
    if (out)
        *out = stdoutText;
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardError()};
}

QByteArray docker(const QStringList &args, const QByteArray &input = {})
{
    QByteArray out;
    const Run result = run(QStringLiteral("docker"), args, input, labEnvironment(), &out);
    if (result.exitCode != 0)
        qWarning("docker %s: %s", qPrintable(args.join(' ')), result.stderrText.constData());
    return out.trimmed();
}

HostVerification::Parsed verificationsIn(const QString &folder)
{
    QFile file(QDir(folder).filePath(HostVerification::fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return HostVerification::parse(file.readAll());
}

// Replaces before with after in the manifest's text (the script compares the text psql and
// its own listing wrote, so the test edits it as text).
bool editManifest(const QString &folder, const QByteArray &before, const QByteArray &after)
{
    QFile file(QDir(folder).filePath(BackupManifest::fileName()));
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray text = file.readAll();
    if (!text.contains(before))
        return false;
    text.replace(before, after);
    file.resize(0);
    file.seek(0);
    return file.write(text) == text.size();
}

BackupManifest::Parsed manifestIn(const QString &folder)
{
    QFile file(QDir(folder).filePath(BackupManifest::fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return BackupManifest::parse(file.readAll());
}

bool waitForFileWith(const QString &folder, const QString &suffix, int timeoutMs = 60000)
{
    return QTest::qWaitFor(
        [&] {
            for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::Files)) {
                if (info.fileName().endsWith(suffix) && info.size() > 0)
                    return true;
            }
            return false;
        },
        timeoutMs);
}

} // namespace

class TestBackupRun : public QObject
{
    Q_OBJECT

    QString m_container;
    QString m_pagila;
    QString m_bulk;
    QTemporaryDir m_dir;

    BackupJob job(const QString &destination, const QStringList &databases,
                  const QString &name = QStringLiteral("nightly"))
    {
        BackupJob job;
        job.environment = QStringLiteral("lab-dev");
        job.name = name;
        job.databaseService = QStringLiteral("postgres");
        job.databases = databases;
        job.databaseDestination = destination;
        job.storageDestination = destination;
        return job;
    }

    QString script(const BackupJob &job,
                   const QString &project = labValue("BLIHOPS_LAB_DEV_PROJECT"))
    {
        static int count = 0;
        return writeFile(m_dir.filePath(QStringLiteral("scripts/%1.sh").arg(++count)),
                         BackupScript::generate(job, project).toUtf8());
    }

    QByteArray psql(const QString &database, const QByteArray &sql)
    {
        return docker({QStringLiteral("exec"), QStringLiteral("-i"), m_container,
                       QStringLiteral("psql"), QStringLiteral("-X"), QStringLiteral("-q"),
                       QStringLiteral("-At"), QStringLiteral("-U"),
                       labValue("BLIHOPS_LAB_DEV_PG_USER"), QStringLiteral("-d"), database},
                      sql);
    }

    QList<TableChecksum> liveChecksums(const QString &database)
    {
        return TableChecksumSql::parse(
            psql(database, "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;\n" +
                               TableChecksumSql::psqlScript().toUtf8() + "\nCOMMIT;\n"));
    }

    // Whether a process runs script path: the script's shell or a subshell of it.
    static bool shellOf(const QString &path)
    {
        const QByteArray needle = '\0' + path.toUtf8() + '\0';
        for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (pid.front().isDigit() && cmdline.open(QIODevice::ReadOnly) &&
                cmdline.readAll().contains(needle))
                return true;
        }
        return false;
    }

    // Waits until no process holds the job's flock (killed runs' children included).
    static bool lockFree(const QString &folder)
    {
        return QTest::qWaitFor(
            [&] {
                return run(QStringLiteral("flock"),
                           {QStringLiteral("-n"), QDir(folder).filePath(QStringLiteral(".lock")),
                            QStringLiteral("true")})
                           .exitCode == 0;
            },
            120000);
    }

private slots:
    void initTestCase()
    {
        QString reason;
        if (labValue("BLIHOPS_TEST_DOCKER_HOST").isEmpty() ||
            labValue("BLIHOPS_LAB_DEV_PROJECT").isEmpty())
            reason = QStringLiteral("the lab's engine and stacks are not running: tests/lab/lab.sh "
                                    "up and eval \"$(tests/lab/lab.sh env)\"");
        else if (!QFileInfo::exists(kPagila + QStringLiteral("pagila-data.sql")))
            reason = QStringLiteral("the Pagila corpus is missing at ") + kPagila;
        BLIHOPS_REQUIRE(reason.isEmpty(), qPrintable(reason));
        m_container = QString::fromUtf8(
            docker({QStringLiteral("ps"), QStringLiteral("-q"), QStringLiteral("--filter"),
                    QStringLiteral("label=com.docker.compose.project=") +
                        labValue("BLIHOPS_LAB_DEV_PROJECT"),
                    QStringLiteral("--filter"),
                    QStringLiteral("label=com.docker.compose.service=postgres")}));
        QVERIFY2(!m_container.isEmpty(), "the lab's development PostgreSQL is not running");
        const QString suffix = QString::number(QRandomGenerator::global()->generate64(), 16);
        m_pagila = QStringLiteral("blihops_bk_pagila_") + suffix;
        m_bulk = QStringLiteral("blihops_bk_bulk_") + suffix;
        psql(labValue("BLIHOPS_LAB_DEV_PG_DB"), "CREATE DATABASE " + m_pagila.toUtf8() +
                                                    ";\nCREATE DATABASE " + m_bulk.toUtf8() +
                                                    ";\n");
        // The corpus is read in place and fed to psql inside the container.
        for (const char *name : {"pagila-schema.sql", "pagila-data.sql"}) {
            QFile file(kPagila + QLatin1String(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            psql(m_pagila, "SET client_min_messages = error;\n" + file.readAll());
        }
        QCOMPARE(psql(m_pagila, "SELECT count(*) FROM public.rental;\n"), QByteArray("16044"));
        // Big enough for a dump that takes a few seconds: time to kill it or start another.
        psql(m_bulk, "CREATE TABLE bulk (id bigint PRIMARY KEY, payload text);\n"
                     "INSERT INTO bulk SELECT g, repeat(md5(g::text), 6) FROM "
                     "generate_series(1, 600000) AS g;\n");
    }

    void cleanupTestCase()
    {
        if (!m_container.isEmpty()) {
            psql(labValue("BLIHOPS_LAB_DEV_PG_DB"), "DROP DATABASE IF EXISTS " + m_pagila.toUtf8() +
                                                        " WITH (FORCE);\nDROP DATABASE IF "
                                                        "EXISTS " +
                                                        m_bulk.toUtf8() + " WITH (FORCE);\n");
        }
    }

    // The dump's SHA-256 is the file's, and its tables' figures are the live database's.
    void goodRun()
    {
        const QString destination = m_dir.filePath(QStringLiteral("good"));
        const BackupJob nightly = job(destination, {m_pagila});
        const Run result = run(QStringLiteral("sh"), {script(nightly)});
        QVERIFY2(result.exitCode == 0, result.stderrText.constData());
        const QString folder = BackupScript::databaseFolder(nightly);
        const BackupManifest::Parsed manifest = manifestIn(folder);
        QCOMPARE(manifest.problems.size(), 0);
        QCOMPARE(manifest.tornLine, 0);
        QCOMPARE(manifest.records.size(), 1);
        const BackupRecord &record = manifest.records.first();
        QVERIFY(record.ok);
        QCOMPARE(record.kind, BackupRecord::Kind::Database);
        QCOMPARE(record.source, m_pagila);
        QCOMPARE(record.job, QStringLiteral("nightly"));
        QVERIFY(record.started.secsTo(QDateTime::currentDateTimeUtc()) < 600);
        const QString file = QDir(folder).filePath(record.file);
        QCOMPARE(QFileInfo(file).size(), record.size);
        QCOMPARE(sha256Of(file), record.sha256);
        QByteArray sha256sum;
        run(QStringLiteral("sha256sum"), {file}, {}, labEnvironment(), &sha256sum);
        QCOMPARE(QString::fromLatin1(sha256sum.left(64)), record.sha256);
        QCOMPARE(record.tables, liveChecksums(m_pagila));
        QVERIFY(record.tables.size() >= 15);
        QCOMPARE(visibleFiles(folder), (QStringList{record.file, BackupManifest::fileName()}));
        // It is a custom-format dump that pg_restore reads.
        QByteArray listing;
        run(QStringLiteral("pg_restore"), {QStringLiteral("-l"), file}, {}, labEnvironment(),
            &listing);
        QVERIFY(listing.contains("TABLE DATA public rental"));
    }

    void hostileDestination()
    {
        const QString sentinel = m_dir.filePath(QStringLiteral("SENTINEL"));
        const QString destination = m_dir.filePath(
            QStringLiteral("it's a \"dest\" $(touch %1); `touch %1`; x").arg(sentinel));
        const BackupJob nightly = job(destination, {m_pagila});
        const Run result = run(QStringLiteral("sh"), {script(nightly)});
        QVERIFY2(result.exitCode == 0, result.stderrText.constData());
        const BackupManifest::Parsed manifest = manifestIn(BackupScript::databaseFolder(nightly));
        QCOMPARE(manifest.records.size(), 1);
        QVERIFY(QFileInfo::exists(
            QDir(BackupScript::databaseFolder(nightly)).filePath(manifest.records.first().file)));
        QVERIFY(!QFileInfo::exists(sentinel));
        QVERIFY(!QFileInfo::exists(QStringLiteral("SENTINEL")));
    }

    // A destination that fills up half-way (the lab's 4 MiB tmpfs): the run fails naming
    // the full disk, its partial file goes, and the failure still gets its manifest line.
    void fullDestination_data()
    {
        QTest::addColumn<bool>("storage");
        QTest::newRow("database") << false;
        QTest::newRow("storage") << true;
    }

    void fullDestination()
    {
        QFETCH(bool, storage);
        const QString smallDisk = labValue("BLIHOPS_TEST_SMALL_DISK");
        BLIHOPS_REQUIRE(!smallDisk.isEmpty(),
                        "the lab's small disk is not mounted: tests/lab/lab.sh up smalldisk");
        const QString destination =
            QDir(smallDisk).filePath(QStringLiteral("full-%1-%2").arg(storage).arg(getpid()));
        const auto cleanup = qScopeGuard([&] { QDir(destination).removeRecursively(); });
        // The bulk database's dump is tens of MiB; so are the 8 MiB of random bytes.
        BackupJob nightly = job(destination, {m_bulk});
        if (storage) {
            const QString tree = m_dir.filePath(QStringLiteral("full-tree"));
            for (int i = 0; i < 8; ++i) {
                QByteArray bytes(1 << 20, Qt::Uninitialized);
                QRandomGenerator(i).fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                              bytes.size() / 4);
                writeFile(tree + QStringLiteral("/upload-%1.bin").arg(i), bytes);
            }
            nightly.databaseService.clear();
            nightly.databases.clear();
            nightly.paths = {tree};
        }
        const QString folder =
            storage ? BackupScript::storageFolder(nightly) : BackupScript::databaseFolder(nightly);
        const Run result = run(QStringLiteral("sh"), {script(nightly)});
        QCOMPARE(result.exitCode, 1);
        const BackupManifest::Parsed manifest = manifestIn(folder);
        QCOMPARE(manifest.problems.size(), 0);
        QCOMPARE(manifest.records.size(), 1);
        const BackupRecord &record = manifest.records.first();
        QVERIFY(!record.ok);
        // One message, naming the file and what to do, whichever tool hit the full disk.
        QVERIFY2(
            record.error.startsWith(QLatin1String("no space left on device for ") + destination) &&
                record.error.contains(QLatin1String("free space in")),
            qPrintable(record.error));
        QVERIFY2(result.stderrText.contains(record.error.toUtf8()), result.stderrText.constData());
        QCOMPARE(visibleFiles(folder), QStringList{BackupManifest::fileName()});
    }

    // SIGKILL half-way: no manifest line, no file that looks complete, no shell of the run
    // left (its file listing, the fsync behind the archive); the next run tidies up.
    void killedRun_data()
    {
        QTest::addColumn<bool>("storage");
        QTest::newRow("database") << false;
        QTest::newRow("storage") << true;
    }

    void killedRun()
    {
        QFETCH(bool, storage);
        const QString destination =
            m_dir.filePath(storage ? QStringLiteral("killed-storage") : QStringLiteral("killed"));
        BackupJob nightly = job(destination, {m_bulk});
        if (storage) {
            // 160 MiB of random letters: a few seconds of tar, zstd and SHA-256.
            const QString tree = m_dir.filePath(QStringLiteral("killed-tree"));
            QByteArray letters(4 << 20, Qt::Uninitialized);
            QRandomGenerator random(7);
            for (char &c : letters)
                c = char('a' + random.bounded(26));
            for (int i = 0; i < 40; ++i)
                writeFile(tree + QStringLiteral("/f%1.txt").arg(i),
                          QByteArray::number(i) + letters);
            nightly.databaseService.clear();
            nightly.databases.clear();
            nightly.paths = {tree};
        }
        const QString folder =
            storage ? BackupScript::storageFolder(nightly) : BackupScript::databaseFolder(nightly);
        const QString path = script(nightly);
        QProcess sh;
        sh.setProcessEnvironment(labEnvironment());
        sh.start(QStringLiteral("sh"), {path});
        QVERIFY2(waitForFileWith(folder, QStringLiteral(".partial")),
                 sh.readAllStandardError().constData());
        sh.kill(); // SIGKILL to the script alone; its docker exec or tar goes on for a while
        QVERIFY(sh.waitForFinished());
        QVERIFY(lockFree(folder));
        const QStringList left = visibleFiles(folder);
        QCOMPARE(left.size(), 1);
        QVERIFY2(left.first().endsWith(storage ? QStringLiteral(".tar.zst.partial")
                                               : QStringLiteral(".dump.partial")),
                 qPrintable(left.join(',')));
        QCOMPARE(manifestIn(folder).records.size(), 0);
        QVERIFY2(QTest::qWaitFor([&] { return !shellOf(path); }, 10000),
                 "a shell of the killed run is still running");
        QFile workdir(QDir(folder).filePath(QStringLiteral(".workdir")));
        QVERIFY(workdir.open(QIODevice::ReadOnly));
        const QString leftover = QString::fromUtf8(workdir.readAll().trimmed());
        QVERIFY(QFileInfo(leftover).isDir());

        const Run again = run(QStringLiteral("sh"), {script(nightly)});
        QVERIFY2(again.exitCode == 0, again.stderrText.constData());
        const BackupManifest::Parsed manifest = manifestIn(folder);
        QCOMPARE(manifest.records.size(), 1);
        QCOMPARE(manifest.problems.size(), 0);
        QStringList expected{manifest.records.first().file, BackupManifest::fileName()};
        expected.sort();
        QCOMPARE(visibleFiles(folder), expected);
        if (storage)
            QCOMPARE(manifest.records.first().files.size(), 40);
        QVERIFY(!QFileInfo::exists(leftover));
    }

    void overlappingRuns_data()
    {
        QTest::addColumn<QString>("lock");
        QTest::newRow("flock") << QString();
        QTest::newRow("mkdir") << QStringLiteral("mkdir");
    }

    void overlappingRuns()
    {
        QFETCH(QString, lock);
        const QString destination = m_dir.filePath(
            QStringLiteral("overlap-") + (lock.isEmpty() ? QStringLiteral("flock") : lock));
        const BackupJob nightly = job(destination, {m_bulk});
        const QString folder = BackupScript::databaseFolder(nightly);
        QProcessEnvironment env = labEnvironment();
        if (!lock.isEmpty())
            env.insert(QStringLiteral("BLIHOPS_BACKUP_LOCK"), lock);
        const QString path = script(nightly);
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(QStringLiteral("sh"), {path});
        QVERIFY(waitForFileWith(folder, QStringLiteral(".partial")));
        const Run second = run(QStringLiteral("sh"), {path}, {}, env);
        QCOMPARE(second.exitCode, BackupScript::ExitLocked);
        QVERIFY(second.stderrText.contains("not starting"));
        QVERIFY(QTest::qWaitFor([&] { return first.state() == QProcess::NotRunning; }, 300000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(manifestIn(folder).records.size(), 1);
        if (lock == QLatin1String("mkdir")) {
            // A lock left by a killed run (its pid gone) is taken over.
            writeFile(QDir(folder).filePath(QStringLiteral(".lock.d/pid")), "2147483646\n");
            const Run third = run(QStringLiteral("sh"), {path}, {}, env);
            QVERIFY2(third.exitCode == 0, third.stderrText.constData());
            QCOMPARE(manifestIn(folder).records.size(), 2);
            QVERIFY(!QFileInfo::exists(QDir(folder).filePath(QStringLiteral(".lock.d"))));
        }
    }

    // A compose project of the test's own whose database container is stopped.
    void stoppedDatabaseFailsAndAlerts()
    {
        const test::StoppedStack stack(m_dir.filePath(QStringLiteral("stopped")));
        QVERIFY2(stack.error().isEmpty(), qPrintable(stack.error()));
        const QString project = stack.project();
        HttpSink sink;
        BackupJob nightly =
            job(m_dir.filePath(QStringLiteral("stopped/backups")), {QStringLiteral("app")});
        nightly.webhookUrl = sink.url();
        const Run result = run(QStringLiteral("sh"), {script(nightly, project)});

        QCOMPARE(result.exitCode, BackupScript::ExitFailed);
        const BackupManifest::Parsed manifest = manifestIn(BackupScript::databaseFolder(nightly));
        QCOMPARE(manifest.records.size(), 1);
        const BackupRecord &record = manifest.records.first();
        QVERIFY(!record.ok);
        QVERIFY(record.file.isEmpty());
        QVERIFY2(record.error.contains(QStringLiteral("no running container of service postgres in "
                                                      "compose project ") +
                                       project),
                 qPrintable(record.error));
        QVERIFY(sink.waitFor(1));
        const HttpSink::Request &request = sink.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QVERIFY(request.head.toLower().contains("content-type: application/json"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(QStringLiteral("kind")).toString(), QStringLiteral("failed"));
        QCOMPARE(body.value(QStringLiteral("job")).toString(), QStringLiteral("nightly"));
        QCOMPARE(body.value(QStringLiteral("environment")).toString(), QStringLiteral("lab-dev"));
        QVERIFY(body.value(QStringLiteral("text")).toString().contains(project));
    }

    // A few thousand mixed files, names of every kind: each listed with its size and SHA-256,
    // and the archive holds exactly those bytes.
    void storageBackup_data()
    {
        QTest::addColumn<QString>("method");
        QTest::newRow("mount point") << QStringLiteral("mount");
        QTest::newRow("throwaway container") << QStringLiteral("container");
    }

    void storageBackup()
    {
        QFETCH(QString, method);
        BLIHOPS_REQUIRE(geteuid() == 0,
                        "fills the volume through its mount point, which needs root");
        const QString volume =
            QStringLiteral("blihops-bk-%1").arg(QRandomGenerator::global()->generate(), 0, 16);
        docker({QStringLiteral("volume"), QStringLiteral("create"), volume});
        // Removed however the test ends.
        const auto removeVolume = qScopeGuard([&] {
            docker({QStringLiteral("volume"), QStringLiteral("rm"), volume});
        });
        const QString mountpoint = QString::fromUtf8(
            docker({QStringLiteral("volume"), QStringLiteral("inspect"), QStringLiteral("--format"),
                    QStringLiteral("{{.Mountpoint}}"), volume}));
        QMap<QString, std::pair<qint64, QString>> expected;
        const QStringList odd = {QStringLiteral("line\nbreak"),    QStringLiteral("tab\there"),
                                 QStringLiteral("quote's \"q\""),  QStringLiteral("back\\slash"),
                                 QStringLiteral("ünïcödé ✓"),      QStringLiteral("-dash"),
                                 QStringLiteral(" leading space"), QStringLiteral("$(touch x); y")};
        QRandomGenerator random(42);
        for (int i = 0; i < 3000; ++i) {
            QString name = QStringLiteral("d%1/sub %2/").arg(i % 20).arg(i % 7);
            name += i % 50 == 0 ? odd.at((i / 50) % odd.size()) + QString::number(i)
                                : QStringLiteral("file-%1.%2").arg(i).arg(i % 10 ? "txt" : "bin");
            QByteArray data;
            if (i % 10 == 0) {
                data.resize(random.bounded(65536));
                for (char &c : data)
                    c = char(random.bounded(256));
            } else {
                for (int line = random.bounded(200); line >= 0; --line)
                    data += "line " + QByteArray::number(line) + " of file " +
                            QByteArray::number(i) + '\n';
            }
            writeFile(QDir(mountpoint).filePath(name), data);
            expected.insert(
                name, {data.size(),
                       QString::fromLatin1(
                           QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())});
        }
        writeFile(QDir(mountpoint).filePath(QStringLiteral("empty")), {});
        expected.insert(QStringLiteral("empty"),
                        {0, QString::fromLatin1(
                                QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex())});

        BackupJob storage;
        storage.environment = QStringLiteral("lab-dev");
        storage.name = QStringLiteral("files");
        storage.volumes = {volume};
        storage.storageDestination = m_dir.filePath(QStringLiteral("storage-") + method);
        QProcessEnvironment env = labEnvironment();
        env.insert(QStringLiteral("BLIHOPS_STORAGE_METHOD"), method);
        const Run result = run(QStringLiteral("sh"), {script(storage)}, {}, env);
        const BackupManifest::Parsed manifest = manifestIn(BackupScript::storageFolder(storage));
        const QString folder = BackupScript::storageFolder(storage);
        QTemporaryDir extracted;
        QVERIFY2(result.exitCode == 0, result.stderrText.constData());
        QCOMPARE(manifest.problems.size(), 0);
        QCOMPARE(manifest.records.size(), 1);
        const BackupRecord &record = manifest.records.first();
        QCOMPARE(record.kind, BackupRecord::Kind::Storage);
        QCOMPARE(record.source, volume);
        QVERIFY(record.file.endsWith(QStringLiteral(".tar.zst")));
        QCOMPARE(sha256Of(QDir(folder).filePath(record.file)), record.sha256);
        QMap<QString, std::pair<qint64, QString>> listed;
        for (const BackupRecord::File &file : record.files)
            listed.insert(file.path, {file.size, file.sha256});
        QCOMPARE(record.files.size(), expected.size());
        QCOMPARE(listed.keys(), expected.keys());
        QVERIFY(listed == expected);
        // The archive holds the same bytes.
        QCOMPARE(run(QStringLiteral("sh"),
                     {QStringLiteral("-c"), QStringLiteral("zstd -dc \"$1\" | tar -C \"$2\" -xf -"),
                      QStringLiteral("sh"), QDir(folder).filePath(record.file), extracted.path()})
                     .exitCode,
                 0);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(sha256Of(QDir(extracted.path()).filePath(it.key())), it.value().second);
    }

    // A host path (a bind mount) goes the same way.
    void hostPathBackup()
    {
        const QString root = m_dir.filePath(QStringLiteral("bind 'root' $(x)"));
        writeFile(root + QStringLiteral("/a.txt"), "a\n");
        writeFile(root + QStringLiteral("/sub/b.bin"), QByteArray(70000, '\x01'));
        BackupJob storage;
        storage.environment = QStringLiteral("lab-dev");
        storage.name = QStringLiteral("bind");
        storage.paths = {root};
        storage.storageDestination = m_dir.filePath(QStringLiteral("storage-path"));
        const Run result = run(QStringLiteral("sh"), {script(storage)});
        QVERIFY2(result.exitCode == 0, result.stderrText.constData());
        const BackupManifest::Parsed manifest = manifestIn(BackupScript::storageFolder(storage));
        QCOMPARE(manifest.records.size(), 1);
        QList<BackupRecord::File> files = manifest.records.first().files;
        std::sort(files.begin(), files.end(),
                  [](const auto &a, const auto &b) { return a.path < b.path; });
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).path, QStringLiteral("a.txt"));
        QCOMPARE(files.at(0).sha256, sha256Of(root + QStringLiteral("/a.txt")));
        QCOMPARE(files.at(1).path, QStringLiteral("sub/b.bin"));
        QCOMPARE(files.at(1).size, 70000);
    }

    // A manifest whose last line a crash tore (cut off mid-line, or ending in the zeros some
    // file systems leave) gets its line break before the next run's line: the torn line stays
    // one malformed line, and the new run's line a whole record.
    void tornManifestLine_data()
    {
        QTest::addColumn<QByteArray>("torn");
        QTest::newRow("cut off mid-line") << QByteArray("{\"id\":\"20261201T000000Z-stor");
        QTest::newRow("zeros after a crash") << QByteArray("{\"id\":\"x\"") + QByteArray(16, '\0');
    }

    void tornManifestLine()
    {
        QFETCH(QByteArray, torn);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-');
        const QString root = m_dir.filePath(QStringLiteral("torn-") + tag);
        writeFile(root + QStringLiteral("/a.txt"), "a\n");
        BackupJob storage;
        storage.environment = QStringLiteral("lab-dev");
        storage.name = QStringLiteral("torn");
        storage.paths = {root};
        storage.storageDestination = m_dir.filePath(QStringLiteral("storage-torn-") + tag);
        const QString path = script(storage);
        const QString manifestPath =
            QDir(BackupScript::storageFolder(storage)).filePath(BackupManifest::fileName());
        Run result = run(QStringLiteral("sh"), {path});
        QVERIFY2(result.exitCode == 0, result.stderrText.constData());
        {
            QFile manifest(manifestPath);
            QVERIFY(manifest.open(QIODevice::Append));
            QCOMPARE(manifest.write(torn), torn.size());
        }
        // A backup's id holds the second it began in.
        QTest::qSleep(1100);
        result = run(QStringLiteral("sh"), {path});
        QVERIFY2(result.exitCode == 0, result.stderrText.constData());
        QFile manifest(manifestPath);
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QByteArray text = manifest.readAll();
        QVERIFY(text.contains(torn + "\n{\"id\":"));
        QVERIFY(text.endsWith('\n'));
        const BackupManifest::Parsed parsed = BackupManifest::parse(text);
        QCOMPARE(parsed.records.size(), 2);
        QCOMPARE(parsed.problems.size(), 1);
        QCOMPARE(parsed.tornLine, 0);
        for (const BackupRecord &record : parsed.records)
            QVERIFY(record.ok);
    }

    // The scheduled verification (`sh JOB.sh verify`): the newest good dump and archive
    // restore to what their manifest lines say; a table the manifest counts differently, files
    // it lists differently, and a changed byte each fail, naming what differs, with the
    // webhook told; no scratch database is left in any case.
    void scheduledVerification()
    {
        const QString tree = m_dir.filePath(QStringLiteral("verify tree"));
        for (const QString &name :
             {QStringLiteral("a.txt"), QStringLiteral("sub/it's \"q\", ok.bin"),
              QStringLiteral("sub/line\nbreak"), QStringLiteral("z/$(touch x); y"),
              QStringLiteral("z/keep.txt")})
            writeFile(tree + QLatin1Char('/') + name, name.toUtf8().repeated(100));
        HttpSink sink;
        BackupJob weekly = job(m_dir.filePath(QStringLiteral("verified 'dest' $(x)")), {m_pagila},
                               QStringLiteral("weekly-proof"));
        weekly.paths = {tree};
        weekly.verifyCron = QStringLiteral("30 3 * * 0");
        weekly.webhookUrl = sink.url();
        const QString path = script(weekly);
        const QString folder = BackupScript::databaseFolder(weekly);
        QCOMPARE(folder, BackupScript::storageFolder(weekly));
        const auto scratchDatabases = [&] {
            return psql(labValue("BLIHOPS_LAB_DEV_PG_DB"),
                        "SELECT count(*) FROM pg_database WHERE datname LIKE "
                        "'blihops\\_verify\\_weekly\\_proof\\_%';\n");
        };
        const Run backedUp = run(QStringLiteral("sh"), {path});
        QVERIFY2(backedUp.exitCode == 0, backedUp.stderrText.constData());
        const BackupManifest::Parsed manifest = manifestIn(folder);
        QCOMPARE(manifest.records.size(), 2);
        const BackupRecord dump = manifest.records.at(0);
        const BackupRecord archive = manifest.records.at(1);
        QCOMPARE(dump.kind, BackupRecord::Kind::Database);
        QCOMPARE(archive.kind, BackupRecord::Kind::Storage);

        const Run verified = run(QStringLiteral("sh"), {path, QStringLiteral("verify")});
        QVERIFY2(verified.exitCode == 0, verified.stderrText.constData());
        HostVerification::Parsed lines = verificationsIn(folder);
        QCOMPARE(lines.problems.size(), 0);
        QCOMPARE(lines.records.size(), 2);
        const HostVerification &database = lines.records.at(0);
        QVERIFY2(database.ok, qPrintable(database.error));
        QCOMPARE(database.backup, dump.id);
        QCOMPARE(database.sha256, dump.sha256);
        QCOMPARE(database.checked, int(dump.tables.size()));
        QVERIFY(database.checked >= 15);
        const HostVerification &storage = lines.records.at(1);
        QVERIFY2(storage.ok, qPrintable(storage.error));
        QCOMPARE(storage.backup, archive.id);
        QCOMPARE(storage.checked, 5);
        QCOMPARE(scratchDatabases(), QByteArray("0"));
        QCOMPARE(sink.requests().size(), 0);
        // Nothing but the backups, the manifest and the verifications' lines is left.
        QStringList expectedFiles = {dump.file, archive.file, BackupManifest::fileName(),
                                     HostVerification::fileName()};
        QStringList present = visibleFiles(folder);
        expectedFiles.sort();
        present.sort();
        QCOMPARE(present, expectedFiles);

        // The manifest counts one rental more than the dump holds: that table, and only it.
        const QByteArray rental = "\"name\" : \"rental\", \"rows\" : 16044";
        QVERIFY(editManifest(folder, rental, "\"name\" : \"rental\", \"rows\" : 16045"));
        const Run miscounted = run(QStringLiteral("sh"), {path, QStringLiteral("verify")});
        QCOMPARE(miscounted.exitCode, BackupScript::ExitFailed);
        lines = verificationsIn(folder);
        QCOMPARE(lines.records.size(), 3);
        QVERIFY(!lines.records.last().ok);
        QCOMPARE(lines.records.last().backup, dump.id);
        QVERIFY2(lines.records.last().error.endsWith(QStringLiteral("in: public.rental")),
                 qPrintable(lines.records.last().error));
        QCOMPARE(scratchDatabases(), QByteArray("0"));
        QVERIFY(sink.waitFor(1));
        const QJsonObject alert = QJsonDocument::fromJson(sink.requests().first().body).object();
        QCOMPARE(alert.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("verification-failed"));
        QVERIFY(alert.value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("scheduled verification of weekly-proof")));
        QVERIFY(editManifest(folder, "\"name\" : \"rental\", \"rows\" : 16045", rental));

        // The archive's line lists one file with another checksum, leaves one out and names
        // one that is not in the archive.
        const BackupRecord::File changed = archive.files.at(0);
        const BackupRecord::File dropped = archive.files.at(1);
        QVERIFY(editManifest(folder, changed.sha256.toLatin1(), QByteArray(64, 'f')));
        const QByteArray droppedJson = "{\"path\":" +
                                       QJsonDocument(QJsonArray{dropped.path})
                                           .toJson(QJsonDocument::Compact)
                                           .mid(1)
                                           .chopped(1) +
                                       ",\"size\":" + QByteArray::number(dropped.size) +
                                       ",\"sha256\":\"" + dropped.sha256.toLatin1() + "\"}";
        QVERIFY(editManifest(folder, droppedJson,
                             "{\"path\":\"not there\",\"size\":1,\"sha256\":\"" +
                                 QByteArray(64, '0') + "\"}"));
        const Run differing = run(QStringLiteral("sh"), {path, QStringLiteral("verify")});
        QCOMPARE(differing.exitCode, BackupScript::ExitFailed);
        lines = verificationsIn(folder);
        QCOMPARE(lines.records.size(), 5); // the dump passed first
        QVERIFY(lines.records.at(3).ok);
        const HostVerification &files = lines.records.last();
        QVERIFY(!files.ok);
        QCOMPARE(files.backup, archive.id);
        QCOMPARE(files.changed, QStringList{changed.path});
        // Missing from the archive: what the manifest names and it lacks; extra: the reverse.
        QCOMPARE(files.missing, QStringList{QStringLiteral("not there")});
        QCOMPARE(files.extra, QStringList{dropped.path});
        QVERIFY2(files.error.contains(QStringLiteral("1 missing, 1 extra, 1 changed")),
                 qPrintable(files.error));
        QVERIFY(!QFileInfo::exists(QStringLiteral("x")));

        // A changed byte in the dump: refused on its SHA-256, before anything is restored.
        QFile file(QDir(folder).filePath(dump.file));
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        char byte = 0;
        QVERIFY(file.getChar(&byte));
        file.seek(file.size() / 2);
        QVERIFY(file.putChar(char(byte ^ 0x01)));
        file.close();
        const Run corrupted = run(QStringLiteral("sh"), {path, QStringLiteral("verify")});
        QCOMPARE(corrupted.exitCode, BackupScript::ExitFailed);
        const HostVerification last = verificationsIn(folder).records.last();
        QVERIFY(!last.ok);
        QVERIFY2(last.error.contains(QStringLiteral("its manifest line says ") + dump.sha256),
                 qPrintable(last.error));
        QVERIFY(!corrupted.stderrText.contains("restoring"));
        QCOMPARE(scratchDatabases(), QByteArray("0"));
    }

    // The second copy over SSH (the lab's sshd), checked by SHA-256 on arrival.
    void secondCopy()
    {
        BLIHOPS_REQUIRE(!labValue("BLIHOPS_TEST_SSH_PORT").isEmpty(),
                        "the lab's sshd is not running");
        // A config of the test's own that trusts the lab's host key (ssh reads ~/.ssh from
        // the password database, not $HOME: an ssh first on PATH passes -F).
        const QString home = m_dir.filePath(QStringLiteral("ssh"));
        QByteArray keys;
        run(QStringLiteral("ssh-keyscan"),
            {QStringLiteral("-p"), labValue("BLIHOPS_TEST_SSH_PORT"),
             labValue("BLIHOPS_TEST_SSH_HOST")},
            {}, labEnvironment(), &keys);
        QVERIFY(!keys.isEmpty());
        const QString knownHosts = writeFile(home + QStringLiteral("/known_hosts"), keys);
        QByteArray fingerprint;
        run(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), knownHosts}, {}, labEnvironment(),
            &fingerprint);
        QVERIFY2(fingerprint.contains(blihops::test::labSshFingerprint().toUtf8()),
                 fingerprint.constData());
        const QString config = writeFile(
            home + QStringLiteral("/config"),
            "Host " + labValue("BLIHOPS_TEST_SSH_HOST").toUtf8() + "\n  IdentityFile " +
                labValue("BLIHOPS_TEST_SSH_IDENTITY").toUtf8() +
                "\n  IdentitiesOnly yes\n  UserKnownHostsFile " + knownHosts.toUtf8() + "\n");
        const QString wrapper = writeFile(home + QStringLiteral("/bin/ssh"),
                                          "#!/bin/sh\nexec /usr/bin/ssh -F " +
                                              shellQuote(config).toUtf8() + " \"$@\"\n");
        QFile::setPermissions(wrapper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env = labEnvironment();
        env.insert(QStringLiteral("PATH"),
                   home + QStringLiteral("/bin:") + env.value(QStringLiteral("PATH")));

        const QString copies = m_dir.filePath(QStringLiteral("copies 'there'"));
        BackupJob nightly = job(m_dir.filePath(QStringLiteral("copied")), {m_pagila});
        nightly.copyTo =
            QStringLiteral("ssh://%1@%2:%3%4")
                .arg(labValue("BLIHOPS_TEST_SSH_USER"), labValue("BLIHOPS_TEST_SSH_HOST"),
                     labValue("BLIHOPS_TEST_SSH_PORT"), copies);
        const Run result = run(QStringLiteral("sh"), {script(nightly)}, {}, env);
        QVERIFY2(result.exitCode == 0, result.stderrText.constData());
        const BackupRecord record =
            manifestIn(BackupScript::databaseFolder(nightly)).records.value(0);
        QVERIFY(record.ok);
        const QString remoteFolder = copies + QStringLiteral("/nightly");
        QCOMPARE(sha256Of(remoteFolder + QLatin1Char('/') + record.file), record.sha256);
        const BackupManifest::Parsed remote = manifestIn(remoteFolder);
        QCOMPARE(remote.records.size(), 1);
        QCOMPARE(remote.records.first(), record);

        // An unreachable second host: the backup stands, the copy's failure is recorded.
        HttpSink sink;
        nightly.copyTo =
            QStringLiteral("ssh://%1@127.0.0.1:1%2").arg(labValue("BLIHOPS_TEST_SSH_USER"), copies);
        nightly.webhookUrl = sink.url();
        const Run failed = run(QStringLiteral("sh"), {script(nightly)}, {}, env);
        QCOMPARE(failed.exitCode, BackupScript::ExitFailed);
        const BackupManifest::Parsed local = manifestIn(BackupScript::databaseFolder(nightly));
        QVERIFY2(local.records.size() == 3, failed.stderrText.constData());
        QVERIFY(local.records.at(1).ok);
        QVERIFY(!local.records.at(2).ok);
        QCOMPARE(local.records.at(2).id, local.records.at(1).id + QStringLiteral("-copy"));
        QVERIFY(local.records.at(2).error.contains(QStringLiteral("second copy")));
        QVERIFY(sink.waitFor(1));
    }
};

QTEST_GUILESS_MAIN(TestBackupRun)
#include "tst_backuprun.moc"
