#include "checks/SmokeRunner.h"

#include "checks/Credentials.h"
#include "checks/HttpProbe.h"
#include "checks/PostgresProbe.h"
#include "checks/RedisProbe.h"
#include "checks/SmokeSuite.h"
#include "checks/SmokeSuiteRepository.h"
#include "compose/ComposeProject.h"
#include "docker/EngineAddress.h"
#include "docker/EnvironmentMonitor.h"
#include "remote/SshConnection.h"
#include "util/BlockingWait.h"
#include "util/Error.h"
#include "util/LogCategories.h"
#include "workspace/Workspace.h"

#include <QElapsedTimer>
#include <optional>

namespace blihops {

namespace {

bool isHostKeyError(const Error &error)
{
    return error.kind() == ErrorKind::UntrustedHostKey || error.kind() == ErrorKind::ChangedHostKey;
}

// What the run learns once and every check shares; each part is loaded on first use and
// its failure kept, so that only the checks that need it fail.
struct Context
{
    Context(const Environment &environment, const HostKeyStore &keys)
        : environment(environment), keys(keys), address(EngineAddress::parse(environment.engineUrl))
    {}

    // The run's tunnels close with it: while open, any local user could use them.
    ~Context()
    {
        for (const quint16 port : tunnels)
            ssh->cancelLocalPort(port);
    }

    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    const Environment &environment;
    const HostKeyStore &keys;
    EngineAddress address;

    std::optional<ComposeProject> project;
    std::optional<Error> projectError;
    std::optional<QList<ContainerState>> containers;
    std::optional<Error> containersError;
    std::shared_ptr<SshConnection> ssh;
    std::optional<Error> sshError;
    QList<quint16> tunnels;

    const ComposeProject &composeProject()
    {
        if (!project && !projectError) {
            try {
                project = ComposeProject::load(environment.composeFiles, environment.envFile);
            } catch (const Error &error) {
                projectError = error;
            }
        }
        if (projectError)
            throw *projectError;
        return *project;
    }

    const QList<ContainerState> &projectContainers()
    {
        if (!containers && !containersError) {
            EnvironmentMonitor monitor(environment, keys);
            BlockingWait::until(&monitor, &EnvironmentMonitor::ready,
                                [&monitor] { monitor.start(EnvironmentMonitor::Mode::Snapshot); });
            if (monitor.failure())
                containersError = *monitor.failure();
            else
                containers = monitor.containers();
        }
        if (containersError)
            throw *containersError;
        return *containers;
    }

