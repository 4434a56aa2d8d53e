#include "EnvActionCommand.h"

#include "ActionRunner.h"
#include "CliContext.h"
#include "actions/ProjectSync.h"
#include "actions/ProjectVolumes.h"
#include "docker/EngineAddress.h"
#include "remote/SshConnection.h"
#include "util/ExitCode.h"
#include "workspace/EnvironmentRepository.h"

#include <QTextStream>

namespace blihops::cli {

namespace {

const QCommandLineOption kService(QStringLiteral("service"),
                                  QStringLiteral("Only this service (repeatable)."),
                                  QStringLiteral("S"));
const QCommandLineOption kRemoveVolumes(QStringLiteral("remove-volumes"),
                                        QStringLiteral("down: also remove the project's "
                                                       "volumes (their names are shown first)."));
const QCommandLineOption kSync(QStringLiteral("sync"),
                               QStringLiteral("ssh:// engines: upload the compose and env files "
                                              "to the host's folder when its copies differ."));

} // namespace

QString EnvActionCommand::name() const
{
    return QStringLiteral("env ") + Action::kindKey(m_kind);
}

QString EnvActionCommand::summary() const
{
    switch (m_kind) {
    case Action::Kind::Up:
        return QStringLiteral("Bring the stack up, then wait until it is healthy (exit 1 if it "
                              "is not).");
    case Action::Kind::Down:
        return QStringLiteral("Take the stack down (its volumes only with --remove-volumes).");
    case Action::Kind::Restart:
        return QStringLiteral("Restart the stack's services, then wait until they are "
                              "healthy.");
    default:
        return QStringLiteral("Pull the stack's images.");
    }
}

QList<QCommandLineOption> EnvActionCommand::options() const
{
    return QList<QCommandLineOption>{kService} + ActionRunner::gateOptions() +
           QList<QCommandLineOption>{kRemoveVolumes, kSync, ActionRunner::confirmOption(),
                                     CliContext::trustHostKeyOption()};
}

int EnvActionCommand::run(CliContext &context, const QCommandLineParser &parser,
                          const QStringList &positional)
{
    const Environment environment =
        EnvironmentRepository(context.workspace()).get(positional.at(0));
    const HostKeyStore keys =
        CliContext::hostKeys(environment, parser.value(CliContext::trustHostKeyOption()));
    Action::Request request;
    request.kind = m_kind;
    request.services = parser.values(kService);
    request.removeVolumes = parser.isSet(kRemoveVolumes);
    ActionRunner::applyGateOptions(parser, request);
    if (request.removeVolumes && m_kind != Action::Kind::Down)
        throw Error(ErrorKind::BadInput, QStringLiteral("--remove-volumes goes with env down."));
    if (environment.engineUrl.isEmpty())
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("%1 has no engine address yet: set one with the console or "
                                   "remove and add it again with --engine.")
                        .arg(environment.name));

    QTextStream err(stderr);
    if (request.removeVolumes) {
        const QStringList volumes = ProjectVolumes::list(environment, keys);
        err << "Volumes that down removes: "
            << (volumes.isEmpty() ? QStringLiteral("(none)") : volumes.join(QStringLiteral(", ")))
            << '\n';
        err.flush();
    }
    // Production's name before anything changes on the host (an upload included).
    if (Action::isDestructive(request))
        request.confirmation =
            ActionRunner::confirmProduction(parser, environment, Action::kindKey(request.kind));
    // Compose runs where a user would: on the host, with the host's copies of the files.
    const EngineAddress address = EngineAddress::parse(environment.engineUrl);
    if (address.scheme == EngineAddress::Scheme::Ssh && m_kind != Action::Kind::Down) {
        const std::shared_ptr<SshConnection> ssh =
            SshConnection::acquire(SshTarget::fromEngine(address), keys);
        ssh->connect();
        const QList<ProjectSync::File> files = ProjectSync::compare(*ssh, environment);
        if (!ProjectSync::inSync(files)) {
            const QString differ = ProjectSync::describe(files).join(QStringLiteral(", "));
            if (!parser.isSet(kSync)) {
                throw Error(ErrorKind::BadInput,
                            QStringLiteral("The files on %1 differ from this machine's: %2. Run "
                                           "again with --sync to upload them.")
                                .arg(ssh->target().display(), differ));
            }
            ProjectSync::upload(*ssh, environment, files);
            err << "Uploaded to " << ssh->target().display() << ": " << differ << '\n';
        }
    }
    return ActionRunner::run(context, parser, environment, request, keys);
}

} // namespace blihops::cli
