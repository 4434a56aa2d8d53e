#pragma once

#include "EventLoopRun.h"
#include "LabSupport.h"
#include "SshAgent.h"

#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace blihops::test {

// blihopsctl as the lab's CLI tests run it: a home of its own (so its known_hosts and
// settings are the test's), a workspace and the development stack's env file in the test's
// folder, and the lab's key in an ssh-agent of its own, as on a workstation.
class LabCli
{
public:
    // Starts the agent in dir; empty when it runs with the lab's key, else why not.
    QString start(const QString &dir)
    {
        m_agent = std::make_unique<SshAgent>(dir);
        m_workspace = dir + QStringLiteral("/w.sqlite");
        m_envFile = writeLabEnvFile(QStringLiteral("DEV"), dir);
        return m_agent->error();
    }
    bool started() const { return m_agent != nullptr; }
    QString workspace() const { return m_workspace; }
    QString envFile() const { return m_envFile; }

    // blihopsctl --workspace WORKSPACE arguments..., with the event loop running (the test's
    // own servers answer meanwhile); whileRunning as runWithEvents takes it.
    Ran ctl(const QStringList &arguments,
            const std::function<void(QProcess &, const QByteArray &)> &whileRunning = {}) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_home.filePath(QStringLiteral("share")));
        environment.remove(QStringLiteral("BLIHOPS_WORKSPACE"));
        return runWithEvents(QStringLiteral(BLIHOPSCTL_PATH),
                             QStringList{QStringLiteral("--workspace"), m_workspace} + arguments,
                             {}, environment, whileRunning);
    }

private:
    QTemporaryDir m_home;
    QString m_workspace;
    QString m_envFile;
    std::unique_ptr<SshAgent> m_agent;
};

} // namespace blihops::test
