#pragma once

#include "docker/StreamDemuxer.h"

#include <QByteArray>
#include <QByteArrayView>

namespace blihops {

// One message of a container's log as the engine sends it with timestamps=1: its time, a
// space, then a line with its newline, or a piece of a longer line without one (the engine
// stores lines in pieces of 16 KiB, each with a time of its own).
struct LogRecord
{
    qint64 timestampNs = 0;
    StreamDemuxer::Stream stream = StreamDemuxer::Stream::Stdout;
    int source = 0; // which container of the session
    QByteArray bytes;
    qsizetype textStart = 0; // where the text starts in bytes, after the time and its space

    // What `docker logs` prints without --timestamps; with it, the whole of bytes.
    QByteArrayView text() const { return QByteArrayView(bytes).sliced(textStart); }
    bool endsLine() const { return bytes.endsWith('\n'); }
};

} // namespace blihops
