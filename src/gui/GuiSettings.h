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
        BottomPanelState,            // the bottom panel's height under the modes
        ReadOnly,                    // every action hidden: the managers' console
        LogBufferLines,              // lines a logs viewer keeps (LogBuffer's capacity)
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
        BackupsSplitterState,     // jobs above the catalog
        BackupJobsHeaderState,    // the jobs table's column widths
        BackupCatalogHeaderState, // the catalog table's column widths
        LastBackupEnvironment,    // the Backups mode's environment
        BackupDownloadFolder,     // where downloads went last
        NotifiedBackupAlerts,     // alerts this workstation has announced (tray, webhook)
    };

    // workspaceName: WorkspaceLocation::displayName() of the open workspace.
    explicit GuiSettings(const QString &workspaceName = {});

    QVariant value(Key key) const;
    // The range Settings offers for LogBufferLines.
    static constexpr qsizetype kMinLogBufferLines = 1000;
    static constexpr qsizetype kMaxLogBufferLines = 10000000;

    // LogBufferLines as set (held to its range), else LogBuffer's default.
    qsizetype logBufferLines() const;
    void setValue(Key key, const QVariant &value);

private:
    QString path(Key key) const;

    QString m_workspaceGroup;
};

} // namespace blihops::gui
