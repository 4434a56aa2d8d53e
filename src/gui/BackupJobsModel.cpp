#include "BackupJobsModel.h"

#include <QIcon>
#include <QLocale>

namespace blihops::gui {

BackupJobsModel::BackupJobsModel(QObject *parent) : QAbstractTableModel(parent) {}

void BackupJobsModel::setJobs(const QList<BackupJob> &jobs)
{
    beginResetModel();
    m_jobs = jobs;
    endResetModel();
}

void BackupJobsModel::setStatuses(const QList<BackupStatus> &statuses, const QString &statusError)
{
    m_statuses.clear();
    for (const BackupStatus &status : statuses)
        m_statuses.insert(status.job.name, status);
    m_statusError = statusError;
    if (!m_jobs.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_jobs.size()) - 1, ColumnCount - 1));
}

void BackupJobsModel::setWebhookErrors(const QHash<QString, QString> &errors)
{
    m_webhookErrors = errors;
    if (!m_jobs.isEmpty())
        emit dataChanged(index(0, AlertsColumn), index(int(m_jobs.size()) - 1, AlertsColumn));
}

const BackupJob *BackupJobsModel::jobAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? &m_jobs.at(row) : nullptr;
}

int BackupJobsModel::rowOf(const QString &job) const
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).name == job)
            return row;
    }
    return -1;
}

const BackupStatus *BackupJobsModel::statusOf(const QString &job) const
{
    const auto it = m_statuses.constFind(job);
    return it == m_statuses.cend() ? nullptr : &*it;
}

void BackupJobsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_jobs.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_jobs.size()) - 1, ColumnCount - 1));
}

int BackupJobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int BackupJobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BackupJobsModel::sources(const BackupJob &job)
{
    QStringList what;
    for (const QString &database : job.databases)
        what << job.databaseService + QLatin1Char(':') + database;
    what << job.volumes << job.paths;
    return what.join(QStringLiteral(", "));
}

QString BackupJobsModel::when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                        : QString();
}

QString BackupJobsModel::duration(qint64 ms)
{
    return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

QVariant BackupJobsModel::data(const QModelIndex &index, int role) const
{
    const BackupJob *job = jobAt(index.row());
    if (!job || index.parent().isValid())
        return {};
    const BackupStatus *status = statusOf(job->name);
    const QString webhookError = m_webhookErrors.value(job->name);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return job->enabled ? job->name : tr("%1 (disabled)").arg(job->name);
        case SourcesColumn:
            return sources(*job);
        case ScheduleColumn:
            return QStringLiteral("%1 (%2)").arg(job->cron,
                                                 BackupJob::schedulerKey(job->scheduler));
        case NextRunColumn:
            return status ? when(status->nextRun) : QString();
        case LastRunColumn:
            return status && status->lastRun ? when(status->lastRun->started) : QString();
        case ResultColumn:
            if (!status)
                return m_statusError.isEmpty() ? tr("reading…") : tr("unknown");
            if (!status->lastRun)
                return tr("no run yet");
            return status->lastRun->ok ? tr("ok") : tr("failed");
        case DurationColumn:
            return status && status->lastRun ? duration(status->lastRun->durationMs) : QString();
        case SizeColumn:
            return status && status->lastSize > 0
                       ? QLocale().formattedDataSize(status->lastSize, 1,
                                                     QLocale::DataSizeTraditionalFormat)
                       : QString();
        case AlertsColumn: {
            QStringList alerts;
            if (status) {
                for (const BackupAlerts::Alert &alert : status->alerts)
                    alerts << BackupAlerts::kindKey(alert.kind);
            }
            if (!webhookError.isEmpty())
                alerts << tr("webhook failed");
            return alerts.isEmpty() ? (status ? tr("none") : QString())
                                    : alerts.join(QStringLiteral(", "));
        }
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ResultColumn && status && status->lastRun && !status->lastRun->ok)
            return status->lastRun->error;
        if (index.column() == ResultColumn && !status)
            return m_statusError;
        if (index.column() == AlertsColumn) {
            QStringList lines;
            if (status) {
                for (const BackupAlerts::Alert &alert : status->alerts)
                    lines << alert.message;
                if (status->freeBytes)
                    lines << tr("%1 free at the destination")
                                 .arg(QLocale().formattedDataSize(
                                     *status->freeBytes, 1, QLocale::DataSizeTraditionalFormat));
            }
            if (!webhookError.isEmpty())
                lines << tr("The webhook could not be told: %1").arg(webhookError);
            return lines.join(QLatin1Char('\n'));
        }
    }
    if (role == Qt::DecorationRole && index.column() == AlertsColumn &&
        ((status && !status->alerts.isEmpty()) || !webhookError.isEmpty()))
        return QIcon(QStringLiteral(":/icons/backup-alert.svg"));
    if (role == Qt::DecorationRole && index.column() == ResultColumn && status && status->lastRun)
        return QIcon(status->lastRun->ok ? QStringLiteral(":/icons/smoke-passed.svg")
                                         : QStringLiteral(":/icons/smoke-failed.svg"));
    return {};
}

QVariant BackupJobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Job");
    case SourcesColumn:
        return tr("Backs up");
    case ScheduleColumn:
        return tr("Schedule");
    case NextRunColumn:
        return tr("Next run");
    case LastRunColumn:
        return tr("Last run");
    case ResultColumn:
        return tr("Last result");
    case DurationColumn:
        return tr("Duration");
    case SizeColumn:
        return tr("Size");
    case AlertsColumn:
        return tr("Alerts");
    }
    return {};
}

} // namespace blihops::gui
