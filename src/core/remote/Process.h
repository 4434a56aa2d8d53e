#pragma once

#include "remote/ProcessResult.h"

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>
#include <chrono>

namespace blihops {

// The one wrapper around a child process: argv only (no shell), a timeout, output as whole
// lines as it arrives, and a single done() signal however the process ends. A process that
// times out or is cancelled is terminated, then killed if it does not leave.
class Process : public QObject
{
    Q_OBJECT

public:
    explicit Process(QObject *parent = nullptr);
    ~Process() override;

    // Zero: no limit.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setProcessEnvironment(const QProcessEnvironment &environment);
    // Output beyond this many bytes per stream is dropped from the result (lines still flow).
    void setOutputLimit(qsizetype bytes) { m_outputLimit = bytes; }
    // What the child reads on stdin, written once it runs, then closed. Without it the
    // child's stdin is closed from the start, unless interactive input is asked for.
    void setInput(const QByteArray &input) { m_input = input; }
    // Standard output goes to this file (truncated) instead of lines and the result: for a
    // download of any size.
    void setStandardOutputFile(const QString &path) { m_process.setStandardOutputFile(path); }
    // Standard input is read from this file (instead of setInput's bytes): for an upload of
    // any size.
    void setStandardInputFile(const QString &path) { m_process.setStandardInputFile(path); }
    // Keeps stdin open for write() (e.g. a Ctrl+C to a remote terminal).
    void setInteractiveInput(bool interactive) { m_interactive = interactive; }
    // The child leads a process group of its own, so that signals reach everything it
    // starts (docker compose runs plugins as children).
    void setOwnProcessGroup(bool own) { m_ownGroup = own; }

    void start(const QString &program, const QStringList &arguments);
    // Terminates (then kills) the child, or its group.
    void cancel();
    // SIGINT to the child, or its group: the polite way to stop a command line tool.
    void interrupt();
    void write(const QByteArray &bytes);
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    // Runs to the end on the calling thread (for the CLI and worker threads only).
    static ProcessResult run(const QString &program, const QStringList &arguments,
                             std::chrono::milliseconds timeout,
                             const QProcessEnvironment &environment = {},
                             const QByteArray &input = {});

signals:
    void standardOutputLine(const QString &line);
    void standardErrorLine(const QString &line);
    void done(const blihops::ProcessResult &result);

private:
    void readStream(QProcess::ProcessChannel channel);
    void finish(ProcessResult::Status status);
    void stop(ProcessResult::Status status);
    void sendSignal(int number);

    QProcess m_process;
    QTimer m_timer;
    QTimer m_killTimer;
    std::chrono::milliseconds m_timeout{0};
    qsizetype m_outputLimit = 64 * 1024 * 1024;
    ProcessResult m_result;
    QByteArray m_partial[2];
    QByteArray m_input;
    bool m_interactive = false;
    bool m_ownGroup = false;
    bool m_finished = true;
    bool m_stopping = false;
};

} // namespace blihops
