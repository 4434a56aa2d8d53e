#include "PdfFiles.h"
#include "Require.h"
#include "TestWorkspace.h"
#include "markdown/MarkdownReader.h"
#include "util/Error.h"
#include "verify/VerificationExport.h"
#include "verify/VerificationRepository.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace blihops;
using blihops::test::pdfText;
using blihops::test::TestWorkspace;

namespace {

VerifyReport finishedReport(const QString &backup, BackupRecord::Kind kind)
{
    VerifyReport report = VerifyReport::begin(QStringLiteral("stage"), backup, kind);
    report.job = QStringLiteral("nightly");
    report.sha256 =
        QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    report.targetEnvironment = QStringLiteral("stage");
    report.targetDatabase = QStringLiteral("blihops_verify_nightly_20261201t160507089");
    report.started = QDateTime(QDate(2026, 12, 1), QTime(16, 5, 7), Qt::UTC);
    report.finished = report.started.addSecs(42);
    qint64 ms = 210;
    for (VerifyStep &step : report.steps) {
        step.state = VerifyStep::State::Passed;
        step.percent = 100;
        step.durationMs = ms;
        ms *= 10;
    }
    return report;
}

// Stored as the workspace keeps it, so the export reads what an old verification has.
VerificationRepository::Entry recorded(Workspace &workspace, const VerifyReport &report)
{
    VerificationRepository repository(workspace);
    return repository.get(repository.record(report));
}

// The rows of the Markdown table under the heading "## heading", as md4c reads them.
QList<QStringList> tableUnder(const QString &markdown, const QString &heading)
{
    const QList<MarkdownBlock> blocks = MarkdownReader::read(markdown.toUtf8());
    bool under = false;
    for (const MarkdownBlock &block : blocks) {
        if (block.kind == MarkdownBlock::Kind::Heading)
            under = block.level == 2 && block.text == heading;
        else if (under && block.kind == MarkdownBlock::Kind::Table)
            return block.rows;
    }
    return {};
}

} // namespace

// A stored verification as Markdown and PDF, read back from the workspace on SQLite and on
// the lab's PostgreSQL alike.
class TestVerificationExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_store;
    std::unique_ptr<Workspace> m_workspace;
    QTemporaryDir m_dir;

    // A failed verification with a manifest: two tables differ (one with a | and a line
    // break in its name), stored in an order that does not put them first; an object count
    // off; a pg_restore error with a | in it.
    VerificationRepository::Entry failed()
    {
        VerifyReport report = finishedReport(QStringLiteral("20261201T020000Z-database-app"),
                                             BackupRecord::Kind::Database);
        report.proven = true;
        report.step(VerifyStep::Kind::Compare).state = VerifyStep::State::Failed;
        report.step(VerifyStep::Kind::Compare).detail = QStringLiteral("2 tables differ");
        report.tables = {
            {QStringLiteral("public"), QStringLiteral("alpha"), 10, QStringLiteral("a"), 10,
             QStringLiteral("a")},
            {QStringLiteral("public"), QStringLiteral("odd|name\nx"), 5, QStringLiteral("b"), 4,
             QStringLiteral("c")},
            {QStringLiteral("public"), QStringLiteral("customer"), 599, QStringLiteral("d"), 599,
             QStringLiteral("d")},
            {QStringLiteral("app"), QStringLiteral("zeta"), 1, QStringLiteral("e"), std::nullopt,
             QString()},
        };
        report.objects.insert(QStringLiteral("tables"), {4, 3});
        report.objects.insert(QStringLiteral("indexes"), {2, 2});
        report.errors = {QStringLiteral(
            "pg_restore: error: could not execute query: ERROR:  relation \"x|y\" does not exist")};
        return recorded(*m_workspace, report);
    }