    SshConnection &connection()
    {
        if (!ssh && !sshError) {
            try {
                auto connection = SshConnection::acquire(SshTarget::fromEngine(address), keys);
                connection->connect();
                ssh = connection;
            } catch (const Error &error) {
                sshError = error;
            }
        }
        if (sshError)
            throw *sshError;
        return *ssh;
    }
};

QString containerAddress(Context &context, const SmokeCheck &check)
{
    for (const ContainerState &container : context.projectContainers()) {
        if (container.service == check.service && container.isRunning() &&
            !container.addresses.isEmpty())
            return container.addresses.first();
    }
    throw Error(ErrorKind::Unreachable,
                SmokeRunner::tr("No running container of %1 has a network address to reach "
                                "port %2 at: start the service, or set the check's host.")
                    .arg(check.service)
                    .arg(check.port));
}

// Where the probe connects: the host as the Docker host sees it, through a tunnel when the
// engine is reached over SSH, or at the engine's own host for tcp://.
ProbeTarget targetOf(Context &context, const SmokeCheck &check, const std::atomic<bool> *cancel)
{
    ProbeTarget target;
    if (check.host.isEmpty() && context.address.scheme == EngineAddress::Scheme::Tcp) {
        // A container's address is private to its host: from here it is unreachable, or
        // worse, some other container's on a network of the same range.
        throw Error(ErrorKind::BadInput,
                    SmokeRunner::tr("%1 is reached at its container's address, which only its "
                                    "host can reach, and the engine is tcp://: publish the port "
                                    "and set the check's host, or use an ssh:// engine.")
                        .arg(check.service));
    }
    target.host = check.host.isEmpty() ? containerAddress(context, check) : check.host;
    target.originalHost = target.host;
    target.originalPort = static_cast<quint16>(check.port);
    target.port = static_cast<quint16>(check.port);
    target.timeoutMs = check.timeoutMs;
    target.cancel = cancel;
    const QString remote = QStringLiteral("%1:%2").arg(target.host).arg(target.port);
    target.description = remote;
    switch (context.address.scheme) {
    case EngineAddress::Scheme::Unix:
        break;
    case EngineAddress::Scheme::Ssh:
        target.port = context.connection().forwardLocalPort(target.host, target.port);
        context.tunnels.append(target.port);
        target.host = QStringLiteral("127.0.0.1");
        target.description =
            SmokeRunner::tr("%1 on %2 (through an SSH tunnel)").arg(remote, context.address.host);
        break;
    case EngineAddress::Scheme::Tcp:
        if (SmokeCheck::isLocalHost(target.host)) {
            target.host = context.address.host;
            target.description = QStringLiteral("%1:%2").arg(target.host).arg(target.port);
        }
        break;
    }
    return target;
}

ProbeAnswer containerHealth(Context &context, const SmokeCheck &check)
{
    QStringList healthy;
    for (const ContainerState &container : context.projectContainers()) {
        if (container.service != check.service)
            continue;
        if (!container.exists()) {
            return {
                false,
                SmokeRunner::tr("%1 has no container: the stack is not up.").arg(check.service)};
        }
        if (!container.isRunning()) {
            return {false, SmokeRunner::tr("Container %1 is %2, not running.")
                               .arg(container.name, container.state)};
        }
        if (container.health.isEmpty()) {
            return {false, SmokeRunner::tr("Container %1 runs without a health check: recreate it "
                                           "from the compose file.")
                               .arg(container.name)};
        }
        if (container.health != QLatin1String("healthy")) {
            const QString output = container.healthOutput.section(QLatin1Char('\n'), -1).trimmed();
            return {
                false,
                output.isEmpty()
                    ? SmokeRunner::tr("Container %1 is %2.").arg(container.name, container.health)
                    : SmokeRunner::tr("Container %1 is %2; its last health check said: %3")
                          .arg(container.name, container.health, output)};
        }
        healthy << container.name;
    }
    if (healthy.isEmpty())
        return {false,
                SmokeRunner::tr("%1 has no container: the stack is not up.").arg(check.service)};
    return {true, SmokeRunner::tr("Healthy: %1").arg(healthy.join(QStringLiteral(", ")))};
}

ProbeAnswer runCheck(Context &context, const SmokeCheck &check, const std::atomic<bool> *cancel)
{
    if (check.kind == SmokeCheck::Kind::ContainerHealth)
        return containerHealth(context, check);
    const ProbeTarget target = targetOf(context, check, cancel);
    const QString password =
        check.secretVariable.isEmpty()
            ? QString()
            : Credentials::lookup(context.environment, context.composeProject(), check.service,
                                  check.secretVariable);
    switch (check.kind) {
    case SmokeCheck::Kind::Postgres:
        return PostgresProbe::run(target, check, password);
    case SmokeCheck::Kind::Redis:
        return RedisProbe::run(target, password);
    case SmokeCheck::Kind::Http:
        return HttpProbe::run(target, check);
    case SmokeCheck::Kind::ContainerHealth:
        break;
    }
    return {};
}

} // namespace

SmokeRunner::SmokeRunner(const Environment &environment, const HostKeyStore &keys)
    : m_environment(environment), m_keys(keys)
{}

QList<SmokeCheck> SmokeRunner::suiteFor(Workspace &workspace, const Environment &environment)
{
    if (auto stored = SmokeSuiteRepository(workspace).get(environment.name))
        return stored->checks;
    return SmokeSuite::derive(environment,
                              ComposeProject::load(environment.composeFiles, environment.envFile));
}

SmokeRun SmokeRunner::run(const QList<SmokeCheck> &checks, const QStringList &only,
                          const Progress &progress, const std::atomic<bool> *cancel)
{
    if (m_environment.engineUrl.isEmpty()) {
        throw Error(ErrorKind::BadInput,
                    tr("%1 has no Docker Engine address yet: set it before running its smoke "
                       "suite.")
                        .arg(m_environment.name));
    }
    for (const QString &name : only) {
        const auto found = std::find_if(checks.begin(), checks.end(), [&](const SmokeCheck &check) {
            return check.name == name;
        });
        if (found == checks.end()) {
            QStringList names;
            for (const SmokeCheck &check : checks)
                names << check.name;
            throw Error(ErrorKind::NotFound,
                        tr("The smoke suite of %1 has no check \"%2\"; it has: %3.")
                            .arg(m_environment.name, name, names.join(QStringLiteral(", "))));
        }
    }
    // In the suite's order, each once; named checks run even when disabled.
    QList<SmokeCheck> selected;
    std::copy_if(checks.begin(), checks.end(), std::back_inserter(selected),
                 [&](const SmokeCheck &check) {
                     return only.isEmpty() ? check.enabled : only.contains(check.name);
                 });

    if (selected.isEmpty()) {
        throw Error(ErrorKind::BadInput,
                    tr("The smoke suite of %1 has no enabled checks: add or enable some with Edit "
                       "Suite… or `blihopsctl smoke suite`.")
                        .arg(m_environment.name));
    }
    Context context(m_environment, m_keys);
    SmokeRun run;
    run.environment = m_environment.name;
    run.actor = Workspace::actor();
    run.startedAt = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < selected.size(); ++i) {
        if (cancel && cancel->load()) {
            run.cancelled = true;
            break;
        }
        const SmokeCheck &check = selected.at(i);
        SmokeResult result;
        result.check = check.name;
        result.kind = check.kind;
        result.service = check.service;
        result.target = check.target();
        QElapsedTimer timer;
        timer.start();
        try {
            const ProbeAnswer answer = runCheck(context, check, cancel);
            result.passed = answer.passed;
            result.message = answer.message;
        } catch (const Error &error) {
            // A host the run cannot log in to, or whose key the user must look at, stops the
            // run: every check would fail on it.
            if (isHostKeyError(error) || context.sshError)
                throw;
            result.message = error.message();
        }
        result.durationMs = timer.elapsed();
        qCInfo(lcChecks) << m_environment.name << check.name
                         << (result.passed ? "passed" : "failed") << result.message;
        run.results.append(result);
        if (progress)
            progress(static_cast<int>(i), result);
    }
    if (cancel && cancel->load())
        run.cancelled = true;
    run.finishedAt = QDateTime::currentDateTimeUtc();
    return run;
}

} // namespace blihops
