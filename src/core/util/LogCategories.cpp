#include "util/LogCategories.h"

Q_LOGGING_CATEGORY(lcWorkspace, "blihops.workspace")
Q_LOGGING_CATEGORY(lcCompose, "blihops.compose")
Q_LOGGING_CATEGORY(lcSsh, "blihops.ssh")
Q_LOGGING_CATEGORY(lcDocker, "blihops.docker")
Q_LOGGING_CATEGORY(lcChecks, "blihops.checks")
