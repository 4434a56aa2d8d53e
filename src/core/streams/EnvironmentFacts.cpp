#include "streams/EnvironmentFacts.h"

#include "backup/BackupHealthLog.h"
#include "backup/BackupJobRepository.h"
#include "checks/SmokeHistory.h"
#include "verify/VerificationRepository.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/Workspace.h"

#include <QMutex>

namespace blihops {

namespace {

std::optional<EnvironmentFacts::Fact> lastSmokeRun(Workspace &workspace,
                                                   const Environment &environment)
{
    const QList<SmokeRun> runs = SmokeHistory(workspace).list(environment.name, 1);
    if (runs.isEmpty())
        return std::nullopt;
    const SmokeRun &run = runs.first();
    const qsizetype passed = run.results.size() - run.failedCount();
    const QString when = EnvironmentFacts::age(run.finishedAt, QDateTime::currentDateTimeUtc());
    return EnvironmentFacts::Fact{EnvironmentFacts::tr("Last smoke test"),
                                  run.passed()
                                      ? EnvironmentFacts::tr("passed, %1 of %2 checks, %3")
                                            .arg(passed)
                                            .arg(run.results.size())
                                            .arg(when)
                                      : EnvironmentFacts::tr("failed, %1 of %2 checks passed, %3")
                                            .arg(passed)
                                            .arg(run.results.size())
                                            .arg(when),
                                  run.passed()};
}

QString alertWords(const BackupHealthLog::Alert &alert)
{
    switch (alert.kind) {
    case BackupAlerts::Kind::Stale:
        return EnvironmentFacts::tr("%1 stale").arg(alert.job);
    case BackupAlerts::Kind::Failed:
        return EnvironmentFacts::tr("%1 failing").arg(alert.job);
    case BackupAlerts::Kind::LowSpace:
        return EnvironmentFacts::tr("%1 short of space").arg(alert.job);
    case BackupAlerts::Kind::VerificationFailed:
        return EnvironmentFacts::tr("%1 failed its verification").arg(alert.job);
    }
    return alert.job;
}

// The newest check of the environment's backups (backup status, the console's refresh): read
// from the workspace, never from the host, and amber once a day old.
std::optional<EnvironmentFacts::Fact> backupHealth(Workspace &workspace,
                                                   const Environment &environment)
{
    const std::optional<BackupHealthLog::Check> check =
        BackupHealthLog(workspace).latest(environment.name);
    const QString column = EnvironmentFacts::tr("Backups");
    if (!check) {
        const qsizetype jobs = BackupJobRepository(workspace).list(environment.name).size();
        if (jobs == 0)
            return std::nullopt;
        return EnvironmentFacts::Fact{
            column, EnvironmentFacts::tr("%n job(s), not checked yet", nullptr, int(jobs)), false};
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString checked =
        EnvironmentFacts::tr("checked %1 by %2")
            .arg(EnvironmentFacts::age(check->checkedAt, now), check->checkedBy);
    if (!check->healthy()) {
        QStringList words;
        for (const BackupHealthLog::Alert &alert : check->alerts)
            words << alertWords(alert);
        return EnvironmentFacts::Fact{
            column,
            EnvironmentFacts::tr("%n alert(s): %1; %2", nullptr, int(check->alerts.size()))
                .arg(words.join(QStringLiteral(", ")), checked),
            false};
    }
    const QString lastRun = check->lastRunAt.isValid()
                                ? (check->lastRunOk ? EnvironmentFacts::tr("last run %1, ok")
                                                    : EnvironmentFacts::tr("last run %1, failed"))
                                      .arg(EnvironmentFacts::age(check->lastRunAt, now))
                                : EnvironmentFacts::tr("no run yet");
    const bool recent = check->checkedAt.secsTo(now) <= 86400;
    return EnvironmentFacts::Fact{
        column,
        EnvironmentFacts::tr("healthy, %n job(s), %1; %2", nullptr, check->jobs)
            .arg(lastRun, checked),
        recent};
}

// The age of the newest restore that proved a backup of the environment intact, by the
// console or by a job's schedule on the host (as the newest check of the backups found it);
// amber past EnvironmentFacts::kVerifiedRestoreDays, or when an environment with backup jobs
// has none.
std::optional<EnvironmentFacts::Fact> lastVerifiedRestore(Workspace &workspace,
                                                          const Environment &environment)
{
    const QString column = EnvironmentFacts::tr("Last verified restore");
    const std::optional<VerificationRepository::Entry> proven =
        VerificationRepository(workspace).lastProven(environment.name);
    const std::optional<BackupHealthLog::Check> check =
        BackupHealthLog(workspace).latest(environment.name);
    const bool onHost = check && check->lastVerifiedAt.isValid() &&
                        (!proven || check->lastVerifiedAt > proven->finishedAt);
    if (!proven && !onHost) {
        if (BackupJobRepository(workspace).list(environment.name).isEmpty() &&
            VerificationRepository(workspace).list(environment.name, 1).isEmpty())
            return std::nullopt;
        return EnvironmentFacts::Fact{column, EnvironmentFacts::tr("never"), false};
    }
    const QDateTime at = onHost ? check->lastVerifiedAt : proven->finishedAt;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return EnvironmentFacts::Fact{column,
                                  (onHost ? EnvironmentFacts::tr("%1 (backup %2, on the host)")
                                          : EnvironmentFacts::tr("%1 (backup %2)"))
                                      .arg(EnvironmentFacts::age(at, now),
                                           onHost ? check->lastVerifiedBackup : proven->backup),
                                  at.secsTo(now) <= EnvironmentFacts::kVerifiedRestoreDays * 86400};
}

struct Providers
{
    QMutex lock;
    QList<EnvironmentFacts::Provider> list = {&lastSmokeRun, &backupHealth, &lastVerifiedRestore};
};

Providers &providers()
{
    static Providers instance;
    return instance;
}

} // namespace

void EnvironmentFacts::addProvider(const Provider &provider)
{
    QMutexLocker locker(&providers().lock);
    providers().list.append(provider);
}

QList<EnvironmentFacts::Row> EnvironmentFacts::collect(Workspace &workspace)
{
    QList<Provider> list;
    {
        QMutexLocker locker(&providers().lock);
        list = providers().list;
    }
    QList<Row> rows;
    for (const Environment &environment : EnvironmentRepository(workspace).list()) {
        Row row{environment.name, environment.tier, {}};
        for (const Provider &provider : list) {
            if (const std::optional<Fact> fact = provider(workspace, environment))
                row.facts.append(*fact);
        }
        rows.append(row);
    }
    return rows;
}

QStringList EnvironmentFacts::columns(const QList<Row> &rows)
{
    QStringList result;
    for (const Row &row : rows) {
        for (const Fact &fact : row.facts) {
            if (!result.contains(fact.column))
                result << fact.column;
        }
    }
    return result;
}

QString EnvironmentFacts::age(const QDateTime &at, const QDateTime &now)
{
    const qint64 seconds = std::max<qint64>(0, at.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    return tr("%n d ago", nullptr, int(seconds / 86400));
}

} // namespace blihops
