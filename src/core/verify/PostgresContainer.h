#pragma once

#include "remote/ProcessResult.h"

#include <QCoreApplication>
#include <QStringList>
#include <chrono>
#include <functional>

namespace blihops {

class BackupHost;
struct Environment;

// The running container of an environment's PostgreSQL service, found on its host as the
// backup script finds it (by the compose project and service labels, never by a container
// name), and the PostgreSQL clients run inside it with `docker exec`, so that their version is
// the server's. The login is the given user, else the container's POSTGRES_USER, else
// postgres, as the backup script decides it. Blocks: worker threads and the CLI only.
class PostgresContainer
{
    Q_DECLARE_TR_FUNCTIONS(PostgresContainer)

public:
    // Throws Error(Unreachable) when no container of the service runs, or the host's docker
    // does not answer.
    static PostgresContainer find(BackupHost &host, const QString &project, const QString &service,
                                  const QString &user = {});

    // The first PostgreSQL service of the environment's compose files (as the smoke suite
    // tells it by serviceRole). Throws Error(BadInput) when there is none.
    static QString serviceOf(const Environment &environment);

    BackupHost &host() const { return *m_host; }
    QString id() const { return m_id; }
    QString service() const { return m_service; }

    // docker on the host (with its DOCKER_HOST), as argv.
    QStringList docker(const QStringList &arguments) const;
    // argv of `docker exec -i CONTAINER` running program as the PostgreSQL login.
    QStringList exec(const QStringList &argv) const;
    // psql on database with sql on its stdin, unaligned, tuples only, stopping at the first
    // error.
    ProcessResult psql(const QString &database, const QString &sql,
                       std::chrono::milliseconds timeout = std::chrono::minutes(30)) const;
    // psql(), its output when it succeeds; else Error(Unreachable) naming what.
    QByteArray psqlOrThrow(const QString &database, const QString &sql, const QString &what,
                           std::chrono::milliseconds timeout = std::chrono::minutes(30)) const;

private:
    BackupHost *m_host = nullptr;
    QString m_id;
    QString m_service;
    QString m_user;
};

} // namespace blihops
