#pragma once

#include "backup/BackupJob.h"
#include "backup/BackupStatus.h"

#include <QAbstractTableModel>
#include <QHash>

namespace blihops::gui {

// The backup jobs of one environment as the workspace keeps them, with where each stands on
// its host (BackupStatus from BackupMonitor): next and last run, last result, duration,
// size, free space and alerts.
class BackupJobsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        SourcesColumn,
        ScheduleColumn,
        NextRunColumn,
        LastRunColumn,
        ResultColumn,
        DurationColumn,
        SizeColumn,
        AlertsColumn,
        ColumnCount
    };

    explicit BackupJobsModel(QObject *parent = nullptr);

    void setJobs(const QList<BackupJob> &jobs);
    // The statuses the host gave (by job name); statusError: why there are none.
    void setStatuses(const QList<BackupStatus> &statuses, const QString &statusError);
    // The last webhook failure of each job (by name).
    void setWebhookErrors(const QHash<QString, QString> &errors);
    const QList<BackupJob> &jobs() const { return m_jobs; }
    const BackupJob *jobAt(int row) const;
    int rowOf(const QString &job) const;
    const BackupStatus *statusOf(const QString &job) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString sources(const BackupJob &job);
    static QString when(const QDateTime &at);
    static QString duration(qint64 ms);

private:
    QList<BackupJob> m_jobs;
    QHash<QString, BackupStatus> m_statuses;
    QHash<QString, QString> m_webhookErrors;
    QString m_statusError;
};

} // namespace blihops::gui
