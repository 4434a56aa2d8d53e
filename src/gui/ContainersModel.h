#pragma once

#include "docker/ContainerState.h"

#include <QAbstractTableModel>

namespace blihops::gui {

// The containers of the selected environment, one row per container (or per compose
// service that has none: "not created").
class ContainersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ServiceColumn,
        NameColumn,
        StateColumn,
        HealthColumn,
        RestartColumn,
        CpuColumn,
        MemoryColumn,
        PortsColumn,
        VolumesColumn,
        ImageColumn,
        UptimeColumn,
        ColumnCount
    };
    enum Role
    {
        HealthOutputRole = Qt::UserRole + 1
    };

    explicit ContainersModel(QObject *parent = nullptr);

    // Keeps rows whose container is unchanged, so that selection and scrolling survive.
    void setContainers(const QList<ContainerState> &containers);
    const QList<ContainerState> &containers() const { return m_containers; }
    // Uptime moves on with the clock: repaint that column.
    void refreshUptime();
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString formatBytes(qint64 bytes);
    static QString formatUptime(const QDateTime &startedAt);

private:
    QString text(const ContainerState &container, int column) const;

    QList<ContainerState> m_containers;
};

} // namespace blihops::gui
