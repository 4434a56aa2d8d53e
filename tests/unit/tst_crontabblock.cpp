#include "TestData.h"
#include "backup/CronExpression.h"
#include "backup/CrontabBlock.h"
#include "util/Error.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace blihops;
using blihops::test::errorOf;

namespace {

const QString kId = QStringLiteral("production/nightly");
const QList<QByteArray> kLines = {"0 2 * * * '/bin/sh' '/backups/.blihops/nightly.sh'"};

// Crontabs as users keep them: comments, variables, other tools' blocks, blank lines, CRLF, a
// last line without its newline, trailing blanks, tabs.
QList<std::pair<const char *, QByteArray>> crontabs()
{
    return {
        {"empty", ""},
        {"plain", "# m h dom mon dow command\nMAILTO=ops@example.org\n*/5 * * * * /usr/bin/true\n"},
        {"no final newline", "MAILTO=\"\"\n0 4 * * * /usr/local/bin/rotate --all"},
        {"CRLF", "SHELL=/bin/bash\r\n0 1 * * * echo one \r\n\r\n# comment\r\n"},
        {"other blocks",
         "# BEGIN blihops job staging/nightly\n0 3 * * * x\n# END blihops job staging/nightly\n"
         "# BEGIN ANSIBLE MANAGED BLOCK\n@reboot y\n# END ANSIBLE MANAGED BLOCK\n\n\n"},
        {"similar names",
         "# BEGIN blihops job production/nightly2\nz\n# END blihops job production/nightly2\n"
         "# BEGIN blihops job production/nightly \ntrailing blank is another marker\n"},
        {"tabs and percent", "\t0\t5\t*\t*\t*\tdate +\\%F >>/tmp/x\n\n"},
        {"only newline", "\n"},
    };
}

} // namespace

class TestCrontabBlock : public QObject
{
    Q_OBJECT

private slots:
    void insertThenRemoveGivesTheOriginal_data()
    {
        QTest::addColumn<QByteArray>("crontab");
        for (const auto &[name, text] : crontabs())
            QTest::newRow(name) << text;
    }

    void insertThenRemoveGivesTheOriginal()
    {
        QFETCH(QByteArray, crontab);
        const QByteArray with = CrontabBlock::upsert(crontab, kId, kLines);
        QVERIFY(with.contains(CrontabBlock::beginMarker(kId)));
        QCOMPARE(CrontabBlock::find(with, kId).value(), kLines.first() + lineEnd(crontab));
        QCOMPARE(CrontabBlock::remove(with, kId), crontab);
        // Every original line is still there, bytes and order.
        QVERIFY(with.contains(crontab));
    }

    void replaceKeepsThePlace_data() { insertThenRemoveGivesTheOriginal_data(); }

    void replaceKeepsThePlace()
    {
        QFETCH(QByteArray, crontab);
        const QByteArray first = CrontabBlock::upsert(crontab, kId, kLines);
        const QByteArray second =
            CrontabBlock::upsert(first, kId, {"0 */6 * * * a", "30 1 * * * b\n"});
        QCOMPARE(CrontabBlock::find(second, kId).value(),
                 "0 */6 * * * a" + lineEnd(crontab) + "30 1 * * * b" + lineEnd(crontab));
        QCOMPARE(CrontabBlock::remove(second, kId), crontab);
        // Twice the same upsert changes nothing.
        QCOMPARE(CrontabBlock::upsert(first, kId, kLines), first);
    }

    void blockInTheMiddleStaysThere()
    {
        const QByteArray crontab = "A=1\n# BEGIN blihops job " + kId.toUtf8() +
                                   "\nold\n# END blihops job " + kId.toUtf8() + "\nB=2\n";
        QCOMPARE(CrontabBlock::upsert(crontab, kId, {"new"}),
                 "A=1\n# BEGIN blihops job " + kId.toUtf8() + "\nnew\n# END blihops job " +
                     kId.toUtf8() + "\nB=2\n");
        QCOMPARE(CrontabBlock::remove(crontab, kId), QByteArray("A=1\nB=2\n"));
    }

    void absentBlock()
    {
        const QByteArray crontab = "0 1 * * * x\n";
        QVERIFY(!CrontabBlock::find(crontab, kId));
        QCOMPARE(CrontabBlock::remove(crontab, kId), crontab);
    }

    void brokenBlocksAreRefused()
    {
        const QByteArray begin = CrontabBlock::beginMarker(kId) + '\n';
        const QByteArray end = CrontabBlock::endMarker(kId) + '\n';
        Error unclosed = errorOf([&] { CrontabBlock::upsert(begin + "x\n", kId, kLines); });
        QCOMPARE(unclosed.kind(), ErrorKind::BadInput);
        QVERIFY(unclosed.message().contains(QStringLiteral("never closes")));
        Error twice = errorOf([&] { CrontabBlock::remove(begin + end + begin + end, kId); });
        QVERIFY(twice.message().contains(QStringLiteral("twice")));
    }

    void names()
    {
        QCOMPARE(CrontabBlock::blockId(QStringLiteral("prod"), QStringLiteral("db")),
                 QStringLiteral("prod/db"));
        QCOMPARE(errorOf([] {
                     CrontabBlock::blockId(QStringLiteral("a/b"), QStringLiteral("c"));
                 }).kind(),
                 ErrorKind::BadInput);
        QCOMPARE(errorOf([] {
                     CrontabBlock::blockId(QStringLiteral("a"), QStringLiteral("c\nd"));
                 }).kind(),
                 ErrorKind::BadInput);
    }

    // The command part of the line, run by sh as cron runs it (with cron's % rule undone),
    // gives the program exactly the words it was given.
    void entryLineQuotesEveryWord()
    {
        const QStringList argv = {QStringLiteral("/usr/bin/printf"), QStringLiteral("[%s]\\n"),
                                  QStringLiteral("a b"), QStringLiteral("it's $(touch x); `y`"),
                                  QStringLiteral("100%")};
        const QByteArray line =
            CrontabBlock::entryLine(CronExpression::parse(QStringLiteral("0 2 * * *")), argv);
        QVERIFY(line.startsWith("0 2 * * * '/usr/bin/printf' "));
        QByteArray command = line.mid(QByteArray("0 2 * * * ").size());
        QVERIFY(!command.contains(QByteArray("100%'")));
        command.replace("\\%", "%");
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromUtf8(command)});
        QVERIFY(sh.waitForFinished());
        QCOMPARE(sh.readAllStandardOutput(), QByteArray("[a b]\n[it's $(touch x); `y`]\n[100%]\n"));
        // With a log: the output is appended there, whatever the log's name holds.
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("it's 50% $(x).log"));
        QByteArray logged =
            CrontabBlock::entryLine(CronExpression::parse(QStringLiteral("@daily")),
                                    {QStringLiteral("/bin/echo"), QStringLiteral("hi")}, log)
                .mid(QByteArray("@daily ").size());
        logged.replace("\\%", "%");
        QProcess logging;
        logging.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromUtf8(logged)});
        QVERIFY(logging.waitForFinished());
        QFile written(log);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("hi\n"));
        QCOMPARE(errorOf([] {
                     CrontabBlock::entryLine(CronExpression::parse(QStringLiteral("@daily")),
                                             {QStringLiteral("a\nb")});
                 }).kind(),
                 ErrorKind::BadInput);
    }

private:
    static QByteArray lineEnd(const QByteArray &crontab)
    {
        return crontab.contains("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    }
};

QTEST_GUILESS_MAIN(TestCrontabBlock)
#include "tst_crontabblock.moc"
