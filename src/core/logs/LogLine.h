#pragma once

#include "docker/StreamDemuxer.h"

#include <QByteArray>
#include <QByteArrayView>

namespace blihops {

// One line of a log as a reader sees it: the engine's pieces of a long line joined, without
// its newline (nor the \r a TTY adds). Text over LogLineAssembler::kMaxKeptBytes is kept
// only in part; full holds the whole line then.
struct LogLine
{
    qint64 timestampNs = 0; // of its first piece
    StreamDemuxer::Stream stream = StreamDemuxer::Stream::Stdout;
    int source = 0;
    QByteArray bytes; // holds the kept text at [start, start + length)
    qsizetype start = 0;
    qsizetype length = 0;
    qsizetype fullLength = 0;
    QByteArray full; // the whole text, when it is longer than what is kept

    QByteArrayView text() const { return QByteArrayView(bytes).sliced(start, length); }
    bool truncated() const { return fullLength > length; }
};

} // namespace blihops
