#pragma once

#include "docker/EnvironmentMonitor.h"
#include "workspace/Environment.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>

namespace blihops::gui {

// An environment as the window shows it: the stored environment and the services its
// compose files declare (read on the workspace thread).
struct EnvironmentEntry
{
    Environment environment;
    QStringList services;
    QString composeError;
    QStringList missingFiles; // compose or env files that are not on this machine
};

// Environments as top-level rows, their compose services (or the reason they could not be
// read) as children. Columns: name, tier, engine.
class EnvironmentTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        BackupsColumn, // the backup alert badge
        TierColumn,
        EngineColumn,
        ColumnCount
    };
    enum Role
    {
        EnvironmentNameRole = Qt::UserRole + 1,
        IsServiceRole
    };

    explicit EnvironmentTreeModel(QObject *parent = nullptr);

    void setEntries(const QList<EnvironmentEntry> &entries);
    // The live rollup of an environment's stack, from its monitor.
    void setStatus(const QString &environmentName, EnvironmentMonitor::Rollup rollup,
                   const QString &reason);
    // The backup alerts of an environment's jobs (BackupMonitor): a badge with their count,
    // the messages as its tool tip; an empty list takes the badge away.
    void setBackupAlerts(const QString &environmentName, const QStringList &messages);
    // Shown amber in the Backups column (after any alerts): no restore proven lately.
    void setRestoreProofWarning(const QString &environmentName, const QString &warning);
    const QList<EnvironmentEntry> &entries() const { return m_entries; }
    // The entry an index belongs to (itself or its parent), or nullptr.
    const EnvironmentEntry *entryAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &environmentName) const;
    // Headers and texts follow the interface language.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString tierName(Tier tier);
    static QIcon tierIcon(Tier tier);
    static QString rollupName(EnvironmentMonitor::Rollup rollup);
    static QIcon rollupIcon(EnvironmentMonitor::Rollup rollup);

private:
    QVariant environmentData(const EnvironmentEntry &entry, int column, int role) const;
    // The environment's Backups cell is to be drawn again.
    void backupsChanged(const QString &environmentName);
    QVariant childData(const EnvironmentEntry &entry, int row, int column, int role) const;

    struct Status
    {
        EnvironmentMonitor::Rollup rollup = EnvironmentMonitor::Rollup::Unknown;
        QString reason;
    };

    QList<EnvironmentEntry> m_entries;
    QHash<QString, Status> m_status;
    QHash<QString, QStringList> m_backupAlerts;
    QHash<QString, QString> m_restoreWarnings;
};

} // namespace blihops::gui
