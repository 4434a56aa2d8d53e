#include "logs/LogBuffer.h"
#include "logs/LogFilter.h"
#include "logs/LogLineAssembler.h"
#include "logs/LogRecordParser.h"
#include "logs/LogSince.h"
#include "logs/LogTimestamp.h"
#include "util/Error.h"

#include <QTest>
#include <QtEndian>

using namespace blihops;

namespace {

using Stream = StreamDemuxer::Stream;

LogLine lineOf(const QByteArray &text, qint64 time = 0, Stream stream = Stream::Stdout)
{
    return LogLineAssembler::line(time, stream, 0, text, 0, text.size());
}

QList<LogLine> numbered(int from, int count)
{
    QList<LogLine> lines;
    for (int i = from; i < from + count; ++i)
        lines << lineOf("line " + QByteArray::number(i), i);
    return lines;
}

// A message as the engine sends it with timestamps=1.
QByteArray message(qint64 nanos, const QByteArray &text)
{
    return LogTimestamp::format(nanos) + ' ' + text;
}

} // namespace

// The logs model and its parts, without an engine: times, since, the records of a TTY
// stream, lines from pieces, the bounded buffer, filters.
class TestLogBuffer : public QObject
{
    Q_OBJECT

private slots:
    void timestampsReadAndWriteAsTheEngineDoes()
    {
        const QByteArray engine = "2024-05-01T10:00:00.123456789Z";
        const std::optional<qint64> nanos = LogTimestamp::parse(engine);
        QVERIFY(nanos);
        QCOMPARE(*nanos, qint64(1714557600) * 1000000000 + 123456789);
        QCOMPARE(LogTimestamp::format(*nanos), engine);
        QCOMPARE(LogTimestamp::sinceValue(*nanos), QByteArray("1714557600.123456789"));
        QCOMPARE(LogTimestamp::sinceValue(qint64(1714557600) * 1000000000 + 5),
                 QByteArray("1714557600.000000005"));
        // A daemon in another zone writes an offset: the same instant.
        QCOMPARE(LogTimestamp::parse("2024-05-01T12:00:00.123456789+02:00"), nanos);
        QCOMPARE(LogTimestamp::parse("2024-05-01T10:00:00Z"), qint64(1714557600) * 1000000000);
        QCOMPARE(LogTimestamp::format(0), QByteArray("1970-01-01T00:00:00.000000000Z"));
        QCOMPARE(LogTimestamp::format(qint64(951782400) * 1000000000),
                 QByteArray("2000-02-29T00:00:00.000000000Z"));
        for (const char *bad : {"", "2024-05-01", "2024-05-01T10:00:00", "2024-13-01T10:00:00Z",
                                "2024-05-01T10:00:00.Z", "2024-05-01 10:00:00Z", "hello world"})
            QVERIFY2(!LogTimestamp::parse(bad), bad);
    }

    void sinceTakesWhatDockerTakes()
    {
        const QDateTime now =
            QDateTime::fromString(QStringLiteral("2024-05-01T10:00:00.750Z"), Qt::ISODateWithMs);
        const qint64 seconds = now.toSecsSinceEpoch();
        QCOMPARE(LogSince::engineValue(QString(), now), QByteArray());
        // Durations before now, truncated to the second as docker's CLI does.
        QCOMPARE(LogSince::engineValue(QStringLiteral("10m"), now),
                 QByteArray::number(seconds - 600));
        QCOMPARE(LogSince::engineValue(QStringLiteral("1h30m"), now),
                 QByteArray::number(seconds - 5400));
        QCOMPARE(LogSince::engineValue(QStringLiteral("1.5h"), now),
                 QByteArray::number(seconds - 5400));
        QCOMPARE(LogSince::engineValue(QStringLiteral("1d"), now),
                 QByteArray::number(seconds - 86400));
        QCOMPARE(LogSince::engineValue(QStringLiteral("500ms"), now), QByteArray::number(seconds));
        // Times: with a zone, or local without one; Unix seconds as they are.
        QCOMPARE(LogSince::engineValue(QStringLiteral("2024-05-01T09:00:00Z"), now),
                 QByteArray("1714554000.000000000"));
        QCOMPARE(LogSince::engineValue(QStringLiteral("2024-05-01T11:00:00.25+02:00"), now),
                 QByteArray("1714554000.250000000"));
        const QByteArray local = LogSince::engineValue(QStringLiteral("2024-05-01T09:00"), now);
        // As docker: the local zone's offset now.
        QCOMPARE(local,
                 QByteArray::number(1714554000 - now.toLocalTime().offsetFromUtc()) + ".000000000");
        QCOMPARE(LogSince::engineValue(QStringLiteral("1714554000"), now),
                 QByteArray("1714554000"));
        QCOMPARE(LogSince::engineValue(QStringLiteral("1714554000.5"), now),
                 QByteArray("1714554000.5"));
        for (const char *bad : {"yesterday", "10x", "2024-05-01T25:00:00Z", "-", "1w"}) {
            try {
                LogSince::engineValue(QString::fromLatin1(bad), now);
                QFAIL(bad);
            } catch (const Error &error) {
                QCOMPARE(error.kind(), ErrorKind::BadInput);
                QVERIFY(error.message().contains(QStringLiteral("10m")));
            }
        }
    }

