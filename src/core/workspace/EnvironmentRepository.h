#pragma once

#include "workspace/Environment.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace blihops {

class Workspace;

// Environments in the workspace. Every change runs in one transaction with its audit
// entry; names are unique and compared exactly, on SQLite and PostgreSQL alike.
class EnvironmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentRepository)

public:
    explicit EnvironmentRepository(Workspace &workspace) : m_workspace(workspace) {}

    // Ordered by tier (development, staging, production), then name.
    QList<Environment> list();
    std::optional<Environment> find(const QString &name);
    // Throws Error(NotFound) naming the environment.
    Environment get(const QString &name);

    // Throws Error(Conflict) when the name is taken.
    Environment add(const Environment &environment);
    // Replaces the environment called originalName (which may be renamed).
    Environment update(const QString &originalName, const Environment &environment);
    void remove(const QString &name);

private:
    void writeChildren(qint64 id, const Environment &environment);
    std::optional<qint64> idOf(const QString &name);
    void requireFreeName(const QString &name);

    Workspace &m_workspace;
};

} // namespace blihops
