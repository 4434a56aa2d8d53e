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

// PostgreSQL: an image of postgres, PostGIS, TimescaleDB or pgvector, a service named like a
// database (postgres*, pg*, db, *-db) whose environment sets POSTGRES_* or PG*, or one whose
// health check runs pg_isready; Redis: an image of redis, Valkey or
// KeyDB, or a service named redis.
ServiceRole serviceRole(const ComposeProject::Service &service);

} // namespace blihops
