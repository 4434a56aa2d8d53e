#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace blihops::test {

// What one run of the real blihopsctl binary printed and returned.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    // Errors are one clear line.
    bool oneErrorLine() const
    {
        return err.endsWith('\n') && err.count('\n') == 1 && err.startsWith("blihopsctl: ");
    }
};

// Starts blihopsctl in process with a private home, so that its default workspace (and its
// known_hosts) are the test's own.
inline void startCtl(QProcess &process, const QTemporaryDir &home, const QStringList &arguments,
                     const QString &workspaceFromEnvironment = {},
                     const QProcessEnvironment &extra = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("share")));
    environment.remove(QStringLiteral("BLIHOPS_WORKSPACE"));
    if (!workspaceFromEnvironment.isEmpty())
        environment.insert(QStringLiteral("BLIHOPS_WORKSPACE"), workspaceFromEnvironment);
    for (const QString &name : extra.keys())
        environment.insert(name, extra.value(name));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BLIHOPSCTL_PATH), arguments);
}

// startCtl() to its end.
inline CliRun runCtl(const QTemporaryDir &home, const QStringList &arguments,
                     const QString &workspaceFromEnvironment = {},
                     const QProcessEnvironment &extra = {})
{
    QProcess process;
    startCtl(process, home, arguments, workspaceFromEnvironment, extra);
    if (!process.waitForFinished(90000))
        qFatal("blihopsctl did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace blihops::test
