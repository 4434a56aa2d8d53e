#pragma once

#include "compose/ReadinessReview.h"

#include <QAbstractItemModel>
#include <QIcon>

namespace blihops::gui {

// The readiness review as a tree: environments, their services, and each service's
// findings. An environment whose files could not be read shows why instead.
// Columns: item (environment, service or severity), rule, file:line, message, fix.
class FindingsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        ItemColumn,
        RuleColumn,
        LocationColumn,
        MessageColumn,
        FixColumn,
        ColumnCount
    };
    enum Role
    {
        FileRole = Qt::UserRole + 1,
        LineRole,
        EnvironmentRole,
    };

    explicit FindingsModel(QObject *parent = nullptr);

    // environments gives the order and the names of environments without findings.
    void setReport(const QStringList &environments, const ReadinessReview::Report &report);
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString severityName(Severity severity);
    static QIcon severityIcon(Severity severity);

private:
    struct ServiceGroup
    {
        QString name;
        QList<Finding> findings;
    };
    struct EnvironmentGroup
    {
        QString name;
        bool unreadable = false; // its compose files could not be read at all
        QList<ServiceGroup> services;
        int count = 0;
    };

    QVariant environmentData(const EnvironmentGroup &group, int column, int role) const;
    QVariant serviceData(const ServiceGroup &group, int column, int role) const;
    QVariant findingData(const Finding &finding, int column, int role) const;

    QList<EnvironmentGroup> m_groups;
};

} // namespace blihops::gui
