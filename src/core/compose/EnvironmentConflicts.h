#pragma once

#include "compose/ComposeProject.h"
#include "workspace/Environment.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace blihops {

// Whether two environments can run at the same time on one Docker Engine, and if not,
// what collides: published host ports (ranges and host addresses included), container
// names and project names, named volumes, and PostgreSQL databases on the same port.
class EnvironmentConflicts
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentConflicts)

public:
    struct Side
    {
        QString environment;
        QString service; // may be empty (a database listed only in the workspace)
        QString file;
        int line = 0;
    };

    struct Collision
    {
        QString rule; // port-conflict, container-name-conflict, volume-conflict, database-conflict
        QString what; // e.g. "127.0.0.1:5432/tcp", a container, volume or database name
        Side first;
        Side second;
        QString message;
        QString fix;
    };

    static QList<Collision> between(const Environment &first, const ComposeProject &firstProject,
                                    const Environment &second, const ComposeProject &secondProject);
    // Reads both environments' files first; throws Error(BadInput) when one cannot be read.
    static QList<Collision> between(const Environment &first, const Environment &second);

    // The project name compose will use: the environment's, else the files' "name:", else
    // the folder of the first file.
    static QString projectName(const Environment &environment, const ComposeProject &project);
};

} // namespace blihops
