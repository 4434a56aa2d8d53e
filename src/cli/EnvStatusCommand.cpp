#include "EnvStatusCommand.h"

#include "CliContext.h"
#include "docker/EngineAddress.h"
#include "docker/EnvironmentMonitor.h"
#include "remote/HostKeyStore.h"
#include "util/ExitCode.h"
#include "workspace/EnvironmentRepository.h"

#include <QEventLoop>
#include <QJsonArray>

namespace blihops::cli {

QList<QCommandLineOption> EnvStatusCommand::options() const
{
    return {{QStringLiteral("trust-host-key"),
             QStringLiteral("Trust the SSH host key with this fingerprint, if it is the one the "
                            "host offers (first connection only)."),
             QStringLiteral("SHA256:...")}};
}

int EnvStatusCommand::run(CliContext &context, const QCommandLineParser &parser,
                          const QStringList &positional)
{
    const Environment environment =
        EnvironmentRepository(context.workspace()).get(positional.at(0));
    HostKeyStore keys;
    const QString fingerprint = parser.value(QStringLiteral("trust-host-key"));
    if (!fingerprint.isEmpty()) {
        const EngineAddress address = EngineAddress::parse(environment.engineUrl);
        if (address.scheme != EngineAddress::Scheme::Ssh) {
            throw Error(ErrorKind::BadInput,
                        QStringLiteral("--trust-host-key applies to ssh:// engines; %1 uses %2.")
                            .arg(environment.name, environment.engineUrl));
        }
        const SshTarget target = SshTarget::fromEngine(address);
        // Never replaces a trusted key: a changed key must stop, whatever the command line says.
        if (!keys.trustedFingerprint(target))
            keys.trust(target, fingerprint);
    }

    EnvironmentMonitor monitor(environment, keys);
    QEventLoop loop;
    QObject::connect(&monitor, &EnvironmentMonitor::ready, &loop, &QEventLoop::quit);
    monitor.start(EnvironmentMonitor::Mode::Snapshot);
    loop.exec();

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
