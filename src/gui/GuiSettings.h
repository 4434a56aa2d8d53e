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
        DetailsTab,              // Containers or Smoke tests, beside the environment tree
        SmokeResultsHeaderState, // the smoke results table's column widths
        ReadOnly                 // every action hidden: the managers' console
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
