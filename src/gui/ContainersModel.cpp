#include "ContainersModel.h"

#include <QBrush>
#include <QColor>
#include <QIcon>
#include <QLocale>

namespace blihops::gui {

ContainersModel::ContainersModel(QObject *parent) : QAbstractTableModel(parent) {}

void ContainersModel::setContainers(const QList<ContainerState> &containers)
{
    const bool sameRows = containers.size() == m_containers.size() &&
                          std::equal(containers.begin(), containers.end(), m_containers.begin(),
                                     [](const ContainerState &a, const ContainerState &b) {
                                         return a.id == b.id && a.service == b.service;
                                     });
    if (!sameRows) {
        beginResetModel();
        m_containers = containers;
        endResetModel();
        return;
    }
    m_containers = containers;
    if (!m_containers.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ContainersModel::refreshUptime()
{
    if (!m_containers.isEmpty())
        emit dataChanged(index(0, UptimeColumn), index(rowCount() - 1, UptimeColumn));
}

void ContainersModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    refreshUptime();
}

int ContainersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_containers.size());
}

int ContainersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContainersModel::formatBytes(qint64 bytes)
{
    return bytes > 0 ? QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat)
                     : tr("no limit");
}

QString ContainersModel::formatUptime(const QDateTime &startedAt)
{
    if (!startedAt.isValid())
        return {};
    const qint64 seconds = std::max<qint64>(0, startedAt.secsTo(QDateTime::currentDateTimeUtc()));
    if (seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h", nullptr, int(seconds / 3600));
    return tr("%n d", nullptr, int(seconds / 86400));
}

QString ContainersModel::text(const ContainerState &container, int column) const
{
    switch (column) {
    case ServiceColumn:
        return container.service;
    case NameColumn:
        return container.name;
    case StateColumn:
        return container.exists() ? container.state : tr("not created");
    case HealthColumn:
        return container.health.isEmpty() && container.exists() ? tr("no check") : container.health;
    case RestartColumn:
        return container.restartPolicy.isEmpty() && container.exists() ? tr("no")
                                                                       : container.restartPolicy;
    case CpuColumn:
        if (!container.exists())
            return {};
        return container.nanoCpus > 0 ? QLocale().toString(container.nanoCpus / 1e9, 'g', 3)
                                      : tr("no limit");
    case MemoryColumn:
        return container.exists() ? formatBytes(container.memoryLimitBytes) : QString();
    case PortsColumn: {
        QStringList ports;
        for (const ContainerState::Port &port : container.ports) {
            ports << QStringLiteral("%1:%2→%3/%4")
                         .arg(port.hostIp.isEmpty() ? QStringLiteral("*") : port.hostIp)
                         .arg(port.hostPort)
                         .arg(port.containerPort)
                         .arg(port.protocol);
        }
        return ports.join(QStringLiteral(", "));
    }
    case VolumesColumn:
        return container.volumes.join(QStringLiteral(", "));
    case ImageColumn:
        return container.image;
    case UptimeColumn:
        return formatUptime(container.startedAt);
    }
    return {};
}

QVariant ContainersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_containers.size())
        return {};
    const ContainerState &container = m_containers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(container, index.column());
    case Qt::ToolTipRole:
        if (index.column() == HealthColumn && !container.healthOutput.isEmpty())
            return tr("Last health check:\n%1").arg(container.healthOutput);
        return text(container, index.column());
    case HealthOutputRole:
        return container.healthOutput;
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && !container.isRunning())
            return QBrush(QColor(0xdc, 0x26, 0x26));
        if (index.column() == HealthColumn && container.health == QLatin1String("unhealthy"))
            return QBrush(QColor(0xdc, 0x26, 0x26));
        if (index.column() == HealthColumn && container.health == QLatin1String("healthy"))
            return QBrush(QColor(0x16, 0xa3, 0x4a));
        return {};
    case Qt::DecorationRole:
        if (index.column() == ServiceColumn)
            return QIcon(QStringLiteral(":/icons/service.svg"));
        return {};
    }
    return {};
}

QVariant ContainersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case NameColumn:
        return tr("Container");
    case StateColumn:
        return tr("State");
    case HealthColumn:
        return tr("Health");
    case RestartColumn:
        return tr("Restart");
    case CpuColumn:
        return tr("CPUs");
    case MemoryColumn:
        return tr("Memory");
    case PortsColumn:
        return tr("Ports");
    case VolumesColumn:
        return tr("Volumes");
    case ImageColumn:
        return tr("Image");
    case UptimeColumn:
        return tr("Up");
    }
    return {};
}

} // namespace blihops::gui
