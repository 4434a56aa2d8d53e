#include "docker/EnvironmentRollup.h"

#include <algorithm>

namespace blihops {

namespace {

bool isTroubled(const ContainerState &container)
{
    return container.health == QLatin1String("unhealthy") ||
           container.health == QLatin1String("starting");
}

} // namespace

EnvironmentRollup::State EnvironmentRollup::of(bool ready, bool reachable,
                                               const QList<ContainerState> &containers)
{
    if (!ready)
        return State::Unknown;
    if (!reachable)
        return State::Unreachable;
    const bool anyRunning = std::any_of(containers.begin(), containers.end(),
                                        [](const ContainerState &c) { return c.isRunning(); });
    if (!anyRunning)
        return State::Down;
    const bool allGood =
        std::all_of(containers.begin(), containers.end(),
                    [](const ContainerState &c) { return c.isRunning() && !isTroubled(c); });
    return allGood ? State::Healthy : State::Degraded;
}

QString EnvironmentRollup::reason(State state, const QList<ContainerState> &containers,
                                  const std::optional<Error> &failure)
{
    switch (state) {
    case State::Unknown:
        return tr("connecting…");
    case State::Unreachable:
        return failure ? failure->message() : QString();
    case State::Down:
        return tr("no container is running");
    case State::Healthy:
        return tr("every service runs and is healthy");
    case State::Degraded: {
        QStringList trouble;
        for (const ContainerState &container : containers) {
            if (!container.isRunning())
                trouble << tr("%1 is %2").arg(container.service, container.state);
            else if (isTroubled(container))
                trouble << tr("%1 is %2").arg(container.service, container.health);
        }
        return trouble.join(QStringLiteral(", "));
    }
    }
    return {};
}

QString EnvironmentRollup::key(State state)
{
    switch (state) {
    case State::Unknown:
        return QStringLiteral("unknown");
    case State::Healthy:
        return QStringLiteral("healthy");
    case State::Degraded:
        return QStringLiteral("degraded");
    case State::Down:
        return QStringLiteral("down");
    case State::Unreachable:
        return QStringLiteral("unreachable");
    }
    return {};
}

} // namespace blihops
