#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QTimer>
#include <functional>

namespace blihops::test {

// What one program printed and returned.
struct Ran
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// A program to its end with the event loop running (a test's own server must answer while
// the program waits for it). whileRunning, when given, is called every 50 ms with what the
// program printed on stderr so far, and may signal it.
inline Ran
runWithEvents(const QString &program, const QStringList &arguments, const QByteArray &input = {},
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
              const std::function<void(QProcess &, const QByteArray &)> &whileRunning = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    Ran ran;
    QObject::connect(&process, &QProcess::readyReadStandardOutput,
                     [&] { ran.out += process.readAllStandardOutput(); });
    QObject::connect(&process, &QProcess::readyReadStandardError,
                     [&] { ran.err += process.readAllStandardError(); });
    QTimer poll;
    if (whileRunning) {
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (process.state() == QProcess::Running)
                whileRunning(process, ran.err);
        });
        poll.start(50);
    }
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 280000))
        process.kill();
    process.waitForFinished();
    ran.out += process.readAllStandardOutput();
    ran.err += process.readAllStandardError();
    ran.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return ran;
}

} // namespace blihops::test
