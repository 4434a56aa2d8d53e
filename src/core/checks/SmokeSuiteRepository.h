#pragma once

#include "checks/SmokeCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

namespace blihops {

class Workspace;

// The suites users edited, one per environment; an environment without one runs the suite
// derived from its compose files. Each change is one transaction with its audit entry.
class SmokeSuiteRepository
{
    Q_DECLARE_TR_FUNCTIONS(SmokeSuiteRepository)

public:
    struct Stored
    {
        QList<SmokeCheck> checks;
        QDateTime updatedAt;
        QString updatedBy;
    };

    explicit SmokeSuiteRepository(Workspace &workspace) : m_workspace(workspace) {}

    // Throws Error(NotFound) for an unknown environment.
    std::optional<Stored> get(const QString &environment);
    // Validates, then replaces the environment's suite.
    void save(const QString &environment, const QList<SmokeCheck> &checks);
    // Back to the derived suite. Throws Error(NotFound) when it was not edited.
    void reset(const QString &environment);

private:
    Workspace &m_workspace;
};

} // namespace blihops
