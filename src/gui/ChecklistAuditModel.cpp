#include "ChecklistAuditModel.h"

#include <QLocale>

namespace blihops::gui {

ChecklistAuditModel::ChecklistAuditModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChecklistAuditModel::setEntries(const QList<ChecklistAudit::Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void ChecklistAuditModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

int ChecklistAuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ChecklistAuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChecklistAuditModel::changeLabel(const QString &action) const
{
    static const QList<std::pair<QString, const char *>> labels = {
        {QStringLiteral("run.start"), QT_TR_NOOP("Run started")},
        {QStringLiteral("run.sign"), QT_TR_NOOP("Signed off")},
        {QStringLiteral("run.reopen"), QT_TR_NOOP("Reopened")},
        {QStringLiteral("item.state"), QT_TR_NOOP("State")},
        {QStringLiteral("item.note"), QT_TR_NOOP("Note")},
        {QStringLiteral("item.evidence"), QT_TR_NOOP("Evidence added")},
        {QStringLiteral("item.evidence.remove"), QT_TR_NOOP("Evidence removed")},
        {QStringLiteral("item.waive"), QT_TR_NOOP("Waived")},
        {QStringLiteral("item.unwaive"), QT_TR_NOOP("Waiver removed")},
        {QStringLiteral("item.tie"), QT_TR_NOOP("Check tied")},
    };
    for (const auto &[key, label] : labels) {
        if (key == action)
            return tr(label);
    }
    return action;
}

QVariant ChecklistAuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ChecklistAudit::Entry &entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && (index.column() == OldColumn || index.column() == NewColumn))
        return index.column() == OldColumn ? entry.oldValue : entry.newValue;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case WhoColumn:
        return entry.actor;
    case RevisionColumn:
        return entry.revision;
    case ItemColumn:
        return entry.item > 0 ? QVariant(entry.item) : QVariant();
    case ChangeColumn:
        return changeLabel(entry.action);
    case OldColumn:
        return entry.oldValue.section(QLatin1Char('\n'), 0, 0);
    case NewColumn:
        return entry.newValue.section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

QVariant ChecklistAuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case RevisionColumn:
        return tr("Revision");
    case ItemColumn:
        return tr("Item");
    case ChangeColumn:
        return tr("Change");
    case OldColumn:
        return tr("Before");
    case NewColumn:
        return tr("After");
    default:
        return {};
    }
}

} // namespace blihops::gui
