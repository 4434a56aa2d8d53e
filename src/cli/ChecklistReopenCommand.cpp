#include "ChecklistReopenCommand.h"

#include "ChecklistCli.h"
#include "CliContext.h"
#include "checklist/ChecklistRepository.h"
#include "util/ExitCode.h"

namespace blihops::cli {

int ChecklistReopenCommand::run(CliContext &context, const QCommandLineParser &,
                                const QStringList &positional)
{
    const qint64 run = ChecklistCli::runId(positional.at(0));
    ChecklistCli::printRun(context, ChecklistRepository(context.workspace()).reopen(run));
    return ExitOk;
}

} // namespace blihops::cli
