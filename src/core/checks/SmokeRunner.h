#pragma once

#include "checks/SmokeResult.h"
#include "remote/HostKeyStore.h"
#include "workspace/Environment.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>

namespace blihops {

// Runs a suite against an environment, check after check, so that one failing check never
// stops the others. The engine is asked once for the project's containers (their health and
// addresses); PostgreSQL, Redis and HTTP are reached directly for a local engine, through
// SSH tunnels over the host's shared connection for an ssh:// one, and at the engine's host
// for tcp://. Blocks: call from a worker thread or the CLI.
class SmokeRunner
{
    Q_DECLARE_TR_FUNCTIONS(SmokeRunner)

public:
    using Progress = std::function<void(int index, const SmokeResult &result)>;

    SmokeRunner(const Environment &environment, const HostKeyStore &keys = HostKeyStore());

    // The stored suite when the workspace has one, else the derived one. Throws Error.
    static QList<SmokeCheck> suiteFor(class Workspace &workspace, const Environment &environment);

    // Runs the enabled checks (or only those named, when only is not empty). progress is
    // called after each check, on the calling thread. Throws Error for what stops the whole
    // run: no engine address, an unknown check name, no enabled check, an SSH host it cannot
    // log in to, a host key to accept or that changed.
    SmokeRun run(const QList<SmokeCheck> &checks, const QStringList &only = {},
                 const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr);

private:
    Environment m_environment;
    HostKeyStore m_keys;
};

} // namespace blihops
