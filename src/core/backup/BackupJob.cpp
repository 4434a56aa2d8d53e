#include "backup/BackupJob.h"

#include "backup/CronExpression.h"
#include "util/Error.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace blihops {

QString BackupJob::schedulerKey(Scheduler scheduler)
{
    switch (scheduler) {
    case Scheduler::Cron:
        return QStringLiteral("cron");
    case Scheduler::SystemdUser:
        return QStringLiteral("systemd-user");
    case Scheduler::SystemdSystem:
        break;
    }
    return QStringLiteral("systemd-system");
}

BackupJob::Scheduler BackupJob::schedulerFromKey(const QString &key)
{
    for (const Scheduler scheduler :
         {Scheduler::Cron, Scheduler::SystemdUser, Scheduler::SystemdSystem}) {
        if (schedulerKey(scheduler) == key)
            return scheduler;
    }
    throw Error(ErrorKind::BadInput,
                tr("Unknown scheduler \"%1\": use cron, systemd-user or systemd-system.").arg(key));
}

void BackupJob::validate() const
{
    const auto fail = [&](const QString &what) {
        return Error(ErrorKind::BadInput, tr("Backup job %1: %2").arg(name, what));
    };
    static const QRegularExpression jobName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!jobName.match(name).hasMatch())
        throw fail(tr("the name must be 1–64 letters, digits, dots, dashes or underscores, "
                      "starting with a letter or digit (it names files and units)."));
    if (environment.isEmpty())
        throw fail(tr("it needs an environment."));
    if (!backsUpDatabase() && !backsUpStorage())
        throw fail(tr("it backs up nothing: name a database service or a volume or path."));
    if (backsUpDatabase() && databases.isEmpty())
        throw fail(
            tr("the database service %1 needs at least one database name.").arg(databaseService));
    if (!backsUpDatabase() && !databases.isEmpty())
        throw fail(tr("databases are named but no database service."));
    QStringList words = databases + volumes + paths;
    words << databaseService << databaseUser << databaseDestination << storageDestination << copyTo
          << webhookUrl << zone;
    for (const QString &word : std::as_const(words)) {
        if (word.contains(QLatin1Char('\n')) || word.contains(QLatin1Char('\r')) ||
            word.contains(QChar(0)))
            throw fail(tr("\"%1\" holds a line break.").arg(word));
    }
    for (const QString &entry : databases + volumes) {
        if (entry.isEmpty())
            throw fail(tr("a database or volume name is empty."));
    }
    for (const QString &path : paths + QStringList{databaseDestination, storageDestination}) {
        if (!path.startsWith(QLatin1Char('/')))
            throw fail(tr("\"%1\" is not an absolute path on the host.").arg(path));
    }
    CronExpression::parse(cron);
    if (verifiesOnHost()) {
        try {
            CronExpression::parse(verifyCron);
        } catch (const Error &error) {
            throw fail(tr("the verification schedule: %1").arg(error.message()));
        }
    }
    if (!zone.isEmpty() && !QTimeZone(zone.toUtf8()).isValid())
        throw fail(tr("\"%1\" is not a time zone name (such as Europe/Berlin).").arg(zone));
    if (keepDays < 1 || keepMin < 1)
        throw fail(tr("keep at least 1 day and at least 1 backup."));
    if (!copyTo.isEmpty()) {
        const QUrl url(copyTo);
        // A user or host that starts with "-" would reach ssh as an option.
        if (url.scheme() != QLatin1String("ssh") || url.host().isEmpty() ||
            !url.path().startsWith(QLatin1Char('/')) || url.host().startsWith(QLatin1Char('-')) ||
            url.userName().startsWith(QLatin1Char('-')))
            throw fail(tr("the second copy \"%1\" must be ssh://[user@]host[:port]/directory.")
                           .arg(copyTo));
    }
    if (!webhookUrl.isEmpty()) {
        const QUrl url(webhookUrl);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            throw fail(tr("the webhook \"%1\" is not an http:// or https:// URL.").arg(webhookUrl));
    }
}

} // namespace blihops
