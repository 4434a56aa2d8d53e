#pragma once

#include "checks/Probe.h"
#include "checks/SmokeCheck.h"

#include <QCoreApplication>

namespace blihops {

// Connects with QtSql's PostgreSQL driver, asks SELECT 1 and looks for the check's
// databases in pg_database. Blocks for at most about the check's timeout.
class PostgresProbe
{
    Q_DECLARE_TR_FUNCTIONS(PostgresProbe)

public:
    static ProbeAnswer run(const ProbeTarget &target, const SmokeCheck &check,
                           const QString &password);
};

} // namespace blihops
