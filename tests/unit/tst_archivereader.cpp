#include "TestData.h"
#include "archive/ArchiveReader.h"
#include "util/Error.h"
#include "util/Sha256.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace blihops;

namespace {

QByteArray runTool(const QString &program, const QStringList &arguments,
                   const QString &directory = {})
{
    QProcess process;
    if (!directory.isEmpty())
        process.setWorkingDirectory(directory);
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qFatal("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    }
    return process.readAllStandardOutput();
}

QString sha256sum(const QString &path)
{
    return QString::fromLatin1(
        runTool(QStringLiteral("sha256sum"), {QStringLiteral("--"), path}).left(64));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestArchiveReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_tree;
    // path -> "SHA-256 size" as sha256sum and stat see the tree
    QMap<QString, QString> m_expected;

    QString archive(const QString &name, const QStringList &compress)
    {
        const QString tarFile = m_dir.filePath(name + QStringLiteral(".tar"));
        runTool(QStringLiteral("tar"), {QStringLiteral("-cf"), tarFile, QStringLiteral(".")},
                m_tree);
        if (compress.isEmpty())
            return tarFile;
        runTool(compress.first(), compress.mid(1) << tarFile);
        const QString out =
            tarFile + (compress.first() == QLatin1String("zstd") ? QStringLiteral(".zst")
                                                                 : QStringLiteral(".gz"));
        if (!QFileInfo::exists(out))
            qFatal("%s made no %s", qPrintable(compress.first()), qPrintable(out));
        return out;
    }

    // The archives the backup script writes, and a bare tar: how each is compressed.
    static void addCompressionRows()
    {
        QTest::addColumn<QStringList>("compress");
        QTest::newRow("tar") << QStringList{};
        QTest::newRow("tar.zst") << QStringList{QStringLiteral("zstd"), QStringLiteral("-q")};
        QTest::newRow("tar.gz") << QStringList{QStringLiteral("gzip"), QStringLiteral("-k")};
    }

    static QMap<QString, QString> asMap(const ArchiveReader::Listing &listing)
    {
        QMap<QString, QString> map;
        for (const ArchiveReader::File &file : listing.files)
            map.insert(file.path, file.sha256 + QLatin1Char(' ') + QString::number(file.size));
        return map;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tree = m_dir.filePath(QStringLiteral("tree"));
        QRandomGenerator random(42);
        for (int i = 0; i < 40; ++i) {
            QByteArray bytes(1000 + i * 3001, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            writeFile(QStringLiteral("%1/uploads/%2/file %3.bin").arg(m_tree).arg(i % 4).arg(i),
                      bytes);
        }
        writeFile(m_tree + QStringLiteral("/logs/app.log"),
                  QByteArray("line of a log\n").repeated(20000));
        writeFile(m_tree + QStringLiteral("/empty"), {});
        writeFile(m_tree + QStringLiteral("/odd/it's \"quoted\" $(x); ü.txt"), "odd\n");
        QVERIFY(QFile::link(QStringLiteral("../logs/app.log"),
                            m_tree + QStringLiteral("/odd/symlink")));
        runTool(QStringLiteral("ln"), {m_tree + QStringLiteral("/logs/app.log"),
                                       m_tree + QStringLiteral("/logs/hardlink.log")});
        // The reference: sha256sum and stat over every regular file (find -type f).
        const QStringList files =
            QString::fromUtf8(
                runTool(QStringLiteral("find"),
                        {QStringLiteral("."), QStringLiteral("-type"), QStringLiteral("f"),
                         QStringLiteral("-printf"), QStringLiteral("%P\\n")},
                        m_tree))
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(files.size(), 44);
        for (const QString &file : files) {
            const QString sum = QString::fromUtf8(
                runTool(QStringLiteral("sha256sum"), {QStringLiteral("--"), file}, m_tree)
                    .left(64));
            m_expected.insert(
                file, sum + QLatin1Char(' ') +
                          QString::number(QFileInfo(m_tree + QLatin1Char('/') + file).size()));
        }
    }

    // Every regular file, hard links too, with the bytes sha256sum sees; no symlink, no folder.
    void listsWhatSha256sumSees_data() { addCompressionRows(); }
    void listsWhatSha256sumSees()
    {
        QFETCH(QStringList, compress);
        const QString file = archive(QString::fromLatin1(QTest::currentDataTag()), compress);
        qint64 lastProgress = 0;
        const ArchiveReader::Listing listing =
            ArchiveReader::list(file, nullptr, [&](qint64 bytes) { lastProgress = bytes; });
        QVERIFY2(listing.ok(), qPrintable(listing.error));
        QCOMPARE(asMap(listing), m_expected);
        QVERIFY(lastProgress > 0 && lastProgress <= QFileInfo(file).size());
    }

    // The archive file's own SHA-256 in the same pass, every byte of it: the tail libarchive
    // does not ask for (the tar's padding to its record size, the compressed stream's end)
    // too, as sha256sum sees the file.
    void hashesTheWholeSourceInTheSamePass_data() { addCompressionRows(); }
    void hashesTheWholeSourceInTheSamePass()
    {
        QFETCH(QStringList, compress);
        const QString file = archive(
            QStringLiteral("whole-") + QString::fromLatin1(QTest::currentDataTag()), compress);
        Sha256 whole;
        qint64 lastProgress = 0;
        const ArchiveReader::Listing listing = ArchiveReader::list(
            file, nullptr, [&](qint64 bytes) { lastProgress = bytes; }, &whole);
        QVERIFY2(listing.ok(), qPrintable(listing.error));
        QCOMPARE(asMap(listing), m_expected);
        QCOMPARE(whole.size(), QFileInfo(file).size());
        QCOMPARE(whole.hex(), sha256sum(file));
        QCOMPARE(lastProgress, QFileInfo(file).size());
    }

    // From a pipe: a QProcess is read until it ends, its bytes hashed as they come.
    void readsAProcess()
    {
        const QString file =
            archive(QStringLiteral("piped"), {QStringLiteral("zstd"), QStringLiteral("-q")});
        QProcess cat;
        cat.start(QStringLiteral("cat"), {file});
        QVERIFY(cat.waitForStarted());
        Sha256 whole;
        const ArchiveReader::Listing listing =
            ArchiveReader::list(cat, QStringLiteral("piped"), nullptr, {}, &whole);
        QVERIFY2(listing.ok(), qPrintable(listing.error));
        QCOMPARE(asMap(listing), m_expected);
        QCOMPARE(whole.hex(), sha256sum(file));
        if (cat.state() != QProcess::NotRunning)
            QVERIFY(cat.waitForFinished());
        QCOMPARE(cat.exitCode(), 0);
    }

    void namesATruncatedArchive_data() { addCompressionRows(); }
    void namesATruncatedArchive()
    {
        QFETCH(QStringList, compress);
        const QString file = archive(
            QStringLiteral("cut-") + QString::fromLatin1(QTest::currentDataTag()), compress);
        QFile cut(file);
        QVERIFY(cut.resize(cut.size() / 2));
        Sha256 whole;
        const ArchiveReader::Listing listing = ArchiveReader::list(file, nullptr, {}, &whole);
        QVERIFY(!listing.ok());
        QVERIFY2(listing.truncated, qPrintable(listing.error));
        QVERIFY(!listing.sourceFailed);
        // Hashed to its end all the same: the caller tells "not the backup" by the checksum.
        QCOMPARE(whole.size(), cut.size());
        QCOMPARE(whole.hex(), sha256sum(file));
        QVERIFY2(listing.error.contains(file) && listing.error.contains(QLatin1String("truncated")),
                 qPrintable(listing.error));
        QVERIFY(listing.files.size() < m_expected.size());
        // What was read before the cut is right.
        for (const ArchiveReader::File &read : listing.files)
            QCOMPARE(read.sha256 + QLatin1Char(' ') + QString::number(read.size),
                     m_expected.value(read.path));
    }

    void refusesWhatIsNotAnArchive()
    {
        const QString file = m_dir.filePath(QStringLiteral("notes.txt"));
        writeFile(file, QByteArray("these are not the files you are looking for\n").repeated(50));
        try {
            ArchiveReader::list(file);
            QFAIL("no error");
        } catch (const Error &error) {
            QCOMPARE(error.kind(), ErrorKind::BadInput);
            QVERIFY2(error.message().contains(file) &&
                         error.message().contains(QLatin1String("not a tar archive")),
                     qPrintable(error.message()));
        }
        // Hashed to its end before the error, longer than what libarchive reads to bid.
        const QString longer = m_dir.filePath(QStringLiteral("longer notes.txt"));
        writeFile(longer, QByteArray("no tar here\n").repeated(100000));
        Sha256 refused;
        QCOMPARE(test::errorOf([&] { ArchiveReader::list(longer, nullptr, {}, &refused); }).kind(),
                 ErrorKind::BadInput);
        QCOMPARE(refused.size(), QFileInfo(longer).size());
        QCOMPARE(refused.hex(), sha256sum(longer));
        // An empty file (a disk that filled up) is no empty archive.
        const QString empty = m_dir.filePath(QStringLiteral("empty.tar.zst"));
        writeFile(empty, {});
        try {
            const ArchiveReader::Listing listing = ArchiveReader::list(empty);
            QVERIFY2(!listing.ok(), "an empty file read as an empty archive");
        } catch (const Error &error) {
            QCOMPARE(error.kind(), ErrorKind::BadInput);
        }
        try {
            ArchiveReader::list(m_dir.filePath(QStringLiteral("absent.tar.zst")));
            QFAIL("no error");
        } catch (const Error &error) {
            QCOMPARE(error.kind(), ErrorKind::NotFound);
        }
    }

    void cancels()
    {
        const QString file =
            archive(QStringLiteral("cancel"), {QStringLiteral("gzip"), QStringLiteral("-k")});
        std::atomic<bool> cancel = false;
        const ArchiveReader::Listing listing =
            ArchiveReader::list(file, &cancel, [&](qint64) { cancel = true; });
        QVERIFY(listing.cancelled);
        QVERIFY(!listing.truncated);
        QVERIFY(!listing.ok());
        QVERIFY(listing.files.size() < m_expected.size());

        // Nothing more is read for the whole hash after a cancel.
        cancel = false;
        Sha256 whole;
        const ArchiveReader::Listing again = ArchiveReader::list(
            file, &cancel, [&](qint64) { cancel = true; }, &whole);
        QVERIFY(again.cancelled);
        QVERIFY(whole.size() < QFileInfo(file).size());
    }

    void extractsOneFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("binary") << QStringLiteral("uploads/3/file 7.bin");
        QTest::newRow("odd name") << QStringLiteral("odd/it's \"quoted\" $(x); ü.txt");
        QTest::newRow("hard link") << QStringLiteral("logs/hardlink.log");
        QTest::newRow("empty") << QStringLiteral("empty");
    }
    void extractsOneFile()
    {
        QFETCH(QString, path);
        const QString file = m_dir.filePath(QStringLiteral("extract.tar.zst"));
        if (!QFileInfo::exists(file))
            archive(QStringLiteral("extract"), {QStringLiteral("zstd"), QStringLiteral("-q")});
        const QString out =
            m_dir.filePath(QStringLiteral("out/") + QString::fromLatin1(QTest::currentDataTag()));
        QDir().mkpath(QFileInfo(out).absolutePath());
        QVERIFY(ArchiveReader::extract(file, path, out));
        QFile extracted(out);
        QVERIFY(extracted.open(QIODevice::ReadOnly));
        QFile original(m_tree + QLatin1Char('/') + path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(extracted.readAll(), original.readAll());
    }

    void extractRefusesAndLeavesNothing()
    {
        const QString file =
            archive(QStringLiteral("refuse"), {QStringLiteral("zstd"), QStringLiteral("-q")});
        const QString out = m_dir.filePath(QStringLiteral("refused"));
        const QString last = ArchiveReader::list(file).files.last().path;
        try {
            ArchiveReader::extract(file, QStringLiteral("no/such/file"), out);
            QFAIL("no error");
        } catch (const Error &error) {
            QCOMPARE(error.kind(), ErrorKind::NotFound);
            QVERIFY2(error.message().contains(QLatin1String("no/such/file")),
                     qPrintable(error.message()));
        }
        try {
            ArchiveReader::extract(file, QStringLiteral("odd/symlink"), out);
            QFAIL("no error");
        } catch (const Error &error) {
            QCOMPARE(error.kind(), ErrorKind::NotFound);
        }
        QFile cut(file);
        QVERIFY(cut.resize(cut.size() / 2));
        try {
            ArchiveReader::extract(file, last, out);
            QFAIL("no error");
        } catch (const Error &error) {
            QCOMPARE(error.kind(), ErrorKind::BadInput);
            QVERIFY2(error.message().contains(QLatin1String("truncated")),
                     qPrintable(error.message()));
        }
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestArchiveReader)
#include "tst_archivereader.moc"
