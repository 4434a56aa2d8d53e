#include "VerificationExportCommand.h"

#include "CliContext.h"
#include "ExportCli.h"
#include "util/ExitCode.h"
#include "verify/VerificationExport.h"
#include "verify/VerificationRepository.h"

namespace blihops::cli {

namespace {

const ExportCli kExport(QStringLiteral("md|pdf"));

qint64 verificationId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 1) {
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("ID must be a number such as 3, not \"%1\": `blihopsctl "
                                   "verification list` shows them.")
                        .arg(text));
    }
    return id;
}

} // namespace

QList<QCommandLineOption> VerificationExportCommand::options() const
{
    return kExport.options();
}

int VerificationExportCommand::run(CliContext &context, const QCommandLineParser &parser,
                                   const QStringList &positional)
{
    const qint64 id = verificationId(positional.at(0));
    const QString key = kExport.format(parser, name());
    const VerificationExport::Format format = VerificationExport::formatFromKey(key);
    const QString path = kExport.path(parser);
    VerificationExport::write(VerificationRepository(context.workspace()).get(id), format, path);
    ExportCli::printWritten(context, id, key, path);
    return ExitOk;
}

} // namespace blihops::cli
