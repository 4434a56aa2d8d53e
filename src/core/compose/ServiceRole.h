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

// PostgreSQL: an image of postgres, PostGIS, TimescaleDB or pgvector, or a service named
// like postgres whose environment sets POSTGRES_*; Redis: an image of redis, Valkey or
// KeyDB, or a service named redis.
ServiceRole serviceRole(const ComposeProject::Service &service);

} // namespace blihops
