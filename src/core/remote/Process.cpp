#include "remote/Process.h"

#include "util/BlockingWait.h"

namespace blihops {

Process::Process(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_killTimer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { stop(ProcessResult::Status::TimedOut); });
    connect(&m_killTimer, &QTimer::timeout, this, [this] { m_process.kill(); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            [this] { readStream(QProcess::StandardOutput); });
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { readStream(QProcess::StandardError); });
    connect(&m_process, &QProcess::finished, this, [this](int, QProcess::ExitStatus exitStatus) {
        if (m_stopping)
            return finish(m_result.status);
        finish(exitStatus == QProcess::CrashExit ? ProcessResult::Status::Crashed
                                                 : ProcessResult::Status::Finished);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(ProcessResult::Status::FailedToStart);
    });
}

Process::~Process()
{
    // Nothing started here may outlive its owner.
    if (isRunning()) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

void Process::setProcessEnvironment(const QProcessEnvironment &environment)
{
    m_process.setProcessEnvironment(environment);
}

void Process::start(const QString &program, const QStringList &arguments)
{
    m_result = ProcessResult();
    m_result.program = program;
    m_partial[0].clear();
    m_partial[1].clear();
    m_finished = false;
    m_stopping = false;
    if (m_timeout.count() > 0)
        m_timer.start(m_timeout);
    m_process.start(program, arguments, QIODevice::ReadOnly);
}

void Process::cancel()
{
    if (!m_finished)
        stop(ProcessResult::Status::Cancelled);
}

void Process::stop(ProcessResult::Status status)
{
    if (m_stopping || m_finished)
        return;
    m_stopping = true;
    m_result.status = status;
    m_process.terminate();
    m_killTimer.start(std::chrono::seconds(3));
}

void Process::readStream(QProcess::ProcessChannel channel)
{
    m_process.setReadChannel(channel);
    const QByteArray chunk = m_process.readAll();
    const bool isOut = channel == QProcess::StandardOutput;
    QByteArray &collected = isOut ? m_result.standardOutput : m_result.standardError;
    if (collected.size() < m_outputLimit)
        collected.append(chunk.left(m_outputLimit - collected.size()));

    QByteArray &partial = m_partial[isOut ? 0 : 1];
    partial.append(chunk);
    qsizetype newline;
    while ((newline = partial.indexOf('\n')) >= 0) {
        const QString line = QString::fromLocal8Bit(partial.left(newline));
        partial.remove(0, newline + 1);
        emit(isOut ? standardOutputLine(line) : standardErrorLine(line));
    }
}

void Process::finish(ProcessResult::Status status)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_killTimer.stop();
    readStream(QProcess::StandardOutput);
    readStream(QProcess::StandardError);
    for (int i = 0; i < 2; ++i) {
        if (!m_partial[i].isEmpty()) {
            const QString line = QString::fromLocal8Bit(m_partial[i]);
            m_partial[i].clear();
            emit(i == 0 ? standardOutputLine(line) : standardErrorLine(line));
        }
    }
    m_result.status = status;
    m_result.exitCode = status == ProcessResult::Status::Finished ? m_process.exitCode() : -1;
    emit done(m_result);
}

ProcessResult Process::run(const QString &program, const QStringList &arguments,
                           std::chrono::milliseconds timeout,
                           const QProcessEnvironment &environment)
{
    Process process;
    process.setTimeout(timeout);
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    ProcessResult result;
    connect(&process, &Process::done, &process, [&](const ProcessResult &r) { result = r; });
    BlockingWait::until(
        &process, &Process::done, [&] { process.start(program, arguments); },
        [&process] { return process.m_finished; });
    return result;
}

} // namespace blihops
