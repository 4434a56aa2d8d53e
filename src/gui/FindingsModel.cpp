#include "FindingsModel.h"

#include <QApplication>
#include <QFileInfo>
#include <QStyle>

namespace blihops::gui {

namespace {

// Internal ids: 0 for an environment; environment + 1 for a service; and for a finding,
// environment + 1 in the low half and service + 1 in the high half.
constexpr int kShift = 16;
constexpr quintptr kLowMask = (quintptr(1) << kShift) - 1;

} // namespace

FindingsModel::FindingsModel(QObject *parent) : QAbstractItemModel(parent) {}

QString FindingsModel::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return tr("Info");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Error:
        return tr("Error");
    }
    return {};
}

QIcon FindingsModel::severityIcon(Severity severity)
{
    if (severity == Severity::Error)
        return QIcon(QStringLiteral(":/icons/error.svg"));
    return QApplication::style()->standardIcon(severity == Severity::Warning
                                                   ? QStyle::SP_MessageBoxWarning
                                                   : QStyle::SP_MessageBoxInformation);
}

void FindingsModel::setReport(const QStringList &environments,
                              const ReadinessReview::Report &report)
{
    beginResetModel();
    m_groups.clear();
    for (const QString &name : environments)
        m_groups.append({name, {}, {}, 0});
    const auto group = [this](const QString &name) -> EnvironmentGroup & {
        for (EnvironmentGroup &candidate : m_groups) {
            if (candidate.name == name)
                return candidate;
        }
        m_groups.append({name, {}, {}, 0});
        return m_groups.last();
    };
    for (const Finding &finding : report.findings) {
        EnvironmentGroup &environment = group(finding.environment);
        environment.unreadable |= finding.rule == QLatin1String("compose-unreadable");
        auto service = std::find_if(
            environment.services.begin(), environment.services.end(),
            [&](const ServiceGroup &candidate) { return candidate.name == finding.service; });
        if (service == environment.services.end()) {
            environment.services.append({finding.service, {}});
            service = environment.services.end() - 1;
        }
        service->findings.append(finding);
        ++environment.count;
    }
    endResetModel();
}

void FindingsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_groups.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_groups.size()) - 1, ColumnCount - 1));
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (parent.internalId() == 0)
        return createIndex(row, column, quintptr(parent.row() + 1));
    return createIndex(row, column, parent.internalId() | (quintptr(parent.row() + 1) << kShift));
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const quintptr environment = child.internalId() & kLowMask;
    const quintptr service = child.internalId() >> kShift;
    if (service == 0)
        return createIndex(int(environment) - 1, 0, quintptr(0));
    return createIndex(int(service) - 1, 0, environment);
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0)
        return 0;
    if (parent.internalId() == 0)
        return int(m_groups.at(parent.row()).services.size());
    if ((parent.internalId() >> kShift) == 0) {
        const EnvironmentGroup &group = m_groups.at(int(parent.internalId()) - 1);
        return int(group.services.at(parent.row()).findings.size());
    }
    return 0;
}

int FindingsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return environmentData(m_groups.at(index.row()), index.column(), role);
    const EnvironmentGroup &environment = m_groups.at(int(index.internalId() & kLowMask) - 1);
    const quintptr service = index.internalId() >> kShift;
    if (role == EnvironmentRole)
        return environment.name;
    if (service == 0)
        return serviceData(environment.services.at(index.row()), index.column(), role);
    return findingData(environment.services.at(int(service) - 1).findings.at(index.row()),
                       index.column(), role);
}

QVariant FindingsModel::environmentData(const EnvironmentGroup &group, int column, int role) const
{
    if (role == EnvironmentRole)
        return group.name;
    if (role == Qt::DecorationRole && column == ItemColumn)
        return group.unreadable ? QIcon(QStringLiteral(":/icons/error.svg"))
                                : QIcon(QStringLiteral(":/icons/environment.svg"));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (column == ItemColumn)
        return group.name;
    if (column == MessageColumn) {
        return group.count == 0 ? tr("Ready: no findings")
                                : tr("%n finding(s)", nullptr, group.count);
    }
    return {};
}

QVariant FindingsModel::serviceData(const ServiceGroup &group, int column, int role) const
{
    if (role == Qt::DecorationRole && column == ItemColumn)
        return QIcon(QStringLiteral(":/icons/service.svg"));
    if (role != Qt::DisplayRole)
        return {};
    if (column == ItemColumn)
        return group.name.isEmpty() ? tr("(project)") : group.name;
    if (column == MessageColumn)
        return tr("%n finding(s)", nullptr, int(group.findings.size()));
    return {};
}

QVariant FindingsModel::findingData(const Finding &finding, int column, int role) const
{
    switch (role) {
    case FileRole:
        return finding.file;
    case LineRole:
        return finding.line;
    case Qt::DecorationRole:
        return column == ItemColumn ? QVariant(severityIcon(finding.severity)) : QVariant();
    case Qt::ToolTipRole:
        return column == LocationColumn ? finding.file
                                        : tr("%1\nFix: %2").arg(finding.message, finding.fix);
    case Qt::DisplayRole:
        switch (column) {
        case ItemColumn:
            return severityName(finding.severity);
        case RuleColumn:
            return finding.rule;
        case LocationColumn:
            return finding.file.isEmpty() ? QString()
                                          : QStringLiteral("%1:%2")
                                                .arg(QFileInfo(finding.file).fileName())
                                                .arg(finding.line);
        case MessageColumn:
            return finding.message;
        case FixColumn:
            return finding.fix;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Finding");
    case RuleColumn:
        return tr("Rule");
    case LocationColumn:
        return tr("File:Line");
    case MessageColumn:
        return tr("Message");
    case FixColumn:
        return tr("Fix");
    default:
        return {};
    }
}

} // namespace blihops::gui
