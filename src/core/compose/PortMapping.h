#pragma once

#include "compose/ComposeProject.h"

#include <QList>
#include <QString>

namespace blihops {

// One entry of a service's `ports:`, short ([HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL])
// or long syntax. Ranges are kept as first/last; a port without a host part is published on
// a free port the engine picks (hostFirst 0).
struct PortMapping
{
    QString hostIp; // empty: every address
    int hostFirst = 0;
    int hostLast = 0;
    int containerFirst = 0;
    int containerLast = 0;
    QString protocol = QStringLiteral("tcp");
    QString file;
    int line = 0;

    bool isPublished() const { return hostFirst != 0; }
    // The host port that carries containerPort, 0 when none does.
    int hostPortFor(int containerPort) const;

    // The well-formed entries; malformed ones are the readiness review's business.
    static QList<PortMapping> of(const ComposeProject::Service &service);
};

} // namespace blihops
