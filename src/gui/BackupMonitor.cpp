#include "BackupMonitor.h"

#include "Background.h"
#include "GuiSettings.h"
#include "WorkspaceRunner.h"
#include "backup/BackupHealthLog.h"
#include "backup/BackupHost.h"
#include "backup/BackupJobRepository.h"
#include "backup/WebhookNotifier.h"
#include "remote/HostKeyStore.h"
#include "remote/SshWorkPool.h"
#include "streams/EnvironmentFacts.h"
#include "verify/VerificationRepository.h"
#include "workspace/EnvironmentRepository.h"

#include <QMap>
#include <QUrl>

namespace blihops::gui {

namespace {

struct Listing
{
    QList<Environment> environments;
    QMap<QString, QList<BackupJob>> jobs;
    QHash<QString, QDateTime> proven; // the newest proving verification in the workspace
};

// The same alert seen again on the next refresh is no new alert.
QString alertKey(const QString &environment, const BackupAlerts::Alert &alert)
{
    return QStringList{environment, alert.job, BackupAlerts::kindKey(alert.kind),
                       alert.since.toUTC().toString(Qt::ISODate)}
        .join(QLatin1Char('|'));
}

} // namespace

BackupMonitor::BackupMonitor(WorkspaceRunner &runner, const QString &workspaceName, QObject *parent)
    : QObject(parent), m_runner(runner), m_workspaceName(workspaceName),
      m_webhook(new WebhookNotifier(this))
{
    const QStringList notified =
        GuiSettings(m_workspaceName).value(GuiSettings::Key::NotifiedBackupAlerts).toStringList();
    m_notified = QSet<QString>(notified.begin(), notified.end());
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &BackupMonitor::refresh);
    m_timer.start();
    connect(m_webhook, &WebhookNotifier::finished, this,
            [this](bool ok, const QString &error, int) {
                if (!m_posting)
                    return;
                const Post post = *m_posting;
                m_posting.reset();
                const QString key = post.environment + QLatin1Char('/') + post.alert.job;
                if (ok)
                    m_webhookErrors.remove(key);
                else
                    m_webhookErrors.insert(key, error);
                emit webhookFinished(post.environment, post.alert.job, ok, error);
                emit updated(post.environment);
                postNext();
            });
}

BackupMonitor::~BackupMonitor() = default;

void BackupMonitor::refresh()
{
    if (m_loading) {
        m_refreshAgain = true;
        return;
    }
    m_loading = true;
    m_refreshAgain = false;
    const int generation = ++m_generation;
    m_runner.run<Listing>(
        this,
        [](Workspace &workspace) {
            Listing listing;
            for (const BackupJob &job : BackupJobRepository(workspace).list())
                listing.jobs[job.environment] << job;
            for (const Environment &environment : EnvironmentRepository(workspace).list()) {
                if (!listing.jobs.contains(environment.name))
                    continue;
                listing.environments << environment;
                if (const auto proven =
                        VerificationRepository(workspace).lastProven(environment.name))
                    listing.proven.insert(environment.name, proven->finishedAt);
            }
            return listing;
        },
        [this, generation](const Listing &listing) {
            m_loading = false;
            if (generation != m_generation)
                return;
            if (m_refreshAgain)
                return refresh();
            const QStringList before = m_environments.keys();
            m_environments.clear();
            m_provenInWorkspace = listing.proven;
            for (const Environment &environment : listing.environments)
                m_environments.insert(environment.name, environment);
            // Environments whose last job went: nothing to show for them any more.
            for (const QString &name : before) {
                if (!m_environments.contains(name)) {
                    m_statuses.remove(name);
                    m_hostErrors.remove(name);
                    emit updated(name);
                }
            }
            if (listing.environments.isEmpty()) {
                emit refreshFinished();
                return;
            }
            for (const Environment &environment : listing.environments)
                ask(environment, listing.jobs.value(environment.name), generation);
        },
        [this](const Error &error) {
            m_loading = false;
            if (m_refreshAgain)
                return refresh();
            qWarning("backup status: the workspace could not be read: %s",
                     qPrintable(error.message()));
            emit refreshFinished();
        });
}

void BackupMonitor::ask(const Environment &environment, const QList<BackupJob> &jobs,
                        int generation)
{
    ++m_pendingHosts;
    const QString name = environment.name;
    attemptInBackground(
        this,
        [environment, jobs] {
            BackupHost host = BackupHost::connect(environment, HostKeyStore());
            const QString zone = host.zone();
            QList<BackupStatus> statuses;
            for (const BackupJob &job : jobs)
                statuses << BackupStatus::of(host, job, zone);
            return statuses;
        },
        [this, name, generation](const QList<BackupStatus> &statuses) {
            // A newer refresh asked the host again: its answer is the one that counts.
            if (generation != m_generation)
                return hostDone();
            m_statuses.insert(name, statuses);
            m_hostErrors.remove(name);
            record(name, statuses);
            announce(name, statuses);
            emit updated(name);
            hostDone();
        },
        [this, name, generation, url = environment.engineUrl](const Error &error) {
            if (generation != m_generation)
                return hostDone();
            m_hostErrors.insert(name, error.message());
            emit updated(name);
            if (error.kind() == ErrorKind::UntrustedHostKey ||
                error.kind() == ErrorKind::ChangedHostKey)
                emit hostKeyNeeded(name, url, error);
            hostDone();
        },
        sshWorkPool());
}

