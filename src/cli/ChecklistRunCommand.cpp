#include "ChecklistRunCommand.h"

#include "ChecklistCli.h"
#include "CliContext.h"
#include "checklist/TiedCheck.h"
#include "util/ExitCode.h"

namespace blihops::cli {

QList<QCommandLineOption> ChecklistRunCommand::options() const
{
    return {CliContext::trustHostKeyOption()};
}

int ChecklistRunCommand::run(CliContext &context, const QCommandLineParser &parser,
                             const QStringList &positional)
{
    const qint64 run = ChecklistCli::runId(positional.at(0));
    const int item = ChecklistCli::itemNumber(positional.at(1));
    Workspace &workspace = context.workspace();
    const TiedCheck::Plan plan = TiedCheck::prepare(workspace, run, item);
    const HostKeyStore keys =
        CliContext::hostKeys(plan.environment, parser.value(CliContext::trustHostKeyOption()));
    if (!context.json()) {
        context.out() << "running " << plan.tie.toString() << " on " << plan.environment.name
                      << " for item " << item << "...\n";
        context.out().flush();
    }
    const TiedCheck::Outcome outcome = TiedCheck::perform(plan, keys);
    const ChecklistItem recorded = TiedCheck::record(workspace, plan, outcome);
    ChecklistCli::printItem(context, run, recorded);
    return recorded.state == ItemState::Pass ? ExitOk : ExitCheckFailed;
}

} // namespace blihops::cli
