#pragma once

#include "checks/SmokeResult.h"

#include <QList>
#include <QVariantList>
#include <optional>

namespace blihops {

class Workspace;

// Runs of smoke suites kept in the workspace, newest first; removing an environment
// removes its history.
class SmokeHistory
{
public:
    explicit SmokeHistory(Workspace &workspace) : m_workspace(workspace) {}

    // Stores the run with its results and returns its id. Throws Error(NotFound) for an
    // unknown environment.
    qint64 record(const SmokeRun &run);
    // The environment's runs, newest first, with their results.
    QList<SmokeRun> list(const QString &environment, int limit = 20);
    // One run with its results, by id.
    std::optional<SmokeRun> find(qint64 id);

private:
    // The runs a WHERE ... ORDER BY ... clause over smoke_runs r selects, with their results.
    QList<SmokeRun> runs(const QString &where, const QVariantList &values);

    Workspace &m_workspace;
};

} // namespace blihops
