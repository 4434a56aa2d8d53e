#pragma once

#include "backup/BackupStatus.h"
#include "util/Error.h"
#include "workspace/Environment.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <optional>

namespace blihops {
class WebhookNotifier;
}

namespace blihops::gui {

class WorkspaceRunner;

// Where every backup job of the workspace stands (BackupStatus, read from its host's
// manifests and destinations), refreshed every few minutes and on demand, never on the GUI
// thread. An alert this workstation has not announced before (kept in GuiSettings, so a
// restart does not announce it again) is raised once: alertRaised() (the tray shows it) and
// a POST to the job's webhook (WebhookNotifier, retried), whose failure is reported.
class BackupMonitor : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 5 * 60 * 1000;

    BackupMonitor(WorkspaceRunner &runner, const QString &workspaceName, QObject *parent);
    ~BackupMonitor() override;

    // Every environment's jobs, read again; each host asked again. Asked while the jobs are
    // being read, it runs again once they are (what changed meanwhile may not be in them).
    void refresh();
    bool isRefreshing() const { return m_pendingHosts > 0 || m_loading; }
    QStringList environments() const { return m_environments.keys(); }
    std::optional<Environment> environment(const QString &name) const;
    QList<BackupStatus> statuses(const QString &environment) const;
    // Why the host could not be asked (empty when it answered).
    QString hostError(const QString &environment) const;
    // The last webhook failure of a job, empty when the last POST went through.
    QString webhookError(const QString &environment, const QString &job) const;
    // Every alert of the environment's jobs, one line each ("JOB: message").
    QStringList alertLines(const QString &environment) const;
    // When a restore last proved a backup of the environment intact: a verification the
    // workspace holds, or one its host ran on schedule; invalid when none ever did.
    QDateTime lastProvenRestore(const QString &environment) const;
    // A warning once that is longer ago than EnvironmentFacts::kVerifiedRestoreDays (or
    // never was) for an environment with backup jobs; empty otherwise.
    QString restoreProofWarning(const QString &environment,
                                const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

signals:
    // One environment's statuses (or host error) changed.
    void updated(const QString &environment);
    void refreshFinished();
    void alertRaised(const QString &environment, const blihops::BackupAlerts::Alert &alert);
    void webhookFinished(const QString &environment, const QString &job, bool ok,
                         const QString &error);
    // The host stopped over its SSH key: the user has to decide.
    void hostKeyNeeded(const QString &environment, const QString &engineUrl,
                       const blihops::Error &error);

private:
    struct Post
    {
        QString url;
        QString environment;
        BackupAlerts::Alert alert;
    };

    void ask(const Environment &environment, const QList<BackupJob> &jobs, int generation);
    void record(const QString &environment, const QList<BackupStatus> &statuses);
    void announce(const QString &environment, const QList<BackupStatus> &statuses);
    void postNext();
    void hostDone();

    WorkspaceRunner &m_runner;
    QString m_workspaceName;
    QTimer m_timer;
    WebhookNotifier *m_webhook;
    QHash<QString, Environment> m_environments;
    QHash<QString, QList<BackupStatus>> m_statuses;
    QHash<QString, QDateTime> m_provenInWorkspace;
    QHash<QString, QString> m_hostErrors;
    QHash<QString, QString> m_webhookErrors; // ENV/JOB -> error
    QList<Post> m_posts;
    std::optional<Post> m_posting;
    QSet<QString> m_notified;
    int m_pendingHosts = 0;
    bool m_loading = false;
    bool m_refreshAgain = false; // asked for while the jobs were being read
    int m_generation = 0;
};

} // namespace blihops::gui
