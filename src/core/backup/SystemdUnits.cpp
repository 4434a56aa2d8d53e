#include "backup/SystemdUnits.h"

#include "backup/CronExpression.h"
#include "util/Error.h"

namespace blihops {

namespace {

using Field = CronExpression::Field;

// systemd-escape: [A-Za-z0-9:_.] stay (a leading dot does not), everything else is \xHH.
QString escapeName(const QString &name)
{
    QString escaped;
    const QByteArray bytes = name.toUtf8();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == ':' || c == '_' || (c == '.' && i > 0);
        escaped +=
            plain ? QString(QLatin1Char(c))
                  : QStringLiteral("\\x%1").arg(static_cast<uchar>(c), 2, 16, QLatin1Char('0'));
    }
    return escaped;
}

// One field as systemd writes it: `*` for every value, else the values with commas.
QString listOf(const CronExpression &schedule, Field field, int width, int every)
{
    const QList<int> values = schedule.values(field);
    if (values.size() == every)
        return QStringLiteral("*");
    QStringList words;
    for (const int value : values)
        words << QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
    return words.join(QLatin1Char(','));
}

QString weekdays(const CronExpression &schedule)
{
    static const QStringList names = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    QStringList words;
    for (const int day : schedule.values(Field::DayOfWeek))
        words << names.at(day);
    return words.join(QLatin1Char(','));
}

// ExecStart= words: double-quoted with C escapes, `%` (specifiers) and `$` (variables)
// doubled, so that systemd passes each word through unchanged.
QString execWord(const QString &word)
{
    QString quoted;
    for (const QChar c : word) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            quoted += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            quoted += QLatin1String("\\n");
        else if (c == QLatin1Char('%'))
            quoted += QLatin1String("%%");
        else if (c == QLatin1Char('$'))
            quoted += QLatin1String("$$");
        else
            quoted += c;
    }
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QStringList SystemdUnits::onCalendar(const CronExpression &schedule, const QString &zone)
{
    const QString date = QStringLiteral("*-%1-%2").arg(listOf(schedule, Field::Month, 2, 12));
    const QString time =
        QStringLiteral("%1:%2:00")
            .arg(listOf(schedule, Field::Hour, 2, 24), listOf(schedule, Field::Minute, 2, 60));
    const QString suffix = zone.isEmpty() ? QString() : QLatin1Char(' ') + zone;
    const QString everyDay = date.arg(QStringLiteral("*"));
    const QString someDays = date.arg(listOf(schedule, Field::DayOfMonth, 2, 31));
    const bool dom = schedule.isRestricted(Field::DayOfMonth);
    const bool dow = schedule.isRestricted(Field::DayOfWeek);
    if (dom && dow) {
        return {weekdays(schedule) + QLatin1Char(' ') + everyDay + QLatin1Char(' ') + time + suffix,
                someDays + QLatin1Char(' ') + time + suffix};
    }
    // One of them is `*`-based: cron ANDs, as systemd does.
    const QString days = dow || schedule.values(Field::DayOfWeek).size() < 7
                             ? weekdays(schedule) + QLatin1Char(' ')
                             : QString();
    return {days + someDays + QLatin1Char(' ') + time + suffix};
}

QString SystemdUnits::unitName(const QString &environment, const QString &job, Purpose purpose)
{
    return QStringLiteral("blihops-%1-%2-%3")
        .arg(purpose == Purpose::Verify ? QStringLiteral("verify") : QStringLiteral("backup"),
             escapeName(environment), escapeName(job));
}

SystemdUnits SystemdUnits::forJob(const QString &environment, const QString &job,
                                  const CronExpression &schedule, const QString &zone,
                                  const QStringList &argv, Scope scope, Purpose purpose)
{
    if (argv.isEmpty())
        throw Error(ErrorKind::BadInput, tr("A systemd service needs a command to run."));
    SystemdUnits units;
    const QString base = unitName(environment, job, purpose);
    units.serviceName = base + QStringLiteral(".service");
    units.timerName = base + QStringLiteral(".timer");
    const QString description =
        (purpose == Purpose::Verify ? QStringLiteral("BlihOps restore verification %1/%2")
                                    : QStringLiteral("BlihOps backup %1/%2"))
            .arg(environment, job);

    QStringList exec;
    for (const QString &word : argv)
        exec << execWord(word);
    QString service = QStringLiteral("[Unit]\nDescription=%1\n").arg(description);
    // A system unit can wait for the engine; a user manager does not know docker.service.
    if (scope == Scope::System)
        service += QStringLiteral("Wants=network-online.target\nAfter=network-online.target "
                                  "docker.service\n");
    service += QStringLiteral("\n[Service]\nType=oneshot\nExecStart=%1\n")
                   .arg(exec.join(QLatin1Char(' ')));
    units.service = service.toUtf8();

    QString timer = QStringLiteral("[Unit]\nDescription=%1 (schedule: %2)\n\n[Timer]\n")
                        .arg(description, schedule.text());
    for (const QString &calendar : onCalendar(schedule, zone))
        timer += QStringLiteral("OnCalendar=%1\n").arg(calendar);
    timer += QStringLiteral("Persistent=true\nUnit=%1\n\n[Install]\nWantedBy=timers.target\n")
                 .arg(units.serviceName);
    units.timer = timer.toUtf8();
    return units;
}

} // namespace blihops
