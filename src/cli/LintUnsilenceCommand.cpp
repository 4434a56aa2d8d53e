#include "LintUnsilenceCommand.h"

#include "CliContext.h"
#include "workspace/RuleSilenceRepository.h"

namespace blihops::cli {

int LintUnsilenceCommand::run(CliContext &context, const QCommandLineParser &,
                              const QStringList &positional)
{
    RuleSilenceRepository(context.workspace())
        .remove(positional.at(0), positional.at(1), positional.at(2));
    if (context.json()) {
        context.printJson({{"environment", positional.at(0)},
                           {"service", positional.at(1)},
                           {"rule", positional.at(2)}});
    } else {
        context.out() << "Unsilenced " << positional.at(2) << " for " << positional.at(0) << '/'
                      << positional.at(1) << '\n';
    }
    return 0;
}

} // namespace blihops::cli
