#pragma once

#include "actions/Action.h"
#include "workspace/Environment.h"

#include <QObject>
#include <QStringList>

class QWidget;

namespace blihops::gui {

class BottomPanel;
class OutputTab;
class WorkspaceRunner;

// Starts an action as the console asks for it: a destructive one on production only after
// the environment's name is typed, Down elsewhere after a question; removing volumes only
// after their names were shown; on an ssh:// engine, the compose and env files that differ
// from the host's copies shown and uploaded on confirmation before Up, Restart or Pull. The
// action then runs in a new Output tab of the bottom panel, and its end is written to the
// audit log. Nothing here waits on the GUI thread.
class ActionLauncher : public QObject
{
    Q_OBJECT

public:
    ActionLauncher(WorkspaceRunner &runner, BottomPanel &panel, QWidget *window);

    void launch(const Environment &environment, const Action::Request &request);

signals:
    // The action's tab is in the panel (it may still wait for the files to be uploaded).
    void started(blihops::gui::OutputTab *tab);
    // Its audit entry was written (or could not be: the error was shown).
    void recorded(blihops::gui::OutputTab *tab);

private:
    void confirmVolumes(const Environment &environment, const Action::Request &request);
    void confirm(const Environment &environment, const Action::Request &request,
                 const QStringList &volumes);
    void open(const Environment &environment, const Action::Request &request);
    void syncThenStart(OutputTab *tab);
    void record(OutputTab *tab);

    WorkspaceRunner &m_runner;
    BottomPanel &m_panel;
    QWidget *m_window;
};

} // namespace blihops::gui