    void ttyMessagesAreCutAtNewlinesAndAtTimedPieces()
    {
        const qint64 t0 = qint64(1714557600) * 1000000000;
        const QByteArray piece(LogRecordParser::kPieceBytes, 'x');
        // A short line, a long one in two pieces (the second ends it), a last line without
        // newline; then the whole stream cut at every size.
        const QByteArray stream = message(t0, "one\r\n") + message(t0 + 1, piece) +
                                  message(t0 + 1, "tail of it\r\n") + message(t0 + 2, "last");
        for (int cut : {1, 7, 31, 100, 16384, 1 << 20}) {
            LogRecordParser parser(true, true);
            QList<LogRecord> records;
            for (qsizetype at = 0; at < stream.size(); at += cut)
                parser.addRaw(stream.mid(at, cut), &records);
            QCOMPARE(records.size(), 3); // the last waits for its end
            parser.finish(&records);
            QCOMPARE(records.size(), 4);
            QCOMPARE(records.at(0).text(), QByteArrayView("one\r\n"));
            QCOMPARE(records.at(0).timestampNs, t0);
            QCOMPARE(records.at(1).text().size(), LogRecordParser::kPieceBytes);
            QVERIFY(!records.at(1).endsLine());
            QCOMPARE(records.at(2).text(), QByteArrayView("tail of it\r\n"));
            QCOMPARE(records.at(3).text(), QByteArrayView("last"));
            QCOMPARE(records.at(3).timestampNs, t0 + 2);
            QByteArray again;
            for (const LogRecord &record : records)
                again += record.bytes;
            QCOMPARE(again, stream);
        }
    }

