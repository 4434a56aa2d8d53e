#include "backup/BackupInstaller.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupHost.h"
#include "backup/BackupScript.h"
#include "backup/CronExpression.h"
#include "backup/CrontabBlock.h"
#include "backup/HostVerification.h"
#include "backup/SystemdUnits.h"
#include "util/Error.h"

#include <QFileInfo>
#include <QSet>

using namespace std::chrono_literals;

namespace blihops {

namespace {

bool isSystemd(const BackupJob &job)
{
    return job.scheduler != BackupJob::Scheduler::Cron;
}

SystemdUnits unitsFor(const BackupJob &job, const QString &dockerHost,
                      SystemdUnits::Purpose purpose = SystemdUnits::Purpose::Backup)
{
    const bool verify = purpose == SystemdUnits::Purpose::Verify;
    return SystemdUnits::forJob(job.environment, job.name,
                                CronExpression::parse(verify ? job.verifyCron : job.cron), job.zone,
                                verify ? BackupInstaller::verifyArgv(job, dockerHost)
                                       : BackupInstaller::runArgv(job, dockerHost),
                                job.scheduler == BackupJob::Scheduler::SystemdSystem
                                    ? SystemdUnits::Scope::System
                                    : SystemdUnits::Scope::User,
                                purpose);
}

// The job's units: its backups', and its verification's when it has one.
QList<SystemdUnits> allUnitsFor(const BackupJob &job, const QString &dockerHost)
{
    QList<SystemdUnits> units = {unitsFor(job, dockerHost)};
    if (job.verifiesOnHost())
        units << unitsFor(job, dockerHost, SystemdUnits::Purpose::Verify);
    return units;
}

// The lines of the job's crontab block: its backups, then its verification.
QList<QByteArray> crontabLines(const BackupJob &job, const QString &dockerHost)
{
    QList<QByteArray> lines = {CrontabBlock::entryLine(CronExpression::parse(job.cron),
                                                       BackupInstaller::runArgv(job, dockerHost),
                                                       BackupScript::logPath(job))};
    if (job.verifiesOnHost()) {
        lines << CrontabBlock::entryLine(CronExpression::parse(job.verifyCron),
                                         BackupInstaller::verifyArgv(job, dockerHost),
                                         BackupScript::logPath(job));
    }
    return lines;
}

// Where the units go: a system unit's folder, or the login's own (relative to its home, which
// is where the shell that writes it starts).
QString unitFolder(const BackupJob &job)
{
    return job.scheduler == BackupJob::Scheduler::SystemdSystem
               ? QStringLiteral("/etc/systemd/system")
               : QStringLiteral("$HOME/.config/systemd/user");
}

// Where systemd keeps a Persistent= timer's last trigger (`systemctl clean --what=state`
// would need the user's D-Bus, which a server often lacks).
QString stampFolder(const BackupJob &job)
{
    return job.scheduler == BackupJob::Scheduler::SystemdSystem
               ? QStringLiteral("/var/lib/systemd/timers")
               : QStringLiteral("${XDG_DATA_HOME:-$HOME/.local/share}/systemd/timers");
}

QStringList systemctl(const BackupJob &job, const QStringList &arguments)
{
    QStringList argv = {QStringLiteral("systemctl")};
    if (job.scheduler == BackupJob::Scheduler::SystemdUser)
        argv << QStringLiteral("--user");
    return argv + arguments;
}

// Writes bytes to path on the host with mode: made empty with its mode first, filled, then
// renamed into place, so that it is never half there or readable by others.
void writeFile(BackupHost &host, const QString &path, const QByteArray &bytes, const QString &mode)
{
    const QString partial = path + QStringLiteral(".partial");
    const QString what = BackupInstaller::tr("write %1").arg(path);
    host.runOrThrow({QStringLiteral("install"), QStringLiteral("-m"), mode, QStringLiteral("--"),
                     QStringLiteral("/dev/null"), partial},
                    what);
    host.runOrThrow({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("cat >\"$1\""),
                     QStringLiteral("sh"), partial},
                    what, 60s, bytes);
    host.runOrThrow(
        {QStringLiteral("mv"), QStringLiteral("-f"), QStringLiteral("--"), partial, path}, what);
}

// A unit file into the unit folder ($HOME expands on the host, the name is an argument).
void writeUnit(BackupHost &host, const BackupJob &job, const QString &name, const QByteArray &text)
{
    host.runOrThrow({QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("mkdir -p \"%1\" && cat >\"%1/$1.partial\" && "
                                    "mv -f \"%1/$1.partial\" \"%1/$1\"")
                         .arg(unitFolder(job)),
                     QStringLiteral("sh"), name},
                    BackupInstaller::tr("write the systemd unit %1").arg(name), 60s, text);
}

void writeCrontab(BackupHost &host, const QByteArray &crontab)
{
    // Nothing left (the job's block was all there was): no crontab, as before the install.
    // An empty stdin would not end `crontab -` over ssh either.
    if (crontab.isEmpty()) {
        host.runOrThrow({QStringLiteral("crontab"), QStringLiteral("-r")},
                        BackupInstaller::tr("remove the crontab"));
        return;
    }
    host.runOrThrow({QStringLiteral("crontab"), QStringLiteral("-")},
                    BackupInstaller::tr("install the crontab"), 60s, crontab);
}

void requireSystemd(BackupHost &host)
{
    if (!host.runsSystemd()) {
        throw Error(ErrorKind::BadInput,
                    BackupInstaller::tr("systemd is not running on %1: schedule the job with "
                                        "cron instead.")
                        .arg(host.display()));
    }
}

void removeSchedule(BackupHost &host, const BackupJob &job)
{
    if (!isSystemd(job)) {
        const QByteArray crontab = BackupInstaller::readCrontab(host);
        const QString id = CrontabBlock::blockId(job.environment, job.name);
        if (CrontabBlock::find(crontab, id))
            writeCrontab(host, CrontabBlock::remove(crontab, id));
        return;
    }
    // Both purposes' units go, whatever the job holds now: a verification may have been
    // dropped from it since it was installed. A timer that is not there any more is what we
    // want: no error for that. Its last trigger (Persistent=true keeps it on disk) goes too:
    // a job installed later under the same name would otherwise catch up at once on a run
    // this one missed.
    for (const auto purpose : {SystemdUnits::Purpose::Backup, SystemdUnits::Purpose::Verify}) {
        const QString base = SystemdUnits::unitName(job.environment, job.name, purpose);
        const QString timer = base + QStringLiteral(".timer");
        host.run(systemctl(job, {QStringLiteral("disable"), QStringLiteral("--now"), timer}), 60s);
        host.runOrThrow({QStringLiteral("sh"), QStringLiteral("-c"),
                         QStringLiteral("rm -f \"%1/$1\" \"%1/$2\" \"%2/stamp-$1\"")
                             .arg(unitFolder(job), stampFolder(job)),
                         QStringLiteral("sh"), timer, base + QStringLiteral(".service")},
                        BackupInstaller::tr("remove the systemd units of %1").arg(job.name));
    }
    host.run(systemctl(job, {QStringLiteral("daemon-reload")}), 60s);
}

} // namespace

QStringList BackupInstaller::runArgv(const BackupJob &job, const QString &dockerHost)
{
    QStringList argv;
    if (!dockerHost.isEmpty())
        argv << QStringLiteral("/usr/bin/env") << QStringLiteral("DOCKER_HOST=") + dockerHost;
    return argv << QStringLiteral("/bin/sh") << BackupScript::scriptPath(job);
}

QStringList BackupInstaller::verifyArgv(const BackupJob &job, const QString &dockerHost)
{
    return runArgv(job, dockerHost) << QStringLiteral("verify");
}

QString BackupInstaller::scheduleEntry(const BackupJob &job, const QString &dockerHost)
{
    if (!isSystemd(job)) {
        const QString id = CrontabBlock::blockId(job.environment, job.name);
        return QString::fromUtf8(CrontabBlock::upsert({}, id, crontabLines(job, dockerHost)));
    }
    const QString shown = unitFolder(job).replace(QStringLiteral("$HOME"), QStringLiteral("~"));
    QStringList text;
    for (const SystemdUnits &units : allUnitsFor(job, dockerHost)) {
        text << QStringLiteral("# %1/%2\n%3\n# %1/%4\n%5")
                    .arg(shown, units.serviceName, QString::fromUtf8(units.service),
                         units.timerName, QString::fromUtf8(units.timer));
    }
    return text.join(QLatin1Char('\n'));
}

QByteArray BackupInstaller::readCrontab(BackupHost &host)
{
    const ProcessResult listed = host.run({QStringLiteral("crontab"), QStringLiteral("-l")}, 60s);
    if (listed.ok())
        return listed.standardOutput;
    // Debian's and cronie's words for a login without a crontab.
    if (listed.status == ProcessResult::Status::Finished && listed.exitCode == 1 &&
        listed.standardError.contains("no crontab for"))
        return {};
    throw Error(ErrorKind::Unreachable,
                tr("Cannot read the crontab on %1: %2. Is cron installed there?")
                    .arg(host.display(), listed.summary()));
}

void BackupInstaller::install(BackupHost &host, const BackupJob &job, const QString &composeProject)
{
    const QString script = BackupScript::generate(job, composeProject);
    if (isSystemd(job))
        requireSystemd(host);
    const QString scriptPath = BackupScript::scriptPath(job);
    host.runOrThrow({QStringLiteral("mkdir"), QStringLiteral("-p"), QStringLiteral("-m"),
                     QStringLiteral("700"), QStringLiteral("--"), QFileInfo(scriptPath).path()},
                    tr("make the folder %1").arg(QFileInfo(scriptPath).path()));
    writeFile(host, scriptPath, script.toUtf8(), QStringLiteral("700"));
    host.runOrThrow({QStringLiteral("sh"), QStringLiteral("-n"), QStringLiteral("--"), scriptPath},
                    tr("check the script %1 with sh -n").arg(scriptPath));
    if (!isSystemd(job)) {
        const QByteArray crontab = readCrontab(host);
        writeCrontab(host,
                     CrontabBlock::upsert(crontab, CrontabBlock::blockId(job.environment, job.name),
                                          crontabLines(job, host.dockerHost())));
        return;
    }
    // A verification dropped from the job since the last install loses its units.
    if (!job.verifiesOnHost())
        removeSchedule(host, job);
    for (const SystemdUnits &units : allUnitsFor(job, host.dockerHost())) {
        writeUnit(host, job, units.serviceName, units.service);
        writeUnit(host, job, units.timerName, units.timer);
    }
    host.runOrThrow(systemctl(job, {QStringLiteral("daemon-reload")}),
                    tr("reload systemd's units"));
    for (const SystemdUnits &units : allUnitsFor(job, host.dockerHost())) {
        host.runOrThrow(
            systemctl(job, {QStringLiteral("enable"), QStringLiteral("--now"), units.timerName}),
            tr("start the timer %1").arg(units.timerName));
    }
}

BackupInstaller::Removal BackupInstaller::remove(BackupHost &host, const BackupJob &job,
                                                 bool deleteBackups)
{
    removeSchedule(host, job);
    host.runOrThrow({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"),
                     BackupScript::scriptPath(job), BackupScript::logPath(job)},
                    tr("remove the script of %1").arg(job.name));
    // Other jobs' scripts may share the folder: only an empty one goes.
    host.run({QStringLiteral("rmdir"), QStringLiteral("--"),
              QFileInfo(BackupScript::scriptPath(job)).path()},
             30s);
    Removal removal;
    if (!deleteBackups)
        return removal;
    for (const BackupCatalog::Folder &folder : BackupCatalog::read(host, job)) {
        if (!folder.exists)
            continue;
        QSet<QString> named = {BackupManifest::fileName(), HostVerification::fileName(),
                               QStringLiteral(".lock"), QStringLiteral(".partials"),
                               QStringLiteral(".workdir")};
        // The partial files of killed runs, as the script listed them.
        const ProcessResult partials = host.run({QStringLiteral("cat"), QStringLiteral("--"),
                                                 folder.path + QStringLiteral("/.partials")},
                                                30s);
        for (const QByteArray &name : partials.standardOutput.split('\n')) {
            if (!name.isEmpty() && !name.contains('/'))
                named << QString::fromUtf8(name);
        }
        for (const BackupRecord &record : folder.manifest.records) {
            if (!record.file.isEmpty()) {
                named << record.file;
                // What a run of this record may have left when it was killed.
                named << record.file + QStringLiteral(".partial");
            }
        }
        QStringList paths;
        for (const RetentionPlanner::PresentFile &file : folder.present) {
            if (named.contains(file.name))
                paths << folder.path + QLatin1Char('/') + file.name;
            else
                removal.kept << folder.path + QLatin1Char('/') + file.name;
        }
        if (!paths.isEmpty()) {
            host.runOrThrow(
                QStringList{QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--")} +
                    paths,
                tr("delete the backups in %1").arg(folder.path));
            removal.deleted << paths;
        }
        host.run({QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"),
                  folder.path + QStringLiteral("/.lock.d")},
                 30s);
        host.run({QStringLiteral("rmdir"), QStringLiteral("--"), folder.path}, 30s);
    }
    return removal;
}

} // namespace blihops
