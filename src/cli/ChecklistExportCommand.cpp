#include "ChecklistExportCommand.h"

#include "ChecklistCli.h"
#include "CliContext.h"
#include "ExportCli.h"
#include "checklist/ChecklistExport.h"
#include "checklist/ChecklistRepository.h"
#include "util/ExitCode.h"

namespace blihops::cli {

namespace {

const ExportCli kExport(QStringLiteral("md|html|pdf"));
const QCommandLineOption kRevision(QStringLiteral("revision"),
                                   QStringLiteral("Export this revision instead of the latest."),
                                   QStringLiteral("N"));

} // namespace

QList<QCommandLineOption> ChecklistExportCommand::options() const
{
    return kExport.options() << kRevision;
}

int ChecklistExportCommand::run(CliContext &context, const QCommandLineParser &parser,
                                const QStringList &positional)
{
    const qint64 run = ChecklistCli::runId(positional.at(0));
    const QString key = kExport.format(parser, name());
    const ChecklistExport::Format format = ChecklistExport::formatFromKey(key);
    const int revision =
        parser.isSet(kRevision) ? int(ChecklistCli::runId(parser.value(kRevision))) : 0;
    const QString path = kExport.path(parser);
    ChecklistExport::write(ChecklistRepository(context.workspace()).get(run, revision), format,
                           path);
    ExportCli::printWritten(context, run, key, path);
    return ExitOk;
}

} // namespace blihops::cli