    void framesAreRecordsAndEngineErrorsAreNot()
    {
        LogRecordParser parser(false, true);
        QList<LogRecord> records;
        parser.addFrame(Stream::Stderr, message(42, "oops\n"), &records);
        parser.addFrame(Stream::Systemerr, "Error grabbing logs: file gone\n", &records);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).stream, Stream::Stderr);
        QCOMPARE(records.at(0).timestampNs, 42);
        QCOMPARE(records.at(0).text(), QByteArrayView("oops\n"));
        QCOMPARE(parser.engineError(), QStringLiteral("Error grabbing logs: file gone"));
    }

    // Asked without timestamps=1: a text that starts like a time is text, and a TTY's stream
    // is cut at its newlines however it arrives.
    void untimedRecordsAreTheBytesAsSent()
    {
        const QByteArray timeLike = "2024-05-01T10:00:00.000000000Z started\n";
        LogRecordParser frames(false, false);
        QList<LogRecord> records;
        frames.addFrame(Stream::Stdout, timeLike, &records);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).text(), QByteArrayView(timeLike));
        QCOMPARE(records.at(0).timestampNs, 0);

        const QByteArray stream = timeLike + "two\r\n" + QByteArray(70000, 'z') + "\nlast";
        for (int cut : {1, 5, 4096, 1 << 20}) {
            LogRecordParser tty(true, false);
            QList<LogRecord> raw;
            for (qsizetype at = 0; at < stream.size(); at += cut)
                tty.addRaw(stream.mid(at, cut), &raw);
            tty.finish(&raw);
            QByteArray again;
            for (const LogRecord &record : raw) {
                again += record.text();
                // Each record ends at a newline, or is a bounded piece of a line, or the end.
                QVERIFY(record.endsLine() ||
                        record.bytes.size() >= 4 * LogRecordParser::kPieceBytes ||
                        &record == &raw.last());
                QVERIFY(record.bytes.count('\n') <= 1);
            }
            QCOMPARE(again, stream);
            QCOMPARE(raw.first().text(), QByteArrayView(timeLike));
            QCOMPARE(raw.last().text(), QByteArrayView("last"));
        }
    }

    void piecesMakeOneLineAndLongLinesAreKeptInPart()
    {
        // 100 KiB in 16 KiB pieces, on stdout, with a stderr line between them.
        const QByteArray whole = QByteArray("long:") + QByteArray(102400, 'y') + "\xc3\xa9";
        QList<LogRecord> records;
        for (qsizetype at = 0; at < whole.size(); at += LogRecordParser::kPieceBytes) {
            LogRecord record;
            record.timestampNs = 7;
            record.bytes = whole.mid(at, LogRecordParser::kPieceBytes);
            if (at + LogRecordParser::kPieceBytes >= whole.size())
                record.bytes += '\n';
            records << record;
            if (at == 0) {
                LogRecord other;
                other.stream = Stream::Stderr;
                other.bytes = "between\n";
                records << other;
            }
        }
        LogLineAssembler assembler;
        QList<LogLine> lines;
        assembler.add(records, &lines);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).text(), QByteArrayView("between"));
        const LogLine &longLine = lines.at(1);
        QCOMPARE(longLine.timestampNs, 7);
        QVERIFY(longLine.truncated());
        QCOMPARE(longLine.fullLength, whole.size());
        QCOMPARE(longLine.full, whole);
        QCOMPARE(longLine.length, LogLineAssembler::kMaxKeptBytes);
        QVERIFY(whole.startsWith(longLine.text()));

        LogBuffer buffer;
        buffer.append(lines);
        QVERIFY(buffer.isTruncated(1));
        QCOMPARE(buffer.text(1).size(), LogLineAssembler::kMaxKeptBytes);
        QCOMPARE(buffer.fullLength(1), whole.size());
        QCOMPARE(buffer.fullText(1), std::optional<QByteArray>(whole));
        QCOMPARE(buffer.fullText(0), std::optional<QByteArray>("between"));
    }

    void aCutNeverSplitsACharacter()
    {
        // é (two bytes) across the 64 KiB mark.
        const QByteArray text =
            QByteArray(LogLineAssembler::kMaxKeptBytes - 1, 'a') + "\xc3\xa9" + "rest";
        const LogLine line = lineOf(text);
        QCOMPARE(line.length, LogLineAssembler::kMaxKeptBytes - 1);
        QVERIFY(line.truncated());
    }

    void theBufferKeepsItsCapAndCountsWhatItDrops()
    {
        LogBuffer buffer(1000);
        qsizetype dropped = 0;
        for (int batch = 0; batch < 25; ++batch)
            dropped += buffer.append(numbered(batch * 100, 100));
        QCOMPARE(buffer.size(), 1000);
        QCOMPARE(dropped, 1500);
        QCOMPARE(buffer.droppedCount(), 1500);
        QCOMPARE(buffer.firstSerial(), 1500);
        QCOMPARE(buffer.text(0), QByteArrayView("line 1500"));
        QCOMPARE(buffer.timestamp(999), 2499);
        QCOMPARE(buffer.text(999), QByteArrayView("line 2499"));
        // A batch larger than the cap keeps its newest lines only.
        QCOMPARE(buffer.append(numbered(5000, 2500)), 2500);
        QCOMPARE(buffer.size(), 1000);
        QCOMPARE(buffer.text(0), QByteArrayView("line 6500"));
        QCOMPARE(buffer.firstSerial(), 4000);
        QCOMPARE(buffer.droppedCount(), 4000);
        QCOMPARE(buffer.setCapacity(10), 990);
        QCOMPARE(buffer.text(0), QByteArrayView("line 7490"));
        buffer.clear();
        QCOMPARE(buffer.size(), 0);
        QCOMPARE(buffer.droppedCount(), 0);
    }

    void aHundredThousandLinesTakeLessThanTwiceTheirText()
    {
        LogBuffer buffer;
        qsizetype raw = 0;
        QList<LogLine> lines;
        for (int i = 0; i < 100000; ++i) {
            const QByteArray text = "out " + QByteArray::number(i) + " of the steady stream";
            raw += text.size() + 1; // as docker prints it, with its newline
            lines << lineOf(text, i);
        }
        buffer.append(lines);
        QCOMPARE(buffer.size(), 100000);
        QVERIFY2(buffer.memoryBytes() < 2 * raw,
                 qPrintable(QStringLiteral("%1 bytes for %2").arg(buffer.memoryBytes()).arg(raw)));
        // The blobs of dropped lines are given back.
        LogBuffer small(1000);
        for (int round = 0; round < 50; ++round)
            small.append(lines.mid(round * 2000, 2000));
        QVERIFY(small.memoryBytes() < 4 * 1024 * 1024);
    }

    void wholeTextsStayWithinTheirBudget()
    {
        LogBuffer buffer;
        const QByteArray big(LogBuffer::kFullTextBudget / 4 + 1, 'z');
        QList<LogLine> lines;
        for (int i = 0; i < 6; ++i)
            lines << lineOf(big + QByteArray::number(i));
        buffer.append(lines);
        QCOMPARE(buffer.size(), 6);
        QVERIFY(!buffer.fullText(0)); // given up, the oldest first
        QVERIFY(buffer.isTruncated(0));
        QCOMPARE(buffer.fullLength(0), big.size() + 1);
        QCOMPARE(buffer.fullText(5), std::optional<QByteArray>(big + "5"));
        QVERIFY2(buffer.memoryBytes() < LogBuffer::kFullTextBudget + 8 * 1024 * 1024,
                 qPrintable(QString::number(buffer.memoryBytes())));
    }

    void filtersMatchTextOrExpressionsWithOrWithoutCase()
    {
        const LogFilter text(QStringLiteral("Error"), LogFilter::Syntax::Text, Qt::CaseSensitive);
        QVERIFY(text.matches(QByteArrayView("an Error here")));
        QVERIFY(!text.matches(QByteArrayView("an error here")));
        const LogFilter anyCase(QStringLiteral("ÉTÉ"), LogFilter::Syntax::Text,
                                Qt::CaseInsensitive);
        QVERIFY(anyCase.matches(QByteArrayView("un été chaud")));
        const LogFilter expression(QStringLiteral("^out [0-9]+5 "),
                                   LogFilter::Syntax::RegularExpression, Qt::CaseSensitive);
        QVERIFY(expression.isValid());
        QVERIFY(expression.matches(QByteArrayView("out 15 of")));
        QVERIFY(!expression.matches(QByteArrayView("err 15 of")));
        QVERIFY(!expression.matches(QByteArrayView("out 16 of")));
        const LogFilter broken(QStringLiteral("(unclosed"), LogFilter::Syntax::RegularExpression,
                               Qt::CaseSensitive);
        QVERIFY(!broken.isValid());
        QVERIFY(!broken.errorString().isEmpty());
        QVERIFY(!broken.matches(QByteArrayView("(unclosed")));
        QVERIFY(LogFilter().matches(QByteArrayView("anything")));

        const LogFilter twice(QStringLiteral("ab"), LogFilter::Syntax::Text, Qt::CaseInsensitive);
        const QList<std::pair<qsizetype, qsizetype>> expected = {{0, 2}, {4, 2}};
        QCOMPARE(twice.matchesIn(u"ab--AB--a"), expected);
        const LogFilter digits(QStringLiteral("\\d+"), LogFilter::Syntax::RegularExpression,
                               Qt::CaseSensitive);
        const QList<std::pair<qsizetype, qsizetype>> numbers = {{4, 2}, {10, 1}};
        QCOMPARE(digits.matchesIn(u"out 12 of 3"), numbers);
    }
};

QTEST_GUILESS_MAIN(TestLogBuffer)
#include "tst_logbuffer.moc"
