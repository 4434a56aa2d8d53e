#include "util/LogCategories.h"

Q_LOGGING_CATEGORY(lcWorkspace, "blihops.workspace")
Q_LOGGING_CATEGORY(lcCompose, "blihops.compose")
