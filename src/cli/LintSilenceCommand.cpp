#include "LintSilenceCommand.h"

#include "CliContext.h"
#include "workspace/RuleSilenceRepository.h"

namespace blihops::cli {

QList<QCommandLineOption> LintSilenceCommand::options() const
{
    return {{QStringLiteral("reason"),
             QStringLiteral("Why the finding is safe to ignore (required; kept in the "
                            "workspace and its audit log)."),
             QStringLiteral("TEXT")}};
}

int LintSilenceCommand::run(CliContext &context, const QCommandLineParser &parser,
                            const QStringList &positional)
{
    const RuleSilence silence = RuleSilenceRepository(context.workspace())
                                    .add(positional.at(0), positional.at(1), positional.at(2),
                                         parser.value(QStringLiteral("reason")));
    if (context.json()) {
        context.printJson({{"environment", silence.environment},
                           {"service", silence.service},
                           {"rule", silence.rule},
                           {"reason", silence.reason}});
    } else {
        context.out() << "Silenced " << silence.rule << " for " << silence.environment << '/'
                      << silence.service << '\n';
    }
    return 0;
}

} // namespace blihops::cli
