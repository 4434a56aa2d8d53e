#include "SmokeResultsModel.h"

#include <QBrush>
#include <QIcon>
#include <QLocale>
#include <QPalette>

namespace blihops::gui {

SmokeResultsModel::SmokeResultsModel(QObject *parent) : QAbstractTableModel(parent) {}

void SmokeResultsModel::setResults(const QList<SmokeResult> &results)
{
    beginResetModel();
    m_rows.clear();
    for (const SmokeResult &result : results)
        m_rows.append({result.check, result.kind, result.target, State::Done, result});
    endResetModel();
}

void SmokeResultsModel::prepare(const QList<SmokeCheck> &checks, const QStringList &only)
{
    if (only.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        for (const SmokeCheck &check : checks) {
            if (check.enabled)
                m_rows.append({check.name, check.kind, check.target(), State::Waiting, {}});
        }
        endResetModel();
        startNext();
        return;
    }
    // Row by row, not a reset: the selection the rerun came from stays.
    // In the order the runner takes them (the suite's), so that "running" moves down.
    for (const SmokeCheck &check : checks) {
        if (!only.contains(check.name))
            continue;
        const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                     [&](const Row &row) { return row.check == check.name; });
        if (it == m_rows.end()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows.append({check.name, check.kind, check.target(), State::Waiting, {}});
            endInsertRows();
        } else {
            it->kind = check.kind;
            it->target = check.target();
            it->state = State::Waiting;
            rowChanged(int(it - m_rows.begin()));
        }
    }
    startNext();
}

void SmokeResultsModel::setResult(const SmokeResult &result)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.check != result.check)
            continue;
        row.kind = result.kind;
        row.target = result.target;
        row.state = State::Done;
        row.result = result;
        rowChanged(i);
        break;
    }
    startNext();
}

void SmokeResultsModel::finish()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.state == State::Waiting || row.state == State::Running) {
            row.state = row.result ? State::Done : State::NotRun;
            rowChanged(i);
        }
    }
}

void SmokeResultsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void SmokeResultsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString SmokeResultsModel::checkName(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).check : QString();
}

QList<SmokeResult> SmokeResultsModel::results() const
{
    QList<SmokeResult> results;
    for (const Row &row : m_rows) {
        if (row.result)
            results.append(*row.result);
    }
    return results;
}

std::optional<SmokeResult> SmokeResultsModel::result(const QString &check) const
{
    for (const Row &row : m_rows) {
        if (row.check == check && row.state == State::Done)
            return row.result;
    }
    return std::nullopt;
}

bool SmokeResultsModel::isRunning() const
{
    return std::any_of(m_rows.begin(), m_rows.end(), [](const Row &row) {
        return row.state == State::Waiting || row.state == State::Running;
    });
}

void SmokeResultsModel::startNext()
{
    // The runner takes the checks one after the other: the first waiting one is under way.
    if (std::any_of(m_rows.begin(), m_rows.end(),
                    [](const Row &row) { return row.state == State::Running; }))
        return;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).state == State::Waiting) {
            m_rows[i].state = State::Running;
            rowChanged(i);
            return;
        }
    }
}

void SmokeResultsModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int SmokeResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SmokeResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SmokeResultsModel::formatDuration(qint64 milliseconds)
{
    if (milliseconds < 1000)
        return tr("%1 ms").arg(milliseconds);
    return tr("%1 s").arg(QLocale().toString(double(milliseconds) / 1000.0, 'f', 1));
}

QString SmokeResultsModel::text(const Row &row, int column) const
{
    const bool done = row.state == State::Done && row.result;
    switch (column) {
    case CheckColumn:
        return row.check;
    case KindColumn:
        return SmokeCheck::kindLabel(row.kind);
    case TargetColumn:
        return row.target;
    case ResultColumn:
        switch (row.state) {
        case State::Waiting:
            return tr("Waiting");
        case State::Running:
            return tr("Running…");
        case State::NotRun:
            return tr("Not run");
        case State::Done:
            return row.result && row.result->passed ? tr("Passed") : tr("Failed");
        }
        return {};
    case DurationColumn:
        return done ? formatDuration(row.result->durationMs) : QString();
    case MessageColumn:
        // A row waiting for a rerun shows what it said last time, until it answers again.
        return row.result ? row.result->message : QString();
    }
    return {};
}

QVariant SmokeResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const bool done = row.state == State::Done && row.result;
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        // The message is often longer than its column: the whole of it on hover.
        if (index.column() == MessageColumn || index.column() == TargetColumn)
            return text(row, index.column());
        return {};
    case Qt::DecorationRole:
        if (index.column() != ResultColumn)
            return {};
        if (done)
            return QIcon(row.result->passed ? QStringLiteral(":/icons/smoke-passed.svg")
                                            : QStringLiteral(":/icons/smoke-failed.svg"));
        return QIcon(QStringLiteral(":/icons/smoke-waiting.svg"));
    case Qt::ForegroundRole:
        // Rows not yet (or no longer) answering are greyed, as disabled text is.
        if (!done)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CheckNameRole:
        return row.check;
    case StateRole:
        return int(row.state);
    case PassedRole:
        return done && row.result->passed;
    }
    return {};
}

QVariant SmokeResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CheckColumn:
        return tr("Check");
    case KindColumn:
        return tr("Kind");
    case TargetColumn:
        return tr("Target");
    case ResultColumn:
        return tr("Result");
    case DurationColumn:
        return tr("Duration");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace blihops::gui
