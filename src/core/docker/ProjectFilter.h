#pragma once

#include <QByteArray>
#include <QString>

namespace blihops {

// The engine's filters= for one compose project's containers (by its project label),
// percent-encoded for a query.
struct ProjectFilter
{
    // containersOnly: for /events, which also reports networks and volumes.
    static QByteArray encoded(const QString &project, bool containersOnly);
};

} // namespace blihops
