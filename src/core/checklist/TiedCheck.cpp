#include "checklist/TiedCheck.h"

#include "checklist/ChecklistRepository.h"
#include "checks/SmokeHistory.h"
#include "checks/SmokeRunner.h"
#include "compose/EnvironmentConflicts.h"
#include "docker/EnvironmentMonitor.h"
#include "util/BlockingWait.h"
#include "util/Error.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/Workspace.h"

namespace blihops {

TiedCheck::Plan TiedCheck::prepare(Workspace &workspace, qint64 run, int item)
{
    const ChecklistRun checklist = ChecklistRepository(workspace).get(run);
    if (checklist.isSigned)
        throw ChecklistRepository::readOnly(run, checklist.revision);
    const ChecklistItem *entry = checklist.item(item);
    if (!entry) {
        throw Error(ErrorKind::NotFound, tr("Checklist run %1 has no item %2: its items are "
                                            "numbered 1 to %3.")
                                             .arg(run)
                                             .arg(item)
                                             .arg(checklist.items.size()));
    }
    if (!entry->tie.isTied()) {
        throw Error(ErrorKind::BadInput,
                    tr("Item %1 of checklist run %2 is not tied to a check: tie it with "
                       "`blihopsctl checklist tie %2 %1 smoke:CHECK|health|pair:ENV`, or set its "
                       "state by hand.")
                        .arg(item)
                        .arg(run));
    }
    EnvironmentRepository environments(workspace);
    Plan plan{run, item, entry->tie, environments.get(checklist.environment), {}, std::nullopt};
    if (plan.tie.kind == CheckTie::Kind::Smoke)
        plan.suite = SmokeRunner::suiteFor(workspace, plan.environment);
    if (plan.tie.kind == CheckTie::Kind::Pair)
        plan.other = environments.get(plan.tie.argument);
    return plan;
}

TiedCheck::Outcome TiedCheck::perform(const Plan &plan, const HostKeyStore &keys,
                                      const std::atomic<bool> *cancel)
{
    switch (plan.tie.kind) {
    case CheckTie::Kind::Smoke:
        return smoke(plan, keys, cancel);
    case CheckTie::Kind::Health:
        return health(plan, keys);
    case CheckTie::Kind::Pair:
        return pair(plan);
    case CheckTie::Kind::None:
        break;
    }
    throw Error(ErrorKind::BadInput, tr("The item is not tied to a check."));
}

TiedCheck::Outcome TiedCheck::smoke(const Plan &plan, const HostKeyStore &keys,
                                    const std::atomic<bool> *cancel)
{
    const QStringList only =
        plan.tie.argument.isEmpty() ? QStringList() : QStringList{plan.tie.argument};
    Outcome outcome;
    outcome.smokeRun = SmokeRunner(plan.environment, keys).run(plan.suite, only, {}, cancel);
    const SmokeRun &run = *outcome.smokeRun;
    outcome.cancelled = run.cancelled;
    outcome.state = run.passed() ? ItemState::Pass : ItemState::Fail;
    // Stored untranslated, like the audit: read later in any language.
    QStringList lines;
    for (const SmokeResult &result : run.results) {
        lines << QStringLiteral("%1 %2: %3")
                     .arg(result.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"),
                          result.check, result.message);
    }
    outcome.evidence = {QStringLiteral("smoke"), {}, lines.join(QLatin1Char('\n')), {}, {}};
    return outcome;
}

TiedCheck::Outcome TiedCheck::health(const Plan &plan, const HostKeyStore &keys)
{
    EnvironmentMonitor monitor(plan.environment, keys);
    BlockingWait::until(&monitor, &EnvironmentMonitor::ready,
                        [&monitor] { monitor.start(EnvironmentMonitor::Mode::Snapshot); });
    const std::optional<Error> failure = monitor.failure();
    // A key to accept says nothing about the services: ask, as `env status` does.
    if (failure && failure->kind() != ErrorKind::Unreachable)
        throw *failure;
    Outcome outcome;
    outcome.state =
        monitor.rollup() == EnvironmentMonitor::Rollup::Healthy ? ItemState::Pass : ItemState::Fail;
    outcome.evidence = {
        QStringLiteral("health"),
        plan.environment.name,
        QStringLiteral("%1: %2").arg(EnvironmentMonitor::rollupKey(monitor.rollup()),
                                     monitor.rollupReason()),
        {},
        {}};
    return outcome;
}

TiedCheck::Outcome TiedCheck::pair(const Plan &plan)
{
    const QList<EnvironmentConflicts::Collision> collisions =
        EnvironmentConflicts::between(plan.environment, *plan.other);
    QStringList lines;
    for (const EnvironmentConflicts::Collision &collision : collisions)
        lines << QStringLiteral("%1 %2: %3").arg(collision.rule, collision.what, collision.message);
    Outcome outcome;
    outcome.state = collisions.isEmpty() ? ItemState::Pass : ItemState::Fail;
    outcome.evidence = {QStringLiteral("pair"),
                        plan.other->name,
                        collisions.isEmpty()
                            ? QStringLiteral("%1 and %2 can run at the same time on one host")
                                  .arg(plan.environment.name, plan.other->name)
                            : lines.join(QLatin1Char('\n')),
                        {},
                        {}};
    return outcome;
}

ChecklistItem TiedCheck::record(Workspace &workspace, const Plan &plan, Outcome outcome)
{
    ChecklistItem item;
    workspace.inTransaction([&] {
        if (outcome.smokeRun)
            outcome.evidence.ref =
                QString::number(SmokeHistory(workspace).record(*outcome.smokeRun));
        item = ChecklistRepository(workspace).recordCheck(plan.run, plan.item, outcome.state,
                                                          outcome.evidence);
    });
    return item;
}

} // namespace blihops
