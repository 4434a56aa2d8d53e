#pragma once

#include "checks/Probe.h"

#include <QCoreApplication>

namespace blihops {

// AUTH (with a password), PING, and the role from INFO replication, through hiredis.
// Blocks for at most about the timeout per step.
class RedisProbe
{
    Q_DECLARE_TR_FUNCTIONS(RedisProbe)

public:
    static ProbeAnswer run(const ProbeTarget &target, const QString &password);
};

} // namespace blihops
