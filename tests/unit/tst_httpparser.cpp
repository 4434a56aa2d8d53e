#include "docker/HttpResponseParser.h"

#include <QTest>

using namespace blihops;

namespace {

// Feeds a response in pieces of the given size, as a socket might deliver it.
QByteArray parseInPieces(HttpResponseParser &parser, const QByteArray &bytes, int piece)
{
    QByteArray body;
    for (int offset = 0; offset < bytes.size(); offset += piece) {
        if (!parser.feed(bytes.mid(offset, piece)))
            break;
        body += parser.takeBody();
    }
    return body;
}

} // namespace

class TestHttpParser : public QObject
{
    Q_OBJECT

private slots:
    void contentLengthBodyInAnyPieces_data()
    {
        QTest::addColumn<int>("piece");
        for (int piece : {1, 2, 7, 64, 100000})
            QTest::newRow(qPrintable(QString::number(piece))) << piece;
    }

    void contentLengthBodyInAnyPieces()
    {
        QFETCH(int, piece);
        const QByteArray response =
            "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Type: "
            "application/json\r\nContent-Length: 11\r\n\r\n{\"a\":\"bc\"}\n";
        HttpResponseParser parser;
        const QByteArray body = parseInPieces(parser, response, piece);
        QVERIFY2(!parser.hasError(), qPrintable(parser.error()));
        QVERIFY(parser.isComplete());
        QCOMPARE(parser.status(), 200);
        QCOMPARE(parser.header("api-version"), QByteArray("1.41"));
        QCOMPARE(body, QByteArray("{\"a\":\"bc\"}\n"));
        QVERIFY(parser.keepAlive());
    }

    void chunkedBodyIsDecoded()
    {
        const QByteArray response = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                    "5\r\nhello\r\n1;ext=1\r\n \r\n5\r\nworld\r\n0\r\n\r\n";
        for (int piece : {1, 3, 1000}) {
            HttpResponseParser parser;
            QCOMPARE(parseInPieces(parser, response, piece), QByteArray("hello world"));
            QVERIFY(parser.isComplete());
        }
    }

    void aStreamDeliversWhatHasArrived()
    {
        HttpResponseParser parser;
        QVERIFY(parser.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"));
        QVERIFY(parser.headersComplete());
        QVERIFY(parser.takeBody().isEmpty());
        QVERIFY(parser.feed("b\r\n{\"id\":\"a\"}\n\r\n"));
        QCOMPARE(parser.takeBody(), QByteArray("{\"id\":\"a\"}\n"));
        QVERIFY(!parser.isComplete());
        QVERIFY(parser.feed("b\r\n{\"id\":\"b\"}\n\r\n"));
        QCOMPARE(parser.takeBody(), QByteArray("{\"id\":\"b\"}\n"));
    }

    void bodyUntilCloseEndsAtEof()
    {
        HttpResponseParser parser;
        QVERIFY(parser.feed("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nraw stream"));
        QVERIFY(!parser.isComplete());
        QVERIFY(parser.finishAtEof());
        QVERIFY(parser.isComplete());
        QCOMPARE(parser.takeBody(), QByteArray("raw stream"));
        QVERIFY(!parser.keepAlive());
    }

    void noContentAndErrors()
    {
        HttpResponseParser parser;
        QVERIFY(parser.feed("HTTP/1.1 204 No Content\r\n\r\n"));
        QVERIFY(parser.isComplete());
        QCOMPARE(parser.status(), 204);

        HttpResponseParser notFound;
        QVERIFY(notFound.feed("HTTP/1.1 404 Not Found\r\nContent-Length: "
                              "29\r\n\r\n{\"message\":\"No such thing\"}\r\n"));
        QCOMPARE(notFound.status(), 404);
        QVERIFY(notFound.takeBody().contains("No such thing"));
    }

    void keepsTheNextResponsesBytes()
    {
        HttpResponseParser parser;
        QVERIFY(parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOKHTTP/1.1 200"));
        QVERIFY(parser.isComplete());
        QCOMPARE(parser.takeBody(), QByteArray("OK"));
        QCOMPARE(parser.leftover(), QByteArray("HTTP/1.1 200"));
    }

    void rejectsMalformedResponses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n");
        QTest::newRow("bad status") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n");
        QTest::newRow("bad chunk size")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
        QTest::newRow("bad length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n");
        QTest::newRow("header too long")
            << (QByteArray("HTTP/1.1 200 OK\r\nX: ") + QByteArray(70000, 'a') + "\r\n\r\n");
    }

    void rejectsMalformedResponses()
    {
        QFETCH(QByteArray, bytes);
        HttpResponseParser parser;
        QVERIFY(!parser.feed(bytes) || parser.hasError());
        QVERIFY(!parser.error().isEmpty());
        QVERIFY(!parser.feed("more")); // stays failed
    }

    void truncatedBodyIsAnErrorAtEof()
    {
        HttpResponseParser parser;
        QVERIFY(parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"));
        QVERIFY(!parser.finishAtEof());
        QVERIFY(parser.hasError());
    }
};

QTEST_GUILESS_MAIN(TestHttpParser)
#include "tst_httpparser.moc"