void BackupMonitor::hostDone()
{
    if (--m_pendingHosts == 0)
        emit refreshFinished();
}

// What was found, for the dashboards (which never reach the hosts themselves), as
// `blihopsctl backup status` records it.
void BackupMonitor::record(const QString &environment, const QList<BackupStatus> &statuses)
{
    m_runner.run<bool>(
        this,
        [environment, statuses](Workspace &workspace) {
            BackupHealthLog(workspace).record(environment, statuses);
            return true;
        },
        [](bool) {},
        [environment](const Error &error) {
            qWarning("backup status of %s: not recorded in the workspace: %s",
                     qPrintable(environment), qPrintable(error.message()));
        });
}

void BackupMonitor::announce(const QString &environment, const QList<BackupStatus> &statuses)
{
    bool changed = false;
    QSet<QString> active;
    for (const BackupStatus &status : statuses) {
        for (const BackupAlerts::Alert &alert : status.alerts)
            active << alertKey(environment, alert);
    }
    // An alert that is over is forgotten: the list stays as short as what is wrong now.
    const QString prefix = environment + QLatin1Char('|');
    for (auto it = m_notified.begin(); it != m_notified.end();) {
        if (it->startsWith(prefix) && !active.contains(*it)) {
            it = m_notified.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    for (const BackupStatus &status : statuses) {
        for (const BackupAlerts::Alert &alert : status.alerts) {
            const QString key = alertKey(environment, alert);
            if (m_notified.contains(key))
                continue;
            m_notified.insert(key);
            changed = true;
            emit alertRaised(environment, alert);
            if (!status.job.webhookUrl.isEmpty())
                m_posts.append({status.job.webhookUrl, environment, alert});
        }
    }
    if (!changed)
        return;
    GuiSettings(m_workspaceName)
        .setValue(GuiSettings::Key::NotifiedBackupAlerts,
                  QStringList(m_notified.begin(), m_notified.end()));
    postNext();
}

void BackupMonitor::postNext()
{
    if (m_posting || m_posts.isEmpty())
        return;
    m_posting = m_posts.takeFirst();
    m_webhook->notify(QUrl(m_posting->url), m_posting->environment, m_posting->alert);
}

std::optional<Environment> BackupMonitor::environment(const QString &name) const
{
    if (!m_environments.contains(name))
        return std::nullopt;
    return m_environments.value(name);
}

QList<BackupStatus> BackupMonitor::statuses(const QString &environment) const
{
    return m_statuses.value(environment);
}

QString BackupMonitor::hostError(const QString &environment) const
{
    return m_hostErrors.value(environment);
}

QString BackupMonitor::webhookError(const QString &environment, const QString &job) const
{
    return m_webhookErrors.value(environment + QLatin1Char('/') + job);
}

QDateTime BackupMonitor::lastProvenRestore(const QString &environment) const
{
    QDateTime at = m_provenInWorkspace.value(environment);
    for (const BackupStatus &status : m_statuses.value(environment)) {
        if (const std::optional<HostVerification> &passed = status.lastPassedVerification) {
            const QDateTime done = passed->started.addMSecs(passed->durationMs);
            if (!at.isValid() || done > at)
                at = done;
        }
    }
    return at;
}

QString BackupMonitor::restoreProofWarning(const QString &environment, const QDateTime &now) const
{
    if (!m_environments.contains(environment))
        return {};
    const QDateTime proven = lastProvenRestore(environment);
    if (!proven.isValid())
        return tr("No restore has proven a backup of %1 yet: verify one (Backups mode, Verify "
                  "Restore…), or schedule a verification on the host.")
            .arg(environment);
    const qint64 days = proven.secsTo(now) / 86400;
    if (days <= EnvironmentFacts::kVerifiedRestoreDays)
        return {};
    return tr("The last proven restore of a backup of %1 is %n day(s) old, more than the %2 "
              "days allowed.",
              nullptr, int(days))
        .arg(environment)
        .arg(EnvironmentFacts::kVerifiedRestoreDays);
}

QStringList BackupMonitor::alertLines(const QString &environment) const
{
    QStringList lines;
    for (const BackupStatus &status : m_statuses.value(environment)) {
        for (const BackupAlerts::Alert &alert : status.alerts)
            lines << tr("%1: %2").arg(alert.job, alert.message);
    }
    return lines;
}

} // namespace blihops::gui
