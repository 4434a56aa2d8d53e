#include "ChecklistTieCommand.h"

#include "ChecklistCli.h"
#include "CliContext.h"
#include "checklist/ChecklistRepository.h"
#include "util/ExitCode.h"

namespace blihops::cli {

int ChecklistTieCommand::run(CliContext &context, const QCommandLineParser &,
                             const QStringList &positional)
{
    const qint64 run = ChecklistCli::runId(positional.at(0));
    const int item = ChecklistCli::itemNumber(positional.at(1));
    const CheckTie tie =
        positional.at(2) == QLatin1String("none") ? CheckTie() : CheckTie::parse(positional.at(2));
    ChecklistCli::printItem(context, run,
                            ChecklistRepository(context.workspace()).tie(run, item, tie));
    return ExitOk;
}

} // namespace blihops::cli
