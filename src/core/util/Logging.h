#pragma once

#include <QString>

namespace blihops {

// Routes Qt's logging (every category) into spdlog: a rotating file in the app-data
// folder, and stderr when asked (the CLI's --verbose). Call once, early in main().
class Logging
{
public:
    enum class Stderr
    {
        Off,
        On
    };

    static void install(const QString &appName, Stderr toStderr);
    static QString logFilePath();
};

} // namespace blihops
