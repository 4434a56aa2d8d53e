#include "ChecklistShowCommand.h"

#include "ChecklistCli.h"
#include "CliContext.h"
#include "checklist/ChecklistRepository.h"
#include "util/ExitCode.h"

namespace blihops::cli {

namespace {

const QCommandLineOption kRevision(QStringLiteral("revision"),
                                   QStringLiteral("Show this revision instead of the latest."),
                                   QStringLiteral("N"));

} // namespace

QList<QCommandLineOption> ChecklistShowCommand::options() const
{
    return {kRevision};
}

int ChecklistShowCommand::run(CliContext &context, const QCommandLineParser &parser,
                              const QStringList &positional)
{
    const qint64 run = ChecklistCli::runId(positional.at(0));
    const int revision =
        parser.isSet(kRevision) ? int(ChecklistCli::runId(parser.value(kRevision))) : 0;
    ChecklistCli::printRun(context, ChecklistRepository(context.workspace()).get(run, revision));
    return ExitOk;
}

} // namespace blihops::cli
