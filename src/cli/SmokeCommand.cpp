#include "SmokeCommand.h"

#include "CliContext.h"
#include "checks/SmokeHistory.h"
#include "checks/SmokeRunner.h"
#include "util/ExitCode.h"
#include "workspace/EnvironmentRepository.h"

namespace blihops::cli {

namespace {

const QCommandLineOption kCheck(QStringLiteral("check"),
                                QStringLiteral("Run only this check (repeatable); disabled "
                                               "checks run too when named."),
                                QStringLiteral("NAME"));

} // namespace

QList<QCommandLineOption> SmokeCommand::options() const
{
    return {kCheck, CliContext::trustHostKeyOption()};
}

int SmokeCommand::run(CliContext &context, const QCommandLineParser &parser,
                      const QStringList &positional)
{
    const Environment environment =
        EnvironmentRepository(context.workspace()).get(positional.at(0));
    const HostKeyStore keys =
        CliContext::hostKeys(environment, parser.value(CliContext::trustHostKeyOption()));
    const QList<SmokeCheck> checks = SmokeRunner::suiteFor(context.workspace(), environment);
    QTextStream &out = context.out();
    const auto progress = [&](int, const SmokeResult &result) {
        if (context.json())
            return;
        out << (result.passed ? "PASS " : "FAIL ") << result.check.leftJustified(22) << ' '
            << QStringLiteral("%1 ms").arg(result.durationMs).rightJustified(8) << "  "
            << result.message << '\n';
        out.flush();
    };
    SmokeRun run = SmokeRunner(environment, keys).run(checks, parser.values(kCheck), progress);
    run.id = SmokeHistory(context.workspace()).record(run);
    if (context.json()) {
        context.printJson(run.toJson());
    } else {
        out << environment.name << ": "
            << QStringLiteral("%1 of %2 checks passed")
                   .arg(run.results.size() - run.failedCount())
                   .arg(run.results.size())
            << " (run " << run.id << ")\n";
        out.flush();
    }
    return run.passed() ? ExitOk : ExitCheckFailed;
}

} // namespace blihops::cli
