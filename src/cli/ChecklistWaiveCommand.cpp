#include "ChecklistWaiveCommand.h"

#include "ChecklistCli.h"
#include "CliContext.h"
#include "checklist/ChecklistRepository.h"
#include "util/ExitCode.h"

namespace blihops::cli {

namespace {

const QCommandLineOption kReason(QStringLiteral("reason"),
                                 QStringLiteral("Why the item may stay undone for this sign-off."),
                                 QStringLiteral("T"));
const QCommandLineOption kRemove(QStringLiteral("remove"),
                                 QStringLiteral("Take the item's waiver back instead."));

} // namespace

QList<QCommandLineOption> ChecklistWaiveCommand::options() const
{
    return {kReason, kRemove};
}

int ChecklistWaiveCommand::run(CliContext &context, const QCommandLineParser &parser,
                               const QStringList &positional)
{
    const qint64 run = ChecklistCli::runId(positional.at(0));
    const int item = ChecklistCli::itemNumber(positional.at(1));
    ChecklistRepository runs(context.workspace());
    if (parser.isSet(kRemove)) {
        ChecklistCli::printItem(context, run, runs.unwaive(run, item));
        return ExitOk;
    }
    if (!parser.isSet(kReason)) {
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("checklist waive needs --reason T: why the item may stay "
                                   "undone."));
    }
    ChecklistCli::printItem(context, run, runs.waive(run, item, parser.value(kReason)));
    return ExitOk;
}

} // namespace blihops::cli
