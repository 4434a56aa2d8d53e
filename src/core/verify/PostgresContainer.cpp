#include "verify/PostgresContainer.h"

#include "backup/BackupHost.h"
#include "compose/ComposeProject.h"
#include "compose/ServiceRole.h"
#include "util/Error.h"
#include "workspace/Environment.h"

using namespace std::chrono_literals;

namespace blihops {

PostgresContainer PostgresContainer::find(BackupHost &host, const QString &project,
                                          const QString &service, const QString &user)
{
    PostgresContainer container;
    container.m_host = &host;
    container.m_service = service;
    container.m_user = user;
    const QByteArray ids = host.runOrThrow(
        container.docker({QStringLiteral("ps"), QStringLiteral("-q"), QStringLiteral("--no-trunc"),
                          QStringLiteral("--filter"),
                          QStringLiteral("label=com.docker.compose.project=") + project,
                          QStringLiteral("--filter"),
                          QStringLiteral("label=com.docker.compose.service=") + service}),
        tr("list the containers of %1").arg(project), 60s);
    container.m_id = QString::fromLatin1(ids.split('\n').value(0)).trimmed();
    if (container.m_id.isEmpty()) {
        throw Error(ErrorKind::Unreachable,
                    tr("No container of service %1 in compose project %2 runs on %3: start the "
                       "stack, then verify again.")
                        .arg(service, project, host.display()));
    }
    return container;
}

QString PostgresContainer::serviceOf(const Environment &environment)
{
    const ComposeProject project =
        ComposeProject::load(environment.composeFiles, environment.envFile);
    for (const ComposeProject::Service &service : project.services()) {
        if (serviceRole(service) == ServiceRole::Postgres)
            return service.name;
    }
    throw Error(ErrorKind::BadInput,
                tr("The compose files of %1 have no PostgreSQL service to restore into: choose "
                   "another target.")
                    .arg(environment.name));
}

QStringList PostgresContainer::docker(const QStringList &arguments) const
{
    QStringList argv;
    if (!m_host->dockerHost().isEmpty())
        argv << QStringLiteral("env") << QStringLiteral("DOCKER_HOST=") + m_host->dockerHost();
    return argv << QStringLiteral("docker") << arguments;
}

QStringList PostgresContainer::exec(const QStringList &argv) const
{
    // The container's own environment decides the default login, as in the backup script.
    return docker(QStringList{QStringLiteral("exec"), QStringLiteral("-i"), m_id,
                              QStringLiteral("sh"), QStringLiteral("-c"),
                              QStringLiteral("PGUSER=${1:-${POSTGRES_USER:-postgres}}; export "
                                             "PGUSER; shift; exec \"$@\""),
                              QStringLiteral("sh"), m_user} +
                  argv);
}

ProcessResult PostgresContainer::psql(const QString &database, const QString &sql,
                                      std::chrono::milliseconds timeout) const
{
    return m_host->run(exec({QStringLiteral("psql"), QStringLiteral("-X"), QStringLiteral("-q"),
                             QStringLiteral("-At"), QStringLiteral("-v"),
                             QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), database}),
                       timeout, sql.toUtf8());
}

QByteArray PostgresContainer::psqlOrThrow(const QString &database, const QString &sql,
                                          const QString &what,
                                          std::chrono::milliseconds timeout) const
{
    const ProcessResult result = psql(database, sql, timeout);
    if (!result.ok()) {
        throw Error(ErrorKind::Unreachable,
                    tr("Cannot %1 in the container of %2 on %3: %4.")
                        .arg(what, m_service, m_host->display(), result.summary()));
    }
    return result.standardOutput;
}

} // namespace blihops