private slots:
    void initTestCase_data() { TestWorkspace::addBackendRows(); }

    void init()
    {
        BLIHOPS_INIT_BACKEND(m_store);
        m_workspace = m_store->open();
    }

    void cleanup()
    {
        m_workspace.reset();
        m_store.reset();
    }

    void markdownHasEveryFigureMismatchesFirst()
    {
        const VerificationRepository::Entry entry = failed();
        const QString markdown = VerificationExport::markdown(entry);
        QVERIFY2(markdown.startsWith(QStringLiteral("# Restore verification of stage, backup "
                                                    "20261201T020000Z-database-app\n\n**FAIL**: "
                                                    "The backup does not restore")),
                 qPrintable(markdown.left(160)));
        QVERIFY(markdown.contains(QStringLiteral("**FAIL**")));
        QVERIFY(!markdown.contains(QStringLiteral("PASS")));
        for (const QString &fact :
             {QStringLiteral("- **Run by:** tester@lab"),
              QStringLiteral("- **Started:** 2026-12-01 16:05:07 UTC"),
              QStringLiteral("- **Finished:** 2026-12-01 16:05:49 UTC"),
              QStringLiteral("- **Job:** nightly"), QStringLiteral("- **Kind:** database dump"),
              QStringLiteral("- **SHA-256:** 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c"
                             "15b0f00a08"),
              QStringLiteral("- **Proof:** equality proven against the backup's manifest"),
              QStringLiteral("- **Target server:** the PostgreSQL server of stage"),
              QStringLiteral("- **Scratch database:** blihops\\_verify\\_nightly\\_"
                             "20261201t160507089 (dropped afterwards)")})
            QVERIFY2(markdown.contains(fact),
                     qPrintable(fact + QStringLiteral(" not in:\n") + markdown));

        const QList<QStringList> tables = tableUnder(markdown, QStringLiteral("Tables"));
        QCOMPARE(tables.size(), 5);
        QCOMPARE(tables.at(0),
                 (QStringList{QStringLiteral("Table"), QStringLiteral("Rows expected"),
                              QStringLiteral("Rows restored"), QStringLiteral("Checksum")}));
        // The two that differ first, each group in the stored order; the | stays in its cell.
        QCOMPARE(tables.at(1),
                 (QStringList{QStringLiteral("public.odd|name x"), QStringLiteral("5"),
                              QStringLiteral("4"), QStringLiteral("differs")}));
        QCOMPARE(tables.at(2), (QStringList{QStringLiteral("app.zeta"), QStringLiteral("1"),
                                            QStringLiteral("—"), QStringLiteral("differs")}));
        QCOMPARE(tables.at(3).first(), QStringLiteral("public.alpha"));
        QCOMPARE(tables.at(3).last(), QStringLiteral("match"));
        QCOMPARE(tables.at(4).first(), QStringLiteral("public.customer"));
        QVERIFY(markdown.contains(QStringLiteral("| **public.odd\\|name x** | **5** | **4** | "
                                                 "**differs** |\n")));

        const QList<QStringList> steps = tableUnder(markdown, QStringLiteral("Steps"));
        QCOMPARE(steps.size(), 5);
        QCOMPARE(steps.at(1),
                 (QStringList{QStringLiteral("SHA-256 of the file"), QStringLiteral("passed"),
                              QStringLiteral("210 ms"), QStringLiteral("—")}));
        QCOMPARE(steps.at(3),
                 (QStringList{QStringLiteral("Comparison"), QStringLiteral("failed"),
                              QStringLiteral("21.0 s"), QStringLiteral("2 tables differ")}));

        const QList<QStringList> objects = tableUnder(markdown, QStringLiteral("Objects"));
        QCOMPARE(objects.size(), 3);
        QCOMPARE(objects.at(1),
                 (QStringList{QStringLiteral("Tables"), QStringLiteral("4"), QStringLiteral("3")}));
        QCOMPARE(objects.at(2), (QStringList{QStringLiteral("Indexes"), QStringLiteral("2"),
                                             QStringLiteral("2")}));
        QVERIFY(markdown.contains(QStringLiteral("| **Tables** | **4** | **3** |")));

        QVERIFY(markdown.contains(QStringLiteral("- pg\\_restore: error: could not execute "
                                                 "query: ERROR:  relation \"x\\|y\" does not "
                                                 "exist\n")));
        QVERIFY(!markdown.contains(QStringLiteral("## Files"))); // a dump has no files
    }

    void baselineAndStorageSayWhatTheyAre()
    {
        VerifyReport baseline =
            finishedReport(QStringLiteral("/tmp/other.dump"), BackupRecord::Kind::Database);
        baseline.job.clear();
        baseline.tables = {{QStringLiteral("public"), QStringLiteral("t"), std::nullopt, QString(),
                            7, QStringLiteral("c")}};
        const QString unproven = VerificationExport::markdown(recorded(*m_workspace, baseline));
        QVERIFY(unproven.contains(QStringLiteral("**PASS**")));
        QVERIFY(unproven.contains(
            QStringLiteral("- **Proof:** equality not proven (no manifest: baseline)")));
        QCOMPARE(tableUnder(unproven, QStringLiteral("Tables")).at(1),
                 (QStringList{QStringLiteral("public.t"), QStringLiteral("—"), QStringLiteral("7"),
                              QStringLiteral("baseline")}));
        QVERIFY(unproven.contains(QStringLiteral("- **Job:** — (a file on the workstation)")));
        QVERIFY(unproven.contains(QStringLiteral("No errors.")));

        VerifyReport storage = finishedReport(QStringLiteral("20261201T030000Z-storage-uploads"),
                                              BackupRecord::Kind::Storage);
        storage.proven = true;
        storage.targetDatabase.clear();
        storage.step(VerifyStep::Kind::Restore).state = VerifyStep::State::Skipped;
        storage.step(VerifyStep::Kind::Cleanup).state = VerifyStep::State::Skipped;
        storage.step(VerifyStep::Kind::Compare).state = VerifyStep::State::Failed;
        storage.missing = {QStringLiteral("uploads/gone.png")};
        storage.extra = {QStringLiteral("uploads/new|file.txt")};
        storage.changed = {QStringLiteral("uploads/edited.csv")};
        const QString files = VerificationExport::markdown(recorded(*m_workspace, storage));
        QVERIFY(files.contains(QStringLiteral("**FAIL**")));
        QVERIFY(!files.contains(QStringLiteral("## Tables")));
        QVERIFY(files.contains(QStringLiteral("- **Kind:** storage archive")));
        QVERIFY(files.contains(QStringLiteral("- **Target server:** — (nothing restored)")));
        QCOMPARE(tableUnder(files, QStringLiteral("Files")),
                 (QList<QStringList>{
                     {QStringLiteral("Difference"), QStringLiteral("Path")},
                     {QStringLiteral("missing"), QStringLiteral("uploads/gone.png")},
                     {QStringLiteral("changed"), QStringLiteral("uploads/edited.csv")},
                     {QStringLiteral("extra"), QStringLiteral("uploads/new|file.txt")}}));
        QCOMPARE(tableUnder(files, QStringLiteral("Steps")).at(2).at(1), QStringLiteral("skipped"));
    }

    void writesMarkdownAndPdf()
    {
        const VerificationRepository::Entry entry = failed();
        const QString md = m_dir.filePath(QStringLiteral("verification.md"));
        VerificationExport::write(entry, VerificationExport::formatOfPath(md), md);
        QFile file(md);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), VerificationExport::markdown(entry));

        const QString pdf = m_dir.filePath(QStringLiteral("verification.pdf"));
        QCOMPARE(VerificationExport::formatOfPath(pdf), VerificationExport::Format::Pdf);
        VerificationExport::write(entry, VerificationExport::Format::Pdf, pdf);
        BLIHOPS_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                        "pdftotext (poppler-utils) is not installed");
        const QString text = pdfText(pdf);
        for (const QString &expected :
             {QStringLiteral("Restore verification of stage, backup 20261201T020000Z-database-app"),
              QStringLiteral("FAIL"), QStringLiteral("public.odd|name x"),
              QStringLiteral("public.customer"), QStringLiteral("tester@lab"),
              QStringLiteral("relation \"x|y\" does not exist")})
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + QStringLiteral(" not in: ") + text));
        QVERIFY(!text.contains(QStringLiteral("PASS")));
        // The mismatches come first in the PDF too.
        QVERIFY(text.indexOf(QStringLiteral("public.odd|name x")) <
                text.indexOf(QStringLiteral("public.alpha")));
        test::pdfPictures(pdf, "verification-export");
    }

    // A folder that is not there, or a file where the folder should be (this runs as root
    // too, whom a read-only folder does not stop).
    void aFolderThatCannotBeWrittenIsNamed()
    {
        const VerificationRepository::Entry entry = failed();
        const QString file = m_dir.filePath(QStringLiteral("plain-file"));
        QFile plain(file);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        for (const QString &path : {m_dir.filePath(QStringLiteral("no-such-folder/v.out")),
                                    file + QStringLiteral("/v.out")}) {
            for (const VerificationExport::Format format :
                 {VerificationExport::Format::Markdown, VerificationExport::Format::Pdf}) {
                try {
                    VerificationExport::write(entry, format, path);
                    QFAIL("wrote where no file can be");
                } catch (const Error &error) {
                    QCOMPARE(error.kind(), ErrorKind::BadInput);
                    QVERIFY2(error.message().contains(path), qPrintable(error.message()));
                }
                QVERIFY(!QFile::exists(path));
            }
        }
        QVERIFY_THROWS_EXCEPTION(Error, VerificationExport::formatFromKey(QStringLiteral("html")));
        try {
            VerificationRepository(*m_workspace).get(entry.id + 1000);
            QFAIL("found a verification that is not there");
        } catch (const Error &error) {
            QCOMPARE(error.kind(), ErrorKind::NotFound);
            QVERIFY(error.message().contains(QStringLiteral("verification list")));
        }
        const QHash<QString, qint64> newest =
            VerificationRepository(*m_workspace).newest(QStringLiteral("stage"));
        QCOMPARE(newest.value(VerificationRepository::newestKey(
                     QStringLiteral("nightly"), QStringLiteral("20261201T020000Z-database-app"))),
                 entry.id);
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // PDF needs fonts
    TestVerificationExport test;
    return blihops::test::runTests(argc, argv, {&test});
}

#include "tst_verificationexport.moc"
