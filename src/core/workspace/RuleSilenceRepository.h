#pragma once

#include "workspace/RuleSilence.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace blihops {

class Workspace;

// Readiness rules silenced per service of an environment. Each change runs in one
// transaction with its audit entry; removing an environment removes its silences.
class RuleSilenceRepository
{
    Q_DECLARE_TR_FUNCTIONS(RuleSilenceRepository)

public:
    explicit RuleSilenceRepository(Workspace &workspace) : m_workspace(workspace) {}

    // Ordered by environment, service, rule.
    QList<RuleSilence> list();
    // Throws Error(NotFound) for an unknown environment, Error(BadInput) for an unknown rule
    // or an empty reason, Error(Conflict) when the rule is silenced there already.
    RuleSilence add(const QString &environment, const QString &service, const QString &rule,
                    const QString &reason);
    // Throws Error(NotFound) when the rule is not silenced there.
    void remove(const QString &environment, const QString &service, const QString &rule);

private:
    Workspace &m_workspace;
};

} // namespace blihops
