#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace blihops {

// A scheduled backup of one environment, as the workspace keeps it: what (a PostgreSQL
// service's databases, volumes, host paths), when (a cron expression in the host's zone),
// how long (retention), where (destinations on the host, an optional second copy) and who
// hears of failures (a webhook; its URL is a workspace setting, not a keychain secret).
struct BackupJob
{
    Q_DECLARE_TR_FUNCTIONS(BackupJob)

public:
    enum class Scheduler
    {
        Cron,          // a marked block in the user's crontab
        SystemdUser,   // a user timer (~/.config/systemd/user)
        SystemdSystem, // a system timer (/etc/systemd/system)
    };

    qint64 id = 0;
    QString environment;
    QString name;            // [A-Za-z0-9._-], unique per environment: it names files and units
    QString databaseService; // the compose service of PostgreSQL; empty: no database backup
    QStringList databases;   // with databaseService
    QString databaseUser;    // empty: the container's POSTGRES_USER, else postgres
    QStringList volumes;     // engine volume names (<project>_<name>, or the name: set)
    QStringList paths;       // host paths (bind mounts)
    QString cron = QStringLiteral("0 2 * * *");
    // When the host proves the newest backups restore (BackupScript's verify mode), in the
    // same zone; empty: no scheduled verification.
    QString verifyCron;
    QString zone; // IANA name of the host's zone; empty: the host's local time
    int keepDays = 30;
    int keepMin = 3;
    QString databaseDestination = QStringLiteral("/backups/postgresql");
    QString storageDestination = QStringLiteral("/backups/storage");
    QString copyTo;     // ssh://[user@]host[:port]/dir, or empty
    QString webhookUrl; // http(s)://…, or empty
    Scheduler scheduler = Scheduler::Cron;
    bool enabled = true;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;

    bool backsUpDatabase() const { return !databaseService.isEmpty(); }
    bool backsUpStorage() const { return !volumes.isEmpty() || !paths.isEmpty(); }
    bool verifiesOnHost() const { return !verifyCron.isEmpty(); }

    static QString schedulerKey(Scheduler scheduler); // cron, systemd-user, systemd-system
    // Throws Error(BadInput) for an unknown key.
    static Scheduler schedulerFromKey(const QString &key);

    // Throws Error(BadInput) naming the first field that is wrong: the name, nothing to back
    // up, databases without a service, a cron expression cron refuses (of the
    // backups or of the verification), an unknown zone,
    // retention below 1, a relative destination, a copy target or webhook that is not a URL
    // of its kind, a line break in any name or path.
    void validate() const;
};

} // namespace blihops
