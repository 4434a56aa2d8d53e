#include "EnvironmentTreeModel.h"

#include <QColor>
#include <QPainter>
#include <QPixmap>

namespace blihops::gui {

namespace {

// Children carry their parent's row + 1 as internal id; top-level rows carry 0.
constexpr quintptr kTopLevel = 0;

} // namespace

EnvironmentTreeModel::EnvironmentTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

QString EnvironmentTreeModel::tierName(Tier tier)
{
    switch (tier) {
    case Tier::Development:
        return tr("Development");
    case Tier::Staging:
        return tr("Staging");
    case Tier::Production:
        return tr("Production");
    }
    return {};
}

QIcon EnvironmentTreeModel::tierIcon(Tier tier)
{
    return QIcon(QStringLiteral(":/icons/tier-%1.svg").arg(tierKey(tier)));
}

QString EnvironmentTreeModel::rollupName(EnvironmentMonitor::Rollup rollup)
{
    switch (rollup) {
    case EnvironmentMonitor::Rollup::Unknown:
        return tr("connecting…");
    case EnvironmentMonitor::Rollup::Healthy:
        return tr("healthy");
    case EnvironmentMonitor::Rollup::Degraded:
        return tr("degraded");
    case EnvironmentMonitor::Rollup::Down:
        return tr("down");
    case EnvironmentMonitor::Rollup::Unreachable:
        return tr("unreachable");
    }
    return {};
}

QIcon EnvironmentTreeModel::rollupIcon(EnvironmentMonitor::Rollup rollup)
{
    // A dot, and for the bad states a mark inside it, so colour is not the only cue.
    QColor color(0x94, 0xa3, 0xb8);
    QString mark;
    switch (rollup) {
    case EnvironmentMonitor::Rollup::Healthy:
        color = QColor(0x16, 0xa3, 0x4a);
        break;
    case EnvironmentMonitor::Rollup::Degraded:
        color = QColor(0xd9, 0x77, 0x06);
        mark = QStringLiteral("!");
        break;
    case EnvironmentMonitor::Rollup::Down:
        color = QColor(0xdc, 0x26, 0x26);
        mark = QStringLiteral("×");
        break;
    case EnvironmentMonitor::Rollup::Unreachable:
        color = QColor(0x64, 0x74, 0x8b);
        mark = QStringLiteral("?");
        break;
    case EnvironmentMonitor::Rollup::Unknown:
        break;
    }
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(3, 3, 26, 26));
    if (!mark.isEmpty()) {
        QFont font = painter.font();
        font.setPixelSize(22);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(pixmap.rect(), Qt::AlignCenter, mark);
    }
    return QIcon(pixmap);
}

void EnvironmentTreeModel::setStatus(const QString &environmentName,
                                     EnvironmentMonitor::Rollup rollup, const QString &reason)
{
    m_status.insert(environmentName, {rollup, reason});
    const QModelIndex row = indexOf(environmentName);
    if (row.isValid()) {
        const QModelIndex cell = index(row.row(), StatusColumn);
        emit dataChanged(cell, cell);
    }
}

void EnvironmentTreeModel::setEntries(const QList<EnvironmentEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void EnvironmentTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

const EnvironmentEntry *EnvironmentTreeModel::entryAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int row = index.internalId() == kTopLevel ? index.row() : int(index.internalId()) - 1;
    return row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

QModelIndex EnvironmentTreeModel::indexOf(const QString &environmentName) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).environment.name == environmentName)
            return index(row, 0);
    }
    return {};
}

QModelIndex EnvironmentTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : kTopLevel);
}

QModelIndex EnvironmentTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, kTopLevel);
}

int EnvironmentTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return 0;
    const EnvironmentEntry &entry = m_entries.at(parent.row());
    return int(entry.services.size()) + (entry.composeError.isEmpty() ? 0 : 1);
}

int EnvironmentTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant EnvironmentTreeModel::data(const QModelIndex &index, int role) const
{
    const EnvironmentEntry *entry = entryAt(index);
    if (!entry)
        return {};
    if (role == EnvironmentNameRole)
        return entry->environment.name;
    if (role == IsServiceRole)
        return index.internalId() != kTopLevel;
    if (index.internalId() == kTopLevel)
        return environmentData(*entry, index.column(), role);
    return childData(*entry, index.row(), index.column(), role);
}

