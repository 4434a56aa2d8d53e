#include "docker/StreamDemuxer.h"

#include <QTest>
#include <QtEndian>

using namespace blihops;

namespace {

QByteArray frame(int stream, const QByteArray &payload)
{
    QByteArray header(8, '\0');
    header[0] = char(stream);
    qToBigEndian<quint32>(quint32(payload.size()), header.data() + 4);
    return header + payload;
}

} // namespace

class TestStreamDemuxer : public QObject
{
    Q_OBJECT

private slots:
    void framesCutAnywhereComeOutWhole()
    {
        const QByteArray stream = frame(1, "out one\n") + frame(2, "err\n") +
                                  frame(1, QByteArray()) + frame(1, QByteArray(70000, 'x'));
        for (int piece : {1, 3, 8, 9, 1000, 100000}) {
            StreamDemuxer demuxer;
            QList<StreamDemuxer::Frame> frames;
            for (int offset = 0; offset < stream.size(); offset += piece)
                frames += demuxer.feed(stream.mid(offset, piece));
            QCOMPARE(frames.size(), 4);
            QCOMPARE(frames.at(0).stream, StreamDemuxer::Stream::Stdout);
            QCOMPARE(frames.at(0).payload, QByteArray("out one\n"));
            QCOMPARE(frames.at(1).stream, StreamDemuxer::Stream::Stderr);
            QCOMPARE(frames.at(3).payload.size(), 70000);
            QCOMPARE(demuxer.pending(), 0);
            QVERIFY(!demuxer.malformed());
        }
    }

    void aCutFrameStaysPending()
    {
        StreamDemuxer demuxer;
        QVERIFY(demuxer.feed(frame(1, "complete") + frame(1, "cut off").left(10)).size() == 1);
        QCOMPARE(demuxer.pending(), 10);
    }

    void rawTextIsNotTakenForFrames()
    {
        StreamDemuxer demuxer;
        QVERIFY(demuxer.feed("hello from a tty\n").isEmpty());
        QVERIFY(demuxer.malformed());
    }
};

QTEST_GUILESS_MAIN(TestStreamDemuxer)
#include "tst_streamdemuxer.moc"
