#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace blihops {

class CronExpression;

// The .service and .timer of a job for systemd (252 on Debian 12): a oneshot service that
// runs the script, and a timer with Persistent=true, so that a run missed while the host was
// off happens at the next boot. A user unit goes to ~/.config/systemd/user (and needs
// `loginctl enable-linger` to run without a session); a system unit to /etc/systemd/system.
//
// The schedule is the cron expression written as OnCalendar= lines: every field as a list of
// its values; when cron ORs day of month and day of week (both restricted), two lines, one
// for each, since systemd ANDs them. Each line carries the zone. systemd's own DST rules
// apply then (a time inside a gap is skipped that day, cron runs it at the jump).
class SystemdUnits
{
    Q_DECLARE_TR_FUNCTIONS(SystemdUnits)

public:
    enum class Scope
    {
        User,
        System
    };
    // What the units run: the job's backups, or its scheduled verification of them.
    enum class Purpose
    {
        Backup,
        Verify
    };

    QString serviceName; // blihops-backup-ENV-JOB.service (or blihops-verify-…), escaped
    QString timerName;
    QByteArray service;
    QByteArray timer;

    // The OnCalendar= values for the schedule in zone (an IANA name; empty: the host's).
    static QStringList onCalendar(const CronExpression &schedule, const QString &zone);
    // The unit base name for a job, with systemd-escape's rules for each name.
    static QString unitName(const QString &environment, const QString &job,
                            Purpose purpose = Purpose::Backup);
    // Units that run argv. Throws Error(BadInput) for an empty argv.
    static SystemdUnits forJob(const QString &environment, const QString &job,
                               const CronExpression &schedule, const QString &zone,
                               const QStringList &argv, Scope scope,
                               Purpose purpose = Purpose::Backup);
};

} // namespace blihops
