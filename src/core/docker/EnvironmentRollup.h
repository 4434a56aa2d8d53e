#pragma once

#include "docker/ContainerState.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace blihops {

// An environment's state in one word, from its containers and whether its engine answers:
// what the tree's badge, the status bar and `env status` show.
class EnvironmentRollup
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentRollup)

public:
    enum class State
    {
        Unknown, // nothing heard yet
        Healthy,
        Degraded,
        Down,
        Unreachable
    };

    // ready: the first picture is there (or the engine failed); containers as
    // EnvironmentMonitor::containers() lists them, "not created" services included.
    static State of(bool ready, bool reachable, const QList<ContainerState> &containers);
    // Why, in a sentence fragment for a tooltip.
    static QString reason(State state, const QList<ContainerState> &containers,
                          const std::optional<Error> &failure);
    // healthy, degraded, … as `env status --json` prints it.
    static QString key(State state);
};

} // namespace blihops