void EnvironmentTreeModel::setBackupAlerts(const QString &environmentName,
                                           const QStringList &messages)
{
    if (messages.isEmpty())
        m_backupAlerts.remove(environmentName);
    else
        m_backupAlerts.insert(environmentName, messages);
    backupsChanged(environmentName);
}

void EnvironmentTreeModel::setRestoreProofWarning(const QString &environmentName,
                                                  const QString &warning)
{
    if (m_restoreWarnings.value(environmentName) == warning)
        return;
    if (warning.isEmpty())
        m_restoreWarnings.remove(environmentName);
    else
        m_restoreWarnings.insert(environmentName, warning);
    backupsChanged(environmentName);
}

void EnvironmentTreeModel::backupsChanged(const QString &environmentName)
{
    const QModelIndex row = indexOf(environmentName);
    if (row.isValid()) {
        const QModelIndex cell = index(row.row(), BackupsColumn);
        emit dataChanged(cell, cell);
    }
}

QVariant EnvironmentTreeModel::environmentData(const EnvironmentEntry &entry, int column,
                                               int role) const
{
    const Environment &environment = entry.environment;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return environment.name;
        case StatusColumn:
            return m_status.contains(environment.name)
                       ? rollupName(m_status.value(environment.name).rollup)
                       : (environment.engineUrl.isEmpty() ? tr("no engine") : QString());
        case TierColumn:
            return tierName(environment.tier);
        case EngineColumn:
            return environment.engineUrl.isEmpty() ? tr("not set") : environment.engineUrl;
        case BackupsColumn:
            if (m_backupAlerts.contains(environment.name))
                return tr("%n backup alert(s)", nullptr,
                          int(m_backupAlerts.value(environment.name).size()));
            return m_restoreWarnings.contains(environment.name) ? tr("restore unproven")
                                                                : QString();
        }
    }
    if (m_backupAlerts.contains(environment.name) && column == BackupsColumn) {
        if (role == Qt::DecorationRole)
            return QIcon(QStringLiteral(":/icons/backup-alert.svg"));
        if (role == Qt::ToolTipRole) {
            QStringList lines = m_backupAlerts.value(environment.name);
            if (m_restoreWarnings.contains(environment.name))
                lines << m_restoreWarnings.value(environment.name);
            return lines.join(QLatin1Char('\n'));
        }
    }
    if (m_restoreWarnings.contains(environment.name) && column == BackupsColumn) {
        if (role == Qt::ToolTipRole)
            return m_restoreWarnings.value(environment.name);
        if (role == Qt::ForegroundRole)
            return QColor(0xb4, 0x53, 0x09); // amber, readable on light and dark bases
    }
    if (role == Qt::DecorationRole && column == NameColumn)
        return tierIcon(environment.tier);
    if (role == Qt::DecorationRole && column == StatusColumn && m_status.contains(environment.name))
        return rollupIcon(m_status.value(environment.name).rollup);
    if (role == Qt::ToolTipRole && column == StatusColumn && m_status.contains(environment.name))
        return m_status.value(environment.name).reason;
    if (role == Qt::ToolTipRole) {
        return tr("%1 (%2): %n service(s)", nullptr, int(entry.services.size()))
            .arg(environment.name, tierName(environment.tier));
    }
    return {};
}

QVariant EnvironmentTreeModel::childData(const EnvironmentEntry &entry, int row, int column,
                                         int role) const
{
    const bool isError = row >= entry.services.size();
    if (column != NameColumn)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (!isError)
            return entry.services.at(row);
        return entry.missingFiles.isEmpty() ? tr("Compose files cannot be read")
                                            : tr("Compose files not on this machine");
    case Qt::ToolTipRole:
        return isError ? entry.composeError : tr("Service %1").arg(entry.services.at(row));
    case Qt::DecorationRole:
        return QIcon(isError ? QStringLiteral(":/icons/error.svg")
                             : QStringLiteral(":/icons/service.svg"));
    }
    return {};
}

QVariant EnvironmentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Environment");
    case StatusColumn:
        return tr("Status");
    case TierColumn:
        return tr("Tier");
    case EngineColumn:
        return tr("Engine");
    case BackupsColumn:
        return tr("Backups");
    }
    return {};
}

} // namespace blihops::gui
