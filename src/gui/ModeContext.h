#pragma once

#include <QString>

namespace blihops::gui {

class ActionLauncher;
class BackupMonitor;
class BottomPanel;
class EnvironmentMonitors;
class WorkspaceRunner;

// What the main window shares with its modes.
struct ModeContext
{
    WorkspaceRunner &runner;       // every workspace call, off the GUI thread
    EnvironmentMonitors &monitors; // the live state of every environment, kept by one owner
    ActionLauncher &actions;       // compose and container actions, into the bottom panel
    BottomPanel &panel;            // the actions' output and the logs viewers, as tabs
    BackupMonitor &backups;        // where every backup job stands, and its alerts
    QString workspaceName;         // WorkspaceLocation::displayName(): the key of saved state
};

} // namespace blihops::gui
