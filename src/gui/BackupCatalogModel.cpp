#include "BackupCatalogModel.h"

#include "BackupJobsModel.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <algorithm>

namespace blihops::gui {

BackupCatalogModel::BackupCatalogModel(QObject *parent) : QAbstractTableModel(parent) {}

void BackupCatalogModel::setEntries(const QList<BackupCatalog::Entry> &entries,
                                    const QSet<QString> &present,
                                    const QHash<QString, QDateTime> &verified)
{
    beginResetModel();
    m_entries = entries;
    m_present = present;
    m_verified = verified;
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const auto &a, const auto &b) {
        return a.record.started > b.record.started;
    });
    endResetModel();
}

bool BackupCatalogModel::isPresent(const BackupCatalog::Entry &entry) const
{
    return !entry.path().isEmpty() && m_present.contains(entry.path());
}

const BackupCatalog::Entry *BackupCatalogModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int BackupCatalogModel::rowOf(const QString &job, const QString &id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).record.job == job && m_entries.at(row).record.id == id)
            return row;
    }
    return -1;
}

void BackupCatalogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

int BackupCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BackupCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupCatalogModel::data(const QModelIndex &index, int role) const
{
    const BackupCatalog::Entry *entry = entryAt(index.row());
    if (!entry || index.parent().isValid())
        return {};
    const BackupRecord &record = entry->record;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StartedColumn:
            return BackupJobsModel::when(record.started);
        case JobColumn:
            return record.job;
        case KindColumn:
            return record.kind == BackupRecord::Kind::Database ? tr("database") : tr("storage");
        case SourceColumn:
            return record.source;
        case SizeColumn:
            return record.ok ? QLocale().formattedDataSize(record.size, 1,
                                                           QLocale::DataSizeTraditionalFormat)
                             : QString();
        case Sha256Column:
            return record.sha256;
        case DurationColumn:
            return BackupJobsModel::duration(record.durationMs);
        case ResultColumn:
            if (!record.ok)
                return tr("failed");
            return isPresent(*entry) ? tr("ok") : tr("ok, file gone");
        case VerifiedColumn:
            if (const auto at = m_verified.constFind(record.id); at != m_verified.constEnd())
                return QLocale().toString(at->toLocalTime(), QLocale::ShortFormat);
            return tr("not yet");
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ResultColumn && !record.ok)
            return record.error;
        if (index.column() == StartedColumn)
            return tr("%1, id %2")
                .arg(entry->path().isEmpty() ? entry->folder : entry->path(), record.id);
        if (index.column() == Sha256Column)
            return record.sha256;
    }
    // A line whose file was pruned or deleted: greyed, and without the check mark of a
    // backup there is.
    const bool gone = record.ok && !isPresent(*entry);
    if (role == Qt::ForegroundRole && gone)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::FontRole && index.column() == Sha256Column)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role == Qt::DecorationRole && index.column() == ResultColumn && !gone)
        return QIcon(record.ok ? QStringLiteral(":/icons/smoke-passed.svg")
                               : QStringLiteral(":/icons/smoke-failed.svg"));
    return {};
}

QVariant BackupCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartedColumn:
        return tr("Time");
    case JobColumn:
        return tr("Job");
    case KindColumn:
        return tr("Kind");
    case SourceColumn:
        return tr("Source");
    case SizeColumn:
        return tr("Size");
    case Sha256Column:
        return tr("SHA-256");
    case DurationColumn:
        return tr("Duration");
    case ResultColumn:
        return tr("Result");
    case VerifiedColumn:
        return tr("Verified");
    }
    return {};
}

} // namespace blihops::gui
