#include "ChecklistExportCommand.h"

#include "ChecklistCli.h"
#include "CliContext.h"
#include "checklist/ChecklistExport.h"
#include "checklist/ChecklistRepository.h"
#include "util/ExitCode.h"

#include <QFileInfo>

namespace blihops::cli {

namespace {

const QCommandLineOption kFormat(QStringLiteral("format"), QStringLiteral("md, html or pdf."),
                                 QStringLiteral("md|html|pdf"));
const QCommandLineOption kOutput({QStringLiteral("o"), QStringLiteral("output")},
                                 QStringLiteral("The file to write."), QStringLiteral("FILE"));
const QCommandLineOption kRevision(QStringLiteral("revision"),
                                   QStringLiteral("Export this revision instead of the latest."),
                                   QStringLiteral("N"));

} // namespace

QList<QCommandLineOption> ChecklistExportCommand::options() const
{
    return {kFormat, kOutput, kRevision};
}

int ChecklistExportCommand::run(CliContext &context, const QCommandLineParser &parser,
                                const QStringList &positional)
{
    const qint64 run = ChecklistCli::runId(positional.at(0));
    if (!parser.isSet(kFormat) || !parser.isSet(kOutput)) {
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("checklist export needs --format md|html|pdf and -o FILE."));
    }
    const ChecklistExport::Format format = ChecklistExport::formatFromKey(parser.value(kFormat));
    const int revision =
        parser.isSet(kRevision) ? int(ChecklistCli::runId(parser.value(kRevision))) : 0;
    const QString path = QFileInfo(parser.value(kOutput)).absoluteFilePath();
    ChecklistExport::write(ChecklistRepository(context.workspace()).get(run, revision), format,
                           path);
    if (context.json()) {
        context.printJson({{QStringLiteral("id"), run},
                           {QStringLiteral("format"), parser.value(kFormat)},
                           {QStringLiteral("file"), path}});
    } else {
        context.out() << "wrote " << path << '\n';
        context.out().flush();
    }
    return ExitOk;
}

} // namespace blihops::cli
