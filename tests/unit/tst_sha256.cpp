#include "util/Sha256.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace blihops;

namespace {

// What sha256sum prints for the file: the reference, another implementation.
QString sha256sum(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("sha256sum"), {QStringLiteral("--"), path});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("sha256sum failed: %s", process.readAllStandardError().constData());
    return QString::fromLatin1(process.readAllStandardOutput().left(64));
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

} // namespace

class TestSha256 : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QString::number(bytes.size()));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    // Sizes around SHA-256's 64-byte block and the 1 MiB read block, and a large file.
    void aFileAsSha256sumSeesIt_data()
    {
        QTest::addColumn<qsizetype>("size");
        for (const qsizetype size : {0, 1, 55, 56, 63, 64, 65, 1000, (1 << 20) - 1, 1 << 20,
                                     (1 << 20) + 1, 9 * (1 << 20) + 12345})
            QTest::addRow("%lld bytes", qlonglong(size)) << size;
    }
    void aFileAsSha256sumSeesIt()
    {
        QFETCH(qsizetype, size);
        const QByteArray bytes = randomBytes(size, quint32(size));
        const QString path = write(bytes);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        qint64 last = -1;
        int calls = 0;
        const std::optional<QString> digest = Sha256::of(file, nullptr, [&](qint64 done) {
            QVERIFY(done > last);
            last = done;
            ++calls;
        });
        QVERIFY(digest);
        QCOMPARE(*digest, sha256sum(path));
        QCOMPARE(calls, int((size + (1 << 20) - 1) / (1 << 20)));
        if (size > 0)
            QCOMPARE(last, qint64(size));

        // The same bytes added in uneven pieces.
        Sha256 pieces;
        for (qsizetype at = 0, step = 1; at < bytes.size(); at += step, step = step * 3 + 1)
            pieces.add(QByteArrayView(bytes).sliced(at, std::min(step, bytes.size() - at)));
        QCOMPARE(pieces.size(), qint64(size));
        QCOMPARE(pieces.hex(), *digest);
        QCOMPARE(pieces.hex(), *digest); // asked again: the same
    }

    // A cancel is seen between blocks: no digest of part of the file.
    void cancels()
    {
        const QString path = write(randomBytes(5 * (1 << 20), 5));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        std::atomic<bool> cancel = false;
        qint64 read = 0;
        const std::optional<QString> digest = Sha256::of(file, &cancel, [&](qint64 done) {
            read = done;
            cancel = true;
        });
        QVERIFY(!digest);
        QCOMPARE(read, qint64(1 << 20));
    }

    // A device that cannot be read gives no digest.
    void aDeviceThatFailsGivesNone()
    {
        QFile file(write("bytes"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::read (QFile, \"" + file.fileName().toUtf8() +
                                               "\"): WriteOnly device");
        QVERIFY(!Sha256::of(file));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
