#include "GuiSettings.h"

#include "logs/LogBuffer.h"

#include <QCryptographicHash>
#include <QSettings>
#include <algorithm>

namespace blihops::gui {

GuiSettings::GuiSettings(const QString &workspaceName)
    : m_workspaceGroup(QStringLiteral("workspaces/") +
                       QString::fromLatin1(QCryptographicHash::hash(workspaceName.toUtf8(),
                                                                    QCryptographicHash::Sha1)
                                               .toHex()
                                               .left(16)))
{}

QString GuiSettings::path(Key key) const
{
    switch (key) {
    case Key::Language:
        return QStringLiteral("interface/language");
    case Key::ReadOnly:
        return QStringLiteral("interface/readOnly");
    case Key::LogBufferLines:
        return QStringLiteral("logs/bufferLines");
    case Key::SignOffName:
        return QStringLiteral("checklists/signOffName");
    case Key::SignOffRole:
        return QStringLiteral("checklists/signOffRole");
    case Key::ChecklistsSplitterState:
        return m_workspaceGroup + QStringLiteral("/checklists/splitter");
    case Key::ChecklistRunsHeaderState:
        return m_workspaceGroup + QStringLiteral("/checklists/runsHeader");
    case Key::ChecklistItemsHeaderState:
        return m_workspaceGroup + QStringLiteral("/checklists/itemsHeader");
    case Key::ChecklistItemsSplitterState:
        return m_workspaceGroup + QStringLiteral("/checklists/itemsSplitter");
    case Key::LastChecklistRun:
        return m_workspaceGroup + QStringLiteral("/selection/checklistRun");
    case Key::DashboardSplitterState:
        return m_workspaceGroup + QStringLiteral("/dashboard/splitter");
    case Key::DashboardStreamsHeaderState:
        return m_workspaceGroup + QStringLiteral("/dashboard/streamsHeader");
    case Key::DashboardTasksHeaderState:
        return m_workspaceGroup + QStringLiteral("/dashboard/tasksHeader");
    case Key::LastStream:
        return m_workspaceGroup + QStringLiteral("/selection/stream");
    case Key::BackupsSplitterState:
        return m_workspaceGroup + QStringLiteral("/backups/splitter");
    case Key::BackupJobsHeaderState:
        return m_workspaceGroup + QStringLiteral("/backups/jobsHeader");
    case Key::BackupCatalogHeaderState:
        return m_workspaceGroup + QStringLiteral("/backups/catalogHeader");
    case Key::LastBackupEnvironment:
        return m_workspaceGroup + QStringLiteral("/selection/backupEnvironment");
    case Key::BackupDownloadFolder:
        return QStringLiteral("backups/downloadFolder");
    case Key::NotifiedBackupAlerts:
        return m_workspaceGroup + QStringLiteral("/backups/notifiedAlerts");
    case Key::WindowGeometry:
        return m_workspaceGroup + QStringLiteral("/window/geometry");
    case Key::WindowState:
        return m_workspaceGroup + QStringLiteral("/window/state");
    case Key::SplitterState:
        return m_workspaceGroup + QStringLiteral("/window/splitter");
    case Key::DetailsSplitterState:
        return m_workspaceGroup + QStringLiteral("/window/detailsSplitter");
    case Key::TreeHeaderState:
        return m_workspaceGroup + QStringLiteral("/window/treeHeader");
    case Key::LastEnvironment:
        return m_workspaceGroup + QStringLiteral("/selection/environment");
    case Key::DetailsTab:
        return m_workspaceGroup + QStringLiteral("/window/detailsTab");
    case Key::SmokeResultsHeaderState:
        return m_workspaceGroup + QStringLiteral("/window/smokeResultsHeader");
    case Key::BottomPanelState:
        return m_workspaceGroup + QStringLiteral("/window/bottomPanel");
    }
    return {};
}

QVariant GuiSettings::value(Key key) const
{
    return QSettings().value(path(key));
}

qsizetype GuiSettings::logBufferLines() const
{
    const qsizetype lines = value(Key::LogBufferLines).toLongLong();
    return lines > 0 ? std::clamp(lines, kMinLogBufferLines, kMaxLogBufferLines)
                     : LogBuffer::kDefaultCapacity;
}

void GuiSettings::setValue(Key key, const QVariant &value)
{
    QSettings().setValue(path(key), value);
}

} // namespace blihops::gui
