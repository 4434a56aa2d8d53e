#include "ChecklistStartCommand.h"

#include "ChecklistCli.h"
#include "CliContext.h"
#include "checklist/ChecklistRepository.h"
#include "checklist/ChecklistTemplateRepository.h"
#include "util/ExitCode.h"

namespace blihops::cli {

namespace {

const QCommandLineOption kEnvironment(QStringLiteral("env"),
                                      QStringLiteral("The environment the run is for."),
                                      QStringLiteral("ENV"));
const QCommandLineOption kRelease(QStringLiteral("release"),
                                  QStringLiteral("The release it checks: a version or tag."),
                                  QStringLiteral("R"));

} // namespace

QList<QCommandLineOption> ChecklistStartCommand::options() const
{
    return {kEnvironment, kRelease};
}

int ChecklistStartCommand::run(CliContext &context, const QCommandLineParser &parser,
                               const QStringList &positional)
{
    if (!parser.isSet(kEnvironment) || !parser.isSet(kRelease)) {
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("checklist start needs --env ENV and --release R, e.g. "
                                   "--env production --release v1.4.0."));
    }
    Workspace &workspace = context.workspace();
    const ChecklistTemplate source =
        ChecklistTemplateRepository(workspace).resolve(positional.at(0));
    const ChecklistRun run = ChecklistRepository(workspace).start(
        source, parser.value(kEnvironment), parser.value(kRelease));
    ChecklistCli::printRun(context, run);
    return ExitOk;
}

} // namespace blihops::cli
