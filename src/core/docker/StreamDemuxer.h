#pragma once

#include <QByteArray>
#include <QList>

namespace blihops {

// Splits the Docker Engine's multiplexed stdout/stderr stream (logs and exec output of a
// container without a TTY): each frame is an 8-byte header — stream type, three zero bytes,
// a big-endian payload size — then the payload. Frames may arrive cut anywhere. The engine's
// own errors while it reads a log ("Error grabbing logs: …") come as stream 3.
class StreamDemuxer
{
public:
    enum class Stream
    {
        Stdin = 0,
        Stdout = 1,
        Stderr = 2,
        Systemerr = 3
    };
    struct Frame
    {
        Stream stream;
        QByteArray payload;
    };

    // Returns the frames completed by data; keeps a partial one for the next call.
    QList<Frame> feed(const QByteArray &data);
    // Bytes of an unfinished frame (non-zero at the end of a stream means it was cut).
    qsizetype pending() const { return m_buffer.size(); }
    // Set when a header is not a valid frame header (the stream is not multiplexed).
    bool malformed() const { return m_malformed; }

private:
    QByteArray m_buffer;
    bool m_malformed = false;
};

} // namespace blihops
