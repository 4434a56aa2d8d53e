#pragma once

#include "remote/HostKeyStore.h"
#include "workspace/Environment.h"

#include <QStringList>

namespace blihops {

// The volumes of an environment's compose project on its engine (by the project label): what
// Down with "remove volumes" deletes, shown by name before anything is removed. Blocks:
// worker threads and the CLI only. Throws Error(Unreachable) when the engine does not answer.
class ProjectVolumes
{
public:
    static QStringList list(const Environment &environment, const HostKeyStore &keys);
};

} // namespace blihops
