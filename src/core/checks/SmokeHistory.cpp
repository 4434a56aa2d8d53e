#include "checks/SmokeHistory.h"

#include "util/Error.h"
#include "util/Timestamp.h"
#include "workspace/AuditLog.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/Workspace.h"

namespace blihops {

qint64 SmokeHistory::record(const SmokeRun &run)
{
    qint64 runId = 0;
    m_workspace.inTransaction([&] {
        const qint64 environmentId = EnvironmentRepository(m_workspace).get(run.environment).id;
        QSqlQuery insert = m_workspace.exec(
            QStringLiteral("INSERT INTO smoke_runs (environment_id, started_at, finished_at, "
                           "actor, cancelled, passed) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {environmentId, utcTimestamp(run.startedAt), utcTimestamp(run.finishedAt), run.actor,
             run.cancelled ? 1 : 0, run.passed() ? 1 : 0});
        insert.next();
        runId = insert.value(0).toLongLong();
        for (qsizetype i = 0; i < run.results.size(); ++i) {
            const SmokeResult &result = run.results.at(i);
            m_workspace.exec(
                QStringLiteral("INSERT INTO smoke_results (run_id, position, check_name, kind, "
                               "service, target, passed, duration_ms, message) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {runId, static_cast<int>(i), result.check, SmokeCheck::kindKey(result.kind),
                 result.service, result.target, result.passed ? 1 : 0, result.durationMs,
                 result.message});
        }
        AuditLog(m_workspace)
            .record(QStringLiteral("smoke.run"), run.environment,
                    run.cancelled
                        ? QStringLiteral("cancelled after %1 checks").arg(run.results.size())
                        : QStringLiteral("%1 of %2 checks passed")
                              .arg(run.results.size() - run.failedCount())
                              .arg(run.results.size()));
    });
    return runId;
}

QList<SmokeRun> SmokeHistory::list(const QString &environment, int limit)
{
    const qint64 environmentId = EnvironmentRepository(m_workspace).get(environment).id;
    // ISO-8601 UTC text sorts the same on both databases; the id breaks ties.
    return runs(QStringLiteral("WHERE r.environment_id = ? ORDER BY r.started_at DESC, r.id DESC "
                               "LIMIT ?"),
                {environmentId, limit});
}

std::optional<SmokeRun> SmokeHistory::find(qint64 id)
{
    const QList<SmokeRun> found = runs(QStringLiteral("WHERE r.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<SmokeRun>(found.first());
}

QList<SmokeRun> SmokeHistory::runs(const QString &where, const QVariantList &values)
{
    QSqlQuery runs = m_workspace.exec(
        QStringLiteral("SELECT r.id, e.name, r.started_at, r.finished_at, r.actor, r.cancelled "
                       "FROM smoke_runs r JOIN environments e ON e.id = r.environment_id ") +
            where,
        values);
    QList<SmokeRun> history;
    while (runs.next()) {
        SmokeRun run;
        run.id = runs.value(0).toLongLong();
        run.environment = runs.value(1).toString();
        run.startedAt = fromUtcTimestamp(runs.value(2).toString());
        run.finishedAt = fromUtcTimestamp(runs.value(3).toString());
        run.actor = runs.value(4).toString();
        run.cancelled = runs.value(5).toInt() != 0;
        history.append(run);
    }
    for (SmokeRun &run : history) {
        QSqlQuery results = m_workspace.exec(
            QStringLiteral("SELECT check_name, kind, service, target, passed, duration_ms, message "
                           "FROM smoke_results WHERE run_id = ? ORDER BY position"),
            {run.id});
        while (results.next()) {
            SmokeResult result;
            result.check = results.value(0).toString();
            result.kind = SmokeCheck::kindFromKey(results.value(1).toString());
            result.service = results.value(2).toString();
            result.target = results.value(3).toString();
            result.passed = results.value(4).toInt() != 0;
            result.durationMs = results.value(5).toLongLong();
            result.message = results.value(6).toString();
            run.results.append(result);
        }
    }
    return history;
}

} // namespace blihops
