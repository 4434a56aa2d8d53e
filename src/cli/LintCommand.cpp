#include "LintCommand.h"

#include "CliContext.h"
#include "compose/ReadinessReview.h"
#include "util/ExitCode.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/RuleSilenceRepository.h"

#include <QDir>
#include <QFileInfo>

namespace blihops::cli {

QList<QCommandLineOption> LintCommand::options() const
{
    return {{QStringLiteral("env"),
             QStringLiteral("Review this environment (repeat for more; default: all, unless "
                            "FILEs are given)."),
             QStringLiteral("NAME")}};
}

int LintCommand::run(CliContext &context, const QCommandLineParser &parser,
                     const QStringList &positional)
{
    const QStringList names = parser.values(QStringLiteral("env"));
    QList<Environment> environments;
    QList<RuleSilence> silences;
    // FILEs alone need no workspace, so that CI can lint a checkout.
    if (!names.isEmpty() || positional.isEmpty()) {
        EnvironmentRepository repository(context.workspace());
        if (names.isEmpty()) {
            environments = repository.list();
        } else {
            for (const QString &name : names)
                environments << repository.get(name);
        }
        silences = RuleSilenceRepository(context.workspace()).list();
    }
    if (!positional.isEmpty()) {
        // The files as one project, reviewed as development, named as compose names it.
        Environment files;
        files.name = QFileInfo(positional.first()).absoluteDir().dirName();
        for (const QString &file : positional)
            files.composeFiles << QFileInfo(file).absoluteFilePath();
        environments << files;
    }

    const ReadinessReview::Report report = ReadinessReview::review(environments, silences);
    if (!report.failures.isEmpty())
        throw Error(ErrorKind::BadInput, report.failures.first().message);
    if (context.json()) {
        context.printJson(report.toJson());
    } else {
        QTextStream &out = context.out();
        for (const Finding &finding : report.findings) {
            const QString where = finding.service.isEmpty()
                                      ? finding.environment
                                      : finding.environment + QLatin1Char('/') + finding.service;
            out << severityKey(finding.severity).leftJustified(8) << where << "  " << finding.file
                << ':' << finding.line << "  [" << finding.rule << "]\n"
                << "        " << finding.message << "\n        fix: " << finding.fix << '\n';
        }
        out << report.findings.size() << " findings, " << report.silenced.size() << " silenced\n";
    }
    return report.hasErrors() ? ExitCheckFailed : ExitOk;
}

} // namespace blihops::cli
