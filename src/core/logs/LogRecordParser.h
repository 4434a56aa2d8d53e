#pragma once

#include "logs/LogRecord.h"

#include <QList>

namespace blihops {

// Cuts the body of a logs request made with timestamps=1 into LogRecords (made without, each
// frame is a record, and a TTY's raw stream is cut at its newlines). Without a TTY the
// engine sends one frame per message, so each frame is a record. With a TTY the messages
// come back to back in one raw stream: a message is its time, a space, and the text up to
// and including a newline, or, for a piece of a longer line, exactly 16 KiB of text when a
// time follows it.
class LogRecordParser
{
public:
    // The engine's piece size for long lines (moby's copier buffer).
    static constexpr qsizetype kPieceBytes = 16 * 1024;

    // times: the request was made with timestamps=1.
    LogRecordParser(bool tty, bool times) : m_tty(tty), m_times(times) {}

    // Without a TTY: one frame (Systemerr frames are errors, not records).
    void addFrame(StreamDemuxer::Stream stream, const QByteArray &payload, QList<LogRecord> *out);
    // With a TTY: a piece of the raw stream, cut anywhere.
    void addRaw(const QByteArray &chunk, QList<LogRecord> *out);
    // The stream ended cleanly: a last message without newline is complete.
    void finish(QList<LogRecord> *out);
    // Forgets a message cut by a lost connection (it comes again on resume).
    void reset();
    // The engine's own errors while reading the log, e.g. "Error grabbing logs: …".
    QString engineError() const { return m_engineError; }

private:
    // Splits "TIME TEXT" at the space; the time of the message before when there is none.
    LogRecord record(StreamDemuxer::Stream stream, const QByteArray &bytes);
    // Where the text starts after a time and its space at m_pending[at]: kNoTime when there is
    // none, kMoreBytes when the bytes so far cannot tell.
    qsizetype textAfterTime(qsizetype at) const;
    // The length of the complete message at m_offset, or 0 when more bytes are needed.
    qsizetype rawMessageLength(bool atEnd) const;
    void takeRaw(QList<LogRecord> *out, bool atEnd);

    static constexpr qsizetype kNoTime = -1;
    static constexpr qsizetype kMoreBytes = -2;
    // A time with a zone offset and its space is 36 bytes.
    static constexpr qsizetype kLongestTime = 40;
    // A TTY message without newline nor time after its first piece is taken as it is at this
    // size (the engine never sends one: a bound for streams that are not what they seem).
    static constexpr qsizetype kLongestRawMessage = 4 * kPieceBytes;

    bool m_tty;
    bool m_times;
    qint64 m_lastTimestamp = 0;
    QByteArray m_pending;   // TTY: bytes of messages not complete yet, from m_offset
    qsizetype m_offset = 0; // consumed bytes at the front, dropped once per chunk
    QString m_engineError;
};

} // namespace blihops
