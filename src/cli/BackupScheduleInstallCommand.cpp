#include "BackupScheduleInstallCommand.h"

#include "BackupCli.h"
#include "CliContext.h"
#include "backup/BackupInstaller.h"
#include "backup/BackupJobRepository.h"
#include "backup/BackupSchedule.h"
#include "backup/BackupScript.h"
#include "backup/CronExpression.h"
#include "util/ExitCode.h"
#include "workspace/EnvironmentRepository.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

namespace blihops::cli {

namespace {

const QCommandLineOption kDatabase(QStringLiteral("database"),
                                   QStringLiteral("A database to back up, as the compose service "
                                                  "of PostgreSQL and its name (repeatable)."),
                                   QStringLiteral("SERVICE:DB"));
const QCommandLineOption kVolume(QStringLiteral("volume"),
                                 QStringLiteral("A volume as the compose file names it, or a "
                                                "host path (repeatable)."),
                                 QStringLiteral("NAME|PATH"));
const QCommandLineOption kCron(QStringLiteral("cron"),
                               QStringLiteral("When it runs: a cron expression in the host's "
                                              "time zone, e.g. \"0 2 * * *\"."),
                               QStringLiteral("EXPR"));
const QCommandLineOption kVerifyCron(QStringLiteral("verify-cron"),
                                     QStringLiteral("Also prove on the host, on this schedule, "
                                                    "that the newest backups restore (same "
                                                    "zone), e.g. \"30 3 * * 0\" weekly."),
                                     QStringLiteral("EXPR"));
const QCommandLineOption kKeepDays(QStringLiteral("keep-days"),
                                   QStringLiteral("Keep backups this many days (default 30)."),
                                   QStringLiteral("N"));
const QCommandLineOption kKeepMin(QStringLiteral("keep-min"),
                                  QStringLiteral("Always keep the newest N good backups "
                                                 "(default 3)."),
                                  QStringLiteral("N"));
const QCommandLineOption kDest(QStringLiteral("dest"),
                               QStringLiteral("Folder on the host for the backups (default "
                                              "/backups/postgresql and /backups/storage)."),
                               QStringLiteral("DIR"));
const QCommandLineOption kSystemd(QStringLiteral("systemd"),
                                  QStringLiteral("A systemd timer (Persistent=true) instead of "
                                                 "cron: a system unit for root, else a user "
                                                 "unit."));
const QCommandLineOption kCopyTo(QStringLiteral("copy-to"),
                                 QStringLiteral("A second copy of each backup on another SSH "
                                                "host."),
                                 QStringLiteral("ssh://HOST/DIR"));
const QCommandLineOption kWebhook(QStringLiteral("webhook"),
                                  QStringLiteral("POST alerts to this URL (Slack-compatible)."),
                                  QStringLiteral("URL"));
const QCommandLineOption kRunNow(QStringLiteral("run-now"),
                                 QStringLiteral("Run the job once right away and wait for it."));

int number(const QCommandLineParser &parser, const QCommandLineOption &option, int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool isNumber = false;
    const int value = parser.value(option).toInt(&isNumber);
    if (!isNumber || value < 1) {
        throw Error(ErrorKind::BadInput, QStringLiteral("--%1 \"%2\" is not a whole number of at "
                                                        "least 1.")
                                             .arg(option.names().first(), parser.value(option)));
    }
    return value;
}

BackupJob jobFrom(const QCommandLineParser &parser, const Environment &environment,
                  const QString &name)
{
    BackupJob job;
    job.environment = environment.name;
    job.name = name;
    for (const QString &database : parser.values(kDatabase)) {
        const qsizetype colon = database.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == database.size() - 1) {
            throw Error(ErrorKind::BadInput,
                        QStringLiteral("--database \"%1\" is not SERVICE:DB (e.g. postgres:%2).")
                            .arg(database, environment.databases.value(0, QStringLiteral("app"))));
        }
        const QString service = database.left(colon);
        if (!job.databaseService.isEmpty() && job.databaseService != service) {
            throw Error(ErrorKind::BadInput,
                        QStringLiteral("A job backs up the databases of one service: %1 and %2 "
                                       "need a job each.")
                            .arg(job.databaseService, service));
        }
        job.databaseService = service;
        job.databases << database.mid(colon + 1);
    }
    for (const QString &volume : parser.values(kVolume)) {
        if (volume.startsWith(QLatin1Char('/')))
            job.paths << volume;
        else
            job.volumes << BackupSchedule::engineVolume(environment, volume);
    }
    if (!parser.isSet(kCron))
        throw Error(
            ErrorKind::BadInput,
            QStringLiteral("--cron is needed: when the job runs, e.g. --cron \"0 2 * * *\"."));
    job.cron = parser.value(kCron);
    job.verifyCron = parser.value(kVerifyCron);
    job.keepDays = number(parser, kKeepDays, job.keepDays);
    job.keepMin = number(parser, kKeepMin, job.keepMin);
    if (parser.isSet(kDest)) {
        job.databaseDestination = parser.value(kDest);
        job.storageDestination = parser.value(kDest);
    }
    job.copyTo = parser.value(kCopyTo);
    job.webhookUrl = parser.value(kWebhook);
    job.validate();
    return job;
}

} // namespace

