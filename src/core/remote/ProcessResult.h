#pragma once

#include <QByteArray>
#include <QString>

namespace blihops {

// How a child process ended, with everything it printed.
struct ProcessResult
{
    enum class Status
    {
        Finished,
        FailedToStart,
        TimedOut,
        Crashed,
        Cancelled
    };

    QString program;
    Status status = Status::Finished;
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;

    bool ok() const { return status == Status::Finished && exitCode == 0; }
    // One line for a message: what ran, how it ended, and the last thing it said.
    QString summary() const;
};

} // namespace blihops
