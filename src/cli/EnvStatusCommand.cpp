#include "EnvStatusCommand.h"

#include "CliContext.h"
#include "docker/EnvironmentMonitor.h"
#include "util/BlockingWait.h"
#include "util/ExitCode.h"
#include "workspace/EnvironmentRepository.h"

#include <QJsonArray>

namespace blihops::cli {

QList<QCommandLineOption> EnvStatusCommand::options() const
{
    return {CliContext::trustHostKeyOption()};
}

int EnvStatusCommand::run(CliContext &context, const QCommandLineParser &parser,
                          const QStringList &positional)
{
    const Environment environment =
        EnvironmentRepository(context.workspace()).get(positional.at(0));
    const HostKeyStore keys =
        CliContext::hostKeys(environment, parser.value(CliContext::trustHostKeyOption()));
    EnvironmentMonitor monitor(environment, keys);
    BlockingWait::until(&monitor, &EnvironmentMonitor::ready,
                        [&monitor] { monitor.start(EnvironmentMonitor::Mode::Snapshot); });

    const std::optional<Error> failure = monitor.failure();
    // Without --json, and for host keys and bad addresses always: one line, its exit code.
    if (failure && (failure->kind() != ErrorKind::Unreachable || !context.json()))
        throw *failure;
    if (context.json()) {
        context.printJson(monitor.statusJson());
    } else {
        QTextStream &out = context.out();
        out << environment.name << ": " << EnvironmentMonitor::rollupKey(monitor.rollup()) << " ("
            << monitor.rollupReason() << ")\n";
        out << QStringLiteral("SERVICE").leftJustified(12) << ' '
            << QStringLiteral("CONTAINER").leftJustified(32) << ' '
            << QStringLiteral("STATE").leftJustified(12) << ' ' << QStringLiteral("HEALTH") << '\n';
        for (const ContainerState &container : monitor.containers()) {
            out << container.service.leftJustified(12) << ' '
                << (container.name.isEmpty() ? QStringLiteral("-") : container.name)
                       .leftJustified(32)
                << ' ' << container.state.leftJustified(12) << ' '
                << (container.health.isEmpty() ? QStringLiteral("-") : container.health) << '\n';
        }
        out.flush();
    }
    return failure ? ExitUnreachable : ExitOk;
}

} // namespace blihops::cli
