#pragma once

#include "checks/Probe.h"
#include "checks/SmokeCheck.h"

#include <QCoreApplication>

namespace blihops {

// GET with QNetworkAccessManager in a local event loop: the status must be the expected one
// (redirects are not followed) and the body must contain the expected text, within the
// timeout.
class HttpProbe
{
    Q_DECLARE_TR_FUNCTIONS(HttpProbe)

public:
    static ProbeAnswer run(const ProbeTarget &target, const SmokeCheck &check);
};

} // namespace blihops
