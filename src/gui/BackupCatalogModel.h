#pragma once

#include "backup/BackupCatalog.h"

#include <QAbstractTableModel>
#include <QSet>

namespace blihops::gui {

// The catalog of an environment: every manifest line of its jobs, read from the host,
// newest first: time, job, kind, source, size, SHA-256, duration, result and when restore
// verification proved it (not recorded yet: empty).
class BackupCatalogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StartedColumn,
        JobColumn,
        KindColumn,
        SourceColumn,
        SizeColumn,
        Sha256Column,
        DurationColumn,
        ResultColumn,
        VerifiedColumn,
        ColumnCount
    };

    explicit BackupCatalogModel(QObject *parent = nullptr);

    // present: the paths of the files the host has; a line whose file is gone (pruned,
    // deleted) is shown as such. verified: when a restore last proved a backup, by its id.
    void setEntries(const QList<BackupCatalog::Entry> &entries, const QSet<QString> &present,
                    const QHash<QString, QDateTime> &verified = {});
    bool isPresent(const BackupCatalog::Entry &entry) const;
    const QList<BackupCatalog::Entry> &entries() const { return m_entries; }
    const BackupCatalog::Entry *entryAt(int row) const;
    int rowOf(const QString &job, const QString &id) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<BackupCatalog::Entry> m_entries;
    QSet<QString> m_present;
    QHash<QString, QDateTime> m_verified;
};

} // namespace blihops::gui
