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

    void start(const QString &program, const QStringList &arguments);
    void cancel();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    // Runs to the end on the calling thread (for the CLI and worker threads only).
    static ProcessResult run(const QString &program, const QStringList &arguments,
                             std::chrono::milliseconds timeout,
                             const QProcessEnvironment &environment = {});

signals:
    void standardOutputLine(const QString &line);
    void standardErrorLine(const QString &line);
    void done(const blihops::ProcessResult &result);

private:
    void readStream(QProcess::ProcessChannel channel);
    void finish(ProcessResult::Status status);
    void stop(ProcessResult::Status status);

    QProcess m_process;
    QTimer m_timer;
    QTimer m_killTimer;
    std::chrono::milliseconds m_timeout{0};
    qsizetype m_outputLimit = 64 * 1024 * 1024;
    ProcessResult m_result;
    QByteArray m_partial[2];
    bool m_finished = true;
    bool m_stopping = false;
};

} // namespace blihops
