#include "markdown/MarkdownReader.h"
#include "markdown/TextRepair.h"

#include <QElapsedTimer>
#include <QTest>

using namespace blihops;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(BLIHOPS_TEST_DATA_DIR "/markdown/") + QString::fromLatin1(name);
}

QList<MarkdownBlock> ofKind(const QList<MarkdownBlock> &blocks, MarkdownBlock::Kind kind)
{
    QList<MarkdownBlock> found;
    for (const MarkdownBlock &block : blocks) {
        if (block.kind == kind)
            found << block;
    }
    return found;
}

QList<MarkdownBlock> tasks(const QList<MarkdownBlock> &blocks)
{
    QList<MarkdownBlock> found;
    for (const MarkdownBlock &block : ofKind(blocks, MarkdownBlock::Kind::Item)) {
        if (block.task)
            found << block;
    }
    return found;
}

// UTF-8 read as Mac Roman and written out again, as the team's editors did.
QString misread(const QString &text)
{
    static const char16_t upper[128] = {
        0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4,
        0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF,
        0x00F1, 0x00F3, 0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020,
        0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4,
        0x00A8, 0x2260, 0x00C6, 0x00D8, 0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202,
        0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1,
        0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB, 0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3,
        0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA,
        0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02, 0x2021, 0x00B7, 0x201A,
        0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC,
        0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC, 0x00AF,
        0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7};
    QString out;
    for (const char byte : text.toUtf8()) {
        const auto value = static_cast<unsigned char>(byte);
        out += value < 0x80 ? QChar(value) : QChar(upper[value - 0x80]);
    }
    return out;
}

} // namespace

// md4c's view of a document: blocks, nesting, checkboxes, fields; nothing from code, quotes
// or HTML blocks; encodings of other machines repaired.
class TestMarkdown : public QObject
{
    Q_OBJECT

private slots:
    void readsNestedTaskItemsWithTheirParents()
    {
        const QList<MarkdownBlock> blocks =
            MarkdownReader::readFile(fixture("checklist-nested.md"));
        const QList<MarkdownBlock> items = tasks(blocks);
        QStringList texts;
        for (const MarkdownBlock &item : items)
            texts << item.text;
        QCOMPARE(texts.size(), 10);
        QCOMPARE(texts.at(0), QStringLiteral("Tag the release"));
        QCOMPARE(texts.at(3), QStringLiteral("Spell-check it"));
        QCOMPARE(texts.at(4), QStringLiteral("Task under a plain item"));
        // Levels follow the lists, parents the enclosing items, plain ones included.
        QCOMPARE(items.at(0).level, 0);
        QCOMPARE(items.at(2).level, 1);
        QCOMPARE(items.at(3).level, 2);
        QVERIFY(items.at(1).checked);
        QVERIFY(!items.at(2).checked);
        QVERIFY(items.at(3).checked);
        const MarkdownBlock &spellCheck = items.at(3);
        QCOMPARE(blocks.at(spellCheck.parent).text, QStringLiteral("Review the changelog"));
        const MarkdownBlock &underPlain = items.at(4);
        QCOMPARE(blocks.at(underPlain.parent).text, QStringLiteral("plain note under an item"));
        QVERIFY(!blocks.at(underPlain.parent).task);
        // An ordered task list, and a capital X ticks too.
        QCOMPARE(texts.at(8), QStringLiteral("An ordered task"));
        QVERIFY(items.at(9).checked);
    }

    void ignoresCodeBlocksQuotesHtmlAndTableCells()
    {
        const QList<MarkdownBlock> blocks =
            MarkdownReader::readFile(fixture("checklist-nested.md"));
        for (const MarkdownBlock &block : blocks)
            QVERIFY2(!block.text.contains(QLatin1String("inside")), qPrintable(block.text));
        const QList<MarkdownBlock> tables = ofKind(blocks, MarkdownBlock::Kind::Table);
        QCOMPARE(tables.size(), 1);
        QCOMPARE(tables.first().rows.size(), 2);
        QCOMPARE(tables.first().rows.at(0),
                 (QStringList{QStringLiteral("Step"), QStringLiteral("Owner")}));
        QCOMPARE(tables.first().rows.at(1).at(0), QStringLiteral("- [ ] not an item"));
        const QList<MarkdownBlock> empty = MarkdownReader::readFile(fixture("no-items.md"));
        QVERIFY(tasks(empty).isEmpty());
        QCOMPARE(ofKind(empty, MarkdownBlock::Kind::Item).size(), 1);
    }

    void keepsHeadingsWithoutTasksAndEmptySections()
    {
        const QList<MarkdownBlock> blocks =
            MarkdownReader::readFile(fixture("checklist-nested.md"));
        QStringList headings;
        for (const MarkdownBlock &block : ofKind(blocks, MarkdownBlock::Kind::Heading))
            headings << block.text;
        QVERIFY(headings.contains(QStringLiteral("Empty section")));
        QVERIFY(headings.contains(QStringLiteral("Table")));
        const qsizetype empty = headings.indexOf(QStringLiteral("Empty section"));
        QCOMPARE(headings.at(empty + 1), QStringLiteral("Examples that are not items"));
    }

