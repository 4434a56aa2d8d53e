#pragma once

#include "checklist/ChecklistItem.h"
#include "checks/SmokeCheck.h"
#include "checks/SmokeResult.h"
#include "remote/HostKeyStore.h"
#include "workspace/Environment.h"

#include <QCoreApplication>
#include <atomic>
#include <optional>

namespace blihops {

class Workspace;

// Runs the check a checklist item is tied to with what the console already has, and
// records what it found as the item's evidence and state: the smoke check (SmokeRunner, as
// `blihopsctl smoke ENV --check NAME`, kept in the smoke history), the health rollup
// (EnvironmentMonitor's snapshot, as `env status`), or the pair verdict
// (EnvironmentConflicts, as `env conflicts`). In three steps, so that the GUI can read and
// write the workspace on its store thread and wait for the check elsewhere.
class TiedCheck
{
    Q_DECLARE_TR_FUNCTIONS(TiedCheck)

public:
    // What the check needs, read from the workspace.
    struct Plan
    {
        qint64 run = 0;
        int item = 0;
        CheckTie tie;
        Environment environment;
        QList<SmokeCheck> suite;          // Smoke
        std::optional<Environment> other; // Pair
    };

    struct Outcome
    {
        ItemState state = ItemState::Fail;
        Evidence evidence; // a smoke run's ref is its id, filled in when it is recorded
        std::optional<SmokeRun> smokeRun;
        bool cancelled = false; // nothing is recorded then
    };

    // Throws Error(NotFound) for an unknown run, item or environment, Error(Conflict) for a
    // signed run, Error(BadInput) for an item tied to nothing.
    static Plan prepare(Workspace &workspace, qint64 run, int item);
    // Blocks: call from a worker thread or the CLI; touches no workspace. Throws Error for
    // what stops the check before it says anything about the environment (an SSH host key to
    // accept or that changed, a host it cannot log in to, a smoke check that does not exist).
    static Outcome perform(const Plan &plan, const HostKeyStore &keys,
                           const std::atomic<bool> *cancel = nullptr);
    // Keeps the smoke run in the history, then the evidence and state, in one transaction.
    static ChecklistItem record(Workspace &workspace, const Plan &plan, Outcome outcome);

private:
    static Outcome smoke(const Plan &plan, const HostKeyStore &keys,
                         const std::atomic<bool> *cancel);
    static Outcome health(const Plan &plan, const HostKeyStore &keys);
    static Outcome pair(const Plan &plan);
};

} // namespace blihops
