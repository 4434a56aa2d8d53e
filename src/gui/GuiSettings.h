#pragma once

#include <QString>
#include <QVariant>

namespace blihops::gui {

// The console's own settings, by typed key. Window state is kept per workspace, so that a
// team database and a private file each reopen as they were left.
class GuiSettings
{
public:
    enum class Key
    {
        Language,
        WindowGeometry,
        WindowState,
        SplitterState,
        DetailsSplitterState,
        TreeHeaderState,
        LastEnvironment,
        DetailsTab,                  // Containers or Smoke tests, beside the environment tree
        SmokeResultsHeaderState,     // the smoke results table's column widths
        ReadOnly,                    // every action hidden: the managers' console
        ChecklistsSplitterState,     // runs beside the selected run
        ChecklistRunsHeaderState,    // the runs table's column widths
        ChecklistItemsHeaderState,   // the items tree's column widths
        ChecklistItemsSplitterState, // items above the item panel
        LastChecklistRun,
        SignOffName, // who signed last on this machine, offered again
        SignOffRole,
        DashboardSplitterState,      // streams beside the selected stream
        DashboardStreamsHeaderState, // the streams table's column widths
        DashboardTasksHeaderState,   // the tasks tree's column widths
        LastStream,
    };

    // workspaceName: WorkspaceLocation::displayName() of the open workspace.
    explicit GuiSettings(const QString &workspaceName = {});

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

private:
    QString path(Key key) const;

    QString m_workspaceGroup;
};

} // namespace blihops::gui