QList<QCommandLineOption> BackupScheduleInstallCommand::options() const
{
    return {kDatabase, kVolume,  kCron,   kVerifyCron, kKeepDays, kKeepMin,
            kDest,     kSystemd, kCopyTo, kWebhook,    kRunNow,   CliContext::trustHostKeyOption()};
}

int BackupScheduleInstallCommand::run(CliContext &context, const QCommandLineParser &parser,
                                      const QStringList &positional)
{
    const Environment environment =
        EnvironmentRepository(context.workspace()).get(positional.at(0));
    BackupJob job = jobFrom(parser, environment, positional.at(1));
    BackupHost host = BackupCli::connect(parser, environment);
    job.zone = host.zone();
    if (parser.isSet(kSystemd))
        job.scheduler =
            host.isRoot() ? BackupJob::Scheduler::SystemdSystem : BackupJob::Scheduler::SystemdUser;

    const std::optional<BackupJob> previous =
        BackupJobRepository(context.workspace()).find(environment.name, job.name);
    BackupSchedule::install(host, job, previous, environment.projectName);
    job = BackupSchedule::save(context.workspace(), job, previous ? job.name : QString(),
                               host.display());

    const QTimeZone zone = job.zone.isEmpty() ? QTimeZone::utc() : QTimeZone(job.zone.toUtf8());
    const QList<QDateTime> next =
        CronExpression::parse(job.cron).nextRuns(QDateTime::currentDateTimeUtc(), zone, 5);
    const std::optional<qint64> free =
        host.freeBytes(job.backsUpDatabase() ? job.databaseDestination : job.storageDestination);
    QJsonObject document = BackupCli::jobJson(job);
    QJsonArray nextRuns;
    for (const QDateTime &at : next)
        nextRuns.append(at.toTimeZone(zone).toString(Qt::ISODateWithMs));
    document.insert(QStringLiteral("host"), host.display());
    document.insert(QStringLiteral("script_path"), BackupScript::scriptPath(job));
    document.insert(QStringLiteral("entry"),
                    BackupInstaller::scheduleEntry(job, host.dockerHost()));
    document.insert(QStringLiteral("next_runs"), nextRuns);
    document.insert(QStringLiteral("free_bytes"), free ? QJsonValue(double(*free)) : QJsonValue());
    // A user timer of a login that does not linger stops when its last session ends: the
    // backups would quietly stop with it.
    if (job.scheduler == BackupJob::Scheduler::SystemdUser) {
        const bool lingers = host.lingers();
        document.insert(QStringLiteral("lingers"), lingers);
        if (!lingers) {
            QTextStream(stderr)
                << QStringLiteral("blihopsctl: warning: the login on %1 does not linger: its user "
                                  "timer runs only while it is logged in. Run `loginctl "
                                  "enable-linger` for it on the host, or install as root for a "
                                  "system timer.\n")
                       .arg(host.display());
        }
    }
    if (!context.json()) {
        QTextStream &out = context.out();
        out << QStringLiteral("Installed %1/%2 on %3 (%4), script %5\n")
                   .arg(job.environment, job.name, host.display(),
                        BackupJob::schedulerKey(job.scheduler), BackupScript::scriptPath(job));
        out << QStringLiteral("Next runs (%1):")
                   .arg(job.zone.isEmpty() ? QStringLiteral("UTC") : job.zone);
        for (const QJsonValue &at : std::as_const(nextRuns))
            out << ' ' << at.toString();
        out << '\n';
        if (free)
            out << QStringLiteral("Free at the destination: %1\n")
                       .arg(QLocale::c().formattedDataSize(*free));
        out.flush();
    }
    int code = ExitOk;
    if (parser.isSet(kRunNow)) {
        const QJsonObject run = BackupCli::runNow(context, host, job);
        code = run.value(QStringLiteral("result")).toString() == QLatin1String("ok")
                   ? ExitOk
                   : ExitCheckFailed;
        document.insert(QStringLiteral("run"), run);
    }
    if (context.json())
        context.printJson(document);
    return code;
}

} // namespace blihops::cli
