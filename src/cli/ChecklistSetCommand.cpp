#include "ChecklistSetCommand.h"

#include "ChecklistCli.h"
#include "CliContext.h"
#include "checklist/ChecklistRepository.h"
#include "util/ExitCode.h"

namespace blihops::cli {

namespace {

const QCommandLineOption kNote(QStringLiteral("note"),
                               QStringLiteral("The item's note (replaces the one it has)."),
                               QStringLiteral("T"));
const QCommandLineOption
    kEvidence(QStringLiteral("evidence"),
              QStringLiteral("Attach evidence: smoke:RUN_ID, file:PATH, url:URL (backup:ID and "
                             "verification:ID once this build records them)."),
              QStringLiteral("KIND:REF"));

} // namespace

QList<QCommandLineOption> ChecklistSetCommand::options() const
{
    return {kNote, kEvidence};
}

int ChecklistSetCommand::run(CliContext &context, const QCommandLineParser &parser,
                             const QStringList &positional)
{
    const qint64 run = ChecklistCli::runId(positional.at(0));
    const int item = ChecklistCli::itemNumber(positional.at(1));
    const std::optional<ItemState> state = itemStateFromKey(positional.at(2));
    if (!state) {
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("State \"%1\" is not one of %2.")
                        .arg(positional.at(2), itemStateKeys().join(QStringLiteral(", "))));
    }
    ChecklistRepository::ItemChange change;
    change.state = state;
    if (parser.isSet(kNote))
        change.note = parser.value(kNote);
    if (parser.isSet(kEvidence))
        change.evidence = Evidence::parse(parser.value(kEvidence));
    ChecklistCli::printItem(context, run,
                            ChecklistRepository(context.workspace()).change(run, item, change));
    return ExitOk;
}

} // namespace blihops::cli
