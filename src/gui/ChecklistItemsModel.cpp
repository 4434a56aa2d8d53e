#include "ChecklistItemsModel.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPalette>

namespace blihops::gui {

namespace {

QString stateIcon(ItemState state)
{
    switch (state) {
    case ItemState::Pending:
        return QStringLiteral(":/icons/smoke-waiting.svg");
    case ItemState::Pass:
        return QStringLiteral(":/icons/smoke-passed.svg");
    case ItemState::Fail:
        return QStringLiteral(":/icons/smoke-failed.svg");
    case ItemState::Blocked:
        return QStringLiteral(":/icons/state-blocked.svg");
    case ItemState::NotApplicable:
        return QStringLiteral(":/icons/state-na.svg");
    }
    return {};
}

} // namespace

ChecklistItemsModel::ChecklistItemsModel(QObject *parent) : QAbstractItemModel(parent) {}

void ChecklistItemsModel::setRun(const ChecklistRun &run)
{
    beginResetModel();
    m_run = run;
    m_nodes = {Node()};
    m_nodeOfNumber.clear();
    QHash<QString, int> sectionNodes;
    for (qsizetype i = 0; i < m_run.items.size(); ++i) {
        const ChecklistItem &item = m_run.items.at(i);
        int parentNode = m_nodeOfNumber.value(item.parent, 0);
        if (parentNode == 0) {
            // A top-level item: under its section, made when first met.
            parentNode = sectionNodes.value(item.section, 0);
            if (parentNode == 0) {
                Node section;
                section.row = int(m_nodes.first().children.size());
                section.section = item.section;
                parentNode = int(m_nodes.size());
                m_nodes.first().children << parentNode;
                m_nodes.append(section);
                sectionNodes.insert(item.section, parentNode);
            }
        }
        Node node;
        node.parent = parentNode;
        node.row = int(m_nodes[parentNode].children.size());
        node.item = i;
        const int id = int(m_nodes.size());
        m_nodes[parentNode].children << id;
        m_nodes.append(node);
        m_nodeOfNumber.insert(item.number, id);
    }
    m_running.clear();
    endResetModel();
}

void ChecklistItemsModel::setItem(const ChecklistItem &item)
{
    const int node = m_nodeOfNumber.value(item.number, 0);
    if (node == 0)
        return;
    m_run.items[m_nodes.at(node).item] = item;
    emit dataChanged(indexOf(item.number, 0), indexOf(item.number, ColumnCount - 1));
}

void ChecklistItemsModel::setRunning(int number, bool running)
{
    if (running)
        m_running.insert(number);
    else
        m_running.remove(number);
    const QModelIndex cell = indexOf(number, CheckColumn);
    emit dataChanged(cell, cell);
}

const ChecklistItem *ChecklistItemsModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int node = m_nodes.at(int(index.internalId())).children.value(index.row(), 0);
    if (node == 0 || m_nodes.at(node).item < 0)
        return nullptr;
    return &m_run.items.at(m_nodes.at(node).item);
}

QModelIndex ChecklistItemsModel::indexOf(int number, int column) const
{
    const int node = m_nodeOfNumber.value(number, 0);
    if (node == 0)
        return {};
    return createIndex(m_nodes.at(node).row, column, quintptr(m_nodes.at(node).parent));
}

QList<int> ChecklistItemsModel::numbers() const
{
    QList<int> result;
    for (const ChecklistItem &item : m_run.items)
        result << item.number;
    return result;
}

void ChecklistItemsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    beginResetModel();
    endResetModel();
}

QModelIndex ChecklistItemsModel::index(int row, int column, const QModelIndex &parent) const
{
    // An index's internal id is its parent's node; its own node is that node's row-th child.
    const int parentNode =
        parent.isValid() ? m_nodes.at(int(parent.internalId())).children.value(parent.row(), 0) : 0;
    if (parentNode == 0 && parent.isValid())
        return {};
    if (row < 0 || row >= m_nodes.at(parentNode).children.size() || column < 0 ||
        column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(parentNode));
}

