#include "ContainerActionCommand.h"

#include "ActionRunner.h"
#include "CliContext.h"
#include "workspace/EnvironmentRepository.h"

namespace blihops::cli {

QString ContainerActionCommand::name() const
{
    return Action::kindKey(m_kind).replace(QLatin1Char('.'), QLatin1Char(' '));
}

QString ContainerActionCommand::summary() const
{
    switch (m_kind) {
    case Action::Kind::StartContainer:
        return QStringLiteral("Start a container of the environment, then wait until it is "
                              "healthy.");
    case Action::Kind::StopContainer:
        return QStringLiteral("Stop a container (SIGTERM, then SIGKILL after 10 s).");
    case Action::Kind::RestartContainer:
        return QStringLiteral("Restart a container, then wait until it is healthy.");
    default:
        return QStringLiteral("Kill a container (SIGKILL).");
    }
}

QList<QCommandLineOption> ContainerActionCommand::options() const
{
    return ActionRunner::gateOptions() +
           QList<QCommandLineOption>{ActionRunner::confirmOption(),
                                     CliContext::trustHostKeyOption()};
}

int ContainerActionCommand::run(CliContext &context, const QCommandLineParser &parser,
                                const QStringList &positional)
{
    const Environment environment =
        EnvironmentRepository(context.workspace()).get(positional.at(0));
    const HostKeyStore keys =
        CliContext::hostKeys(environment, parser.value(CliContext::trustHostKeyOption()));
    Action::Request request;
    request.kind = m_kind;
    request.container = positional.at(1);
    ActionRunner::applyGateOptions(parser, request);
    return ActionRunner::run(context, parser, environment, request, keys);
}

} // namespace blihops::cli
