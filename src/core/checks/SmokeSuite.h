#pragma once

#include "checks/SmokeCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

namespace blihops {

class ComposeProject;
struct Environment;

// The checks of an environment. Derived from its compose files: a PostgreSQL and a Redis
// check for each service it recognises (by image or name), an HTTP check for each health
// check that fetches an http:// URL, and a container-health check for each service with a
// health check. Ports are the ones published on the host, the ones a host-network service
// listens on, or, for unpublished services, the container's own.
class SmokeSuite
{
    Q_DECLARE_TR_FUNCTIONS(SmokeSuite)

public:
    static QList<SmokeCheck> derive(const Environment &environment, const ComposeProject &project);

    static QJsonArray toJson(const QList<SmokeCheck> &checks);
    // Throws Error(BadInput) naming the check that is malformed, or a name used twice.
    static QList<SmokeCheck> fromJson(const QJsonArray &array);
    static void validate(const QList<SmokeCheck> &checks);
};

} // namespace blihops