    void repairsEmojiMisreadAsMacRoman()
    {
        const QList<MarkdownBlock> blocks =
            MarkdownReader::readFile(fixture("checklist-nested.md"));
        QCOMPARE(blocks.first().text, QStringLiteral("Release checklist \u2705"));
        const QList<MarkdownBlock> items = tasks(blocks);
        QCOMPARE(items.at(6).text, QStringLiteral("\u2705 Database reachable"));
        QCOMPARE(items.at(7).text, QStringLiteral("\u274C Redis answers PONG & INFO"));
        bool warningHeading = false;
        for (const MarkdownBlock &block : ofKind(blocks, MarkdownBlock::Kind::Heading))
            warningHeading =
                warningHeading || block.text == QStringLiteral("Mis-encoded \u26A0\uFE0F");
        QVERIFY(warningHeading);
    }

    void repairsOnlyWellFormedLongSequences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString check = QStringLiteral("\u2705");
        const QString yellow = QString::fromUtf8("\xF0\x9F\x9F\xA1");
        QTest::newRow("check mark") << misread(check) << check;
        QTest::newRow("four bytes")
            << misread(yellow + QStringLiteral(" PARTIAL")) << yellow + QStringLiteral(" PARTIAL");
        QTest::newRow("twice in a row") << misread(check + check) << check + check;
        QTest::newRow("German stays")
            << QStringLiteral("«Über» Straße, größer") << QStringLiteral("«Über» Straße, größer");
        QTest::newRow("cut short") << misread(check).left(2) << misread(check).left(2);
        QTest::newRow("plain") << QStringLiteral("plain ASCII") << QStringLiteral("plain ASCII");
        QTest::newRow("real emoji stay") << check << check;
    }

    void repairsOnlyWellFormedLongSequences()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(TextRepair::macRomanMisreadingRepaired(text), expected);
    }

    void readsFieldsOfParagraphs()
    {
        const QByteArray markdown = "**Priority**: High  \n**Status**: \xE2\x9D\x8C NOT STARTED\n"
                                    "**Owner:** Ada\nplain **bold** text: no field\n";
        const QList<MarkdownBlock> blocks = MarkdownReader::read(markdown);
        QCOMPARE(blocks.size(), 1);
        const MarkdownBlock &paragraph = blocks.first();
        QCOMPARE(paragraph.fields.size(), 3);
        QCOMPARE(paragraph.field(QStringLiteral("priority")), QStringLiteral("High"));
        QCOMPARE(paragraph.field(QStringLiteral("Status")), QStringLiteral("\u274C NOT STARTED"));
        QCOMPARE(paragraph.field(QStringLiteral("Owner")), QStringLiteral("Ada"));
        QVERIFY(paragraph.field(QStringLiteral("bold")).isNull());
    }

    void toleratesCrlfAndByteOrderMark()
    {
        const QList<MarkdownBlock> blocks =
            MarkdownReader::readFile(fixture("checklist-crlf-bom.md"));
        QCOMPARE(blocks.first().kind, MarkdownBlock::Kind::Heading);
        QCOMPARE(blocks.first().text, QStringLiteral("Windows checklist"));
        const QList<MarkdownBlock> items = tasks(blocks);
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(1).text, QStringLiteral("Second"));
        QVERIFY(items.at(1).checked);
        QCOMPARE(items.at(2).level, 1);
        for (const MarkdownBlock &item : items)
            QVERIFY(!item.text.contains(QLatin1Char('\r')));
    }

    void keepsInlineCommentsApart()
    {
        const QList<MarkdownBlock> items =
            tasks(MarkdownReader::readFile(fixture("checklist-nested.md")));
        QCOMPARE(items.at(5).text, QStringLiteral("Notify the team"));
        QCOMPARE(items.at(5).comments, QStringList{QStringLiteral("check: health")});
        QCOMPARE(items.at(6).comments,
                 QStringList{QStringLiteral("check: smoke:postgres/postgresql")});
    }

    void readsAFiveMegabyteDocument()
    {
        QByteArray document = "# Big\n\n";
        int expected = 0;
        int ticked = 0;
        for (int section = 0; document.size() < 5 * 1024 * 1024; ++section) {
            document += "## Section " + QByteArray::number(section) + "\n\n";
            for (int item = 0; item < 40; ++item) {
                const bool done = (section + item) % 3 == 0;
                document += QByteArray(item % 4 == 3 ? "  " : "") + (done ? "- [x] " : "- [ ] ") +
                            "Item " + QByteArray::number(item) +
                            " with some words to make the line as long as real ones are\n";
                ++expected;
                ticked += done ? 1 : 0;
            }
            document += "\n```\n- [ ] code, not an item\n```\n\n";
        }
        QVERIFY(document.size() >= 5 * 1024 * 1024);
        QElapsedTimer timer;
        timer.start();
        const QList<MarkdownBlock> items = tasks(MarkdownReader::read(document));
        qInfo("read %lld bytes in %lld ms", qlonglong(document.size()), timer.elapsed());
        QCOMPARE(items.size(), expected);
        QCOMPARE(std::count_if(items.begin(), items.end(),
                               [](const MarkdownBlock &item) { return item.checked; }),
                 ticked);
    }
};

QTEST_GUILESS_MAIN(TestMarkdown)
#include "tst_markdown.moc"
