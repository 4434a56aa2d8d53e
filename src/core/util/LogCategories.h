#pragma once

#include <QLoggingCategory>

// One category per core module, enabled with QT_LOGGING_RULES="blihops.workspace.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcWorkspace)
Q_DECLARE_LOGGING_CATEGORY(lcCompose)
Q_DECLARE_LOGGING_CATEGORY(lcSsh)
Q_DECLARE_LOGGING_CATEGORY(lcDocker)
Q_DECLARE_LOGGING_CATEGORY(lcChecks)
