#pragma once

#include <QString>

namespace blihops::gui {

class EnvironmentMonitors;
class WorkspaceRunner;

// What the main window shares with its modes.
struct ModeContext
{
    WorkspaceRunner &runner;       // every workspace call, off the GUI thread
    EnvironmentMonitors &monitors; // the live state of every environment, kept by one owner
    QString workspaceName;         // WorkspaceLocation::displayName(): the key of saved state
};

} // namespace blihops::gui
