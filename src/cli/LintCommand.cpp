#include "LintCommand.h"

#include "CliContext.h"
#include "compose/ReadinessReview.h"
#include "util/ExitCode.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/RuleSilenceRepository.h"
#include "workspace/Tier.h"

#include <QDir>
#include <QFileInfo>

namespace blihops::cli {

QList<QCommandLineOption> LintCommand::options() const
{
    return {{QStringLiteral("env"),
             QStringLiteral("Review this environment (repeat for more; default: all, unless "
                            "FILEs are given)."),
             QStringLiteral("NAME")},
            {QStringLiteral("tier"),
             QStringLiteral("Review the FILEs at this tier's severities: development (the "
                            "default), staging or production."),
             QStringLiteral("TIER")}};
}

int LintCommand::run(CliContext &context, const QCommandLineParser &parser,
                     const QStringList &positional)
{
    const QStringList names = parser.values(QStringLiteral("env"));
    const QString tierName = parser.value(QStringLiteral("tier"));
    const std::optional<Tier> tier =
        tierName.isEmpty() ? std::optional(Tier::Development) : tierFromKey(tierName);
    if (!tier) {
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("--tier \"%1\" is not one of development, staging, production.")
                        .arg(tierName));
    }
    if (!tierName.isEmpty() && positional.isEmpty()) {
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("--tier applies to FILEs; an environment is reviewed at its "
                                   "own tier."));
    }
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
        // The files as one project, at the tier asked for, named as compose names it.
        Environment files;
        files.name = QFileInfo(positional.first()).absoluteDir().dirName();
        files.tier = *tier;
        for (const QString &file : positional)
            files.composeFiles << QFileInfo(file).absoluteFilePath();
        environments << files;
    }

    const ReadinessReview::Report report = ReadinessReview::review(environments, silences);
    // Files given on the command line that cannot be read are bad input (exit 2); an
    // environment that cannot be read is a finding beside the others.
    if (!positional.isEmpty()) {
        for (const Finding &finding : report.findings) {
            if (finding.environment == environments.last().name &&
                finding.rule == QLatin1String("compose-unreadable"))
                throw Error(ErrorKind::BadInput, finding.message);
        }
    }
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