QModelIndex ChecklistItemsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = int(child.internalId());
    if (parentNode == 0)
        return {};
    const Node &node = m_nodes.at(parentNode);
    return createIndex(node.row, 0, quintptr(node.parent));
}

int ChecklistItemsModel::rowCount(const QModelIndex &parent) const
{
    if (m_nodes.isEmpty())
        return 0;
    if (!parent.isValid())
        return int(m_nodes.first().children.size());
    if (parent.column() != 0)
        return 0;
    const int node = m_nodes.at(int(parent.internalId())).children.value(parent.row(), 0);
    return node == 0 ? 0 : int(m_nodes.at(node).children.size());
}

int ChecklistItemsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ChecklistItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int node = m_nodes.at(int(index.internalId())).children.value(index.row(), 0);
    if (node == 0)
        return {};
    if (m_nodes.at(node).item >= 0)
        return itemData(m_run.items.at(m_nodes.at(node).item), index.column(), role);
    if (role == ItemNumberRole)
        return 0;
    if (role == Qt::FontRole) {
        QFont font = QApplication::font();
        font.setBold(true);
        return font;
    }
    if (role == Qt::ForegroundRole) // not greyed, though not selectable
        return QApplication::palette().brush(QPalette::Active, QPalette::WindowText);
    if (role == Qt::DisplayRole && index.column() == ItemColumn) {
        const QString &section = m_nodes.at(node).section;
        return section.isEmpty() ? tr("Items") : section;
    }
    return {};
}

Qt::ItemFlags ChecklistItemsModel::flags(const QModelIndex &index) const
{
    // Section rows are headings: the cursor walks from item to item past them.
    if (!index.isValid() || !itemAt(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QString ChecklistItemsModel::evidenceText(const ChecklistItem &item) const
{
    QStringList parts;
    for (const Evidence &evidence : item.evidence)
        parts << (evidence.kind == QLatin1String("document") ? tr("ticked in the document")
                                                             : evidence.toString());
    return parts.join(QStringLiteral(", "));
}

QVariant ChecklistItemsModel::itemData(const ChecklistItem &item, int column, int role) const
{
    switch (role) {
    case ItemNumberRole:
        return item.number;
    case InTheWayRole:
        return item.isInTheWay();
    case Qt::DecorationRole:
        return column == StateColumn ? QVariant(QIcon(stateIcon(item.state))) : QVariant();
    case Qt::ToolTipRole:
        if (column == NoteColumn && !item.note.isEmpty())
            return item.note;
        if (column == EvidenceColumn && !item.evidence.isEmpty()) {
            QStringList lines;
            for (const Evidence &evidence : item.evidence)
                lines << evidence.toString() + (evidence.detail.isEmpty()
                                                    ? QString()
                                                    : QStringLiteral(": ") + evidence.detail);
            return lines.join(QLatin1Char('\n'));
        }
        if (column == StateColumn && item.waiver)
            return tr("Waived by %1: %2").arg(item.waiver->by, item.waiver->reason);
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case ItemColumn:
            return QStringLiteral("%1. %2").arg(item.number).arg(item.text);
        case StateColumn:
            return item.waiver ? tr("%1 (waived)").arg(itemStateLabel(item.state))
                               : itemStateLabel(item.state);
        case NoteColumn:
            return item.note.section(QLatin1Char('\n'), 0, 0);
        case EvidenceColumn:
            return evidenceText(item);
        case CheckColumn:
            if (m_running.contains(item.number))
                return tr("Running…");
            return item.tie.isTied() ? item.tie.describe() : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ChecklistItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case StateColumn:
        return tr("State");
    case NoteColumn:
        return tr("Note");
    case EvidenceColumn:
        return tr("Evidence");
    case RunColumn:
        return tr("Run");
    case CheckColumn:
        return tr("Check");
    default:
        return {};
    }
}

} // namespace blihops::gui
