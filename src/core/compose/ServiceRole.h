#pragma once

#include "compose/ComposeProject.h"

namespace blihops {

// What a service is, as far as the console can tell from its image and name.
enum class ServiceRole
{
    Postgres,
    Redis,
    Other,
};

// PostgreSQL: an image named postgres, postgresql, postgis, timescaledb(-ha) or pgvector; or,
// for other images, a service named like a database (postgres*, pg, db, *-db) whose
// environment sets POSTGRES_*, or one whose health check runs pg_isready. Redis: an image
// named redis, valkey, keydb or redis-stack(-server); or a service named redis* that runs
// redis-server (or checks its health with redis-cli).
ServiceRole serviceRole(const ComposeProject::Service &service);

} // namespace blihops
