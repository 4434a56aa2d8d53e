#include "workspace/RuleSilenceRepository.h"

#include "compose/ReadinessRule.h"
#include "util/Timestamp.h"
#include "workspace/AuditLog.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/Workspace.h"

namespace blihops {

namespace {

QString subject(const QString &environment, const QString &service, const QString &rule)
{
    return QStringLiteral("%1/%2 %3").arg(environment, service, rule);
}

} // namespace

QList<RuleSilence> RuleSilenceRepository::list()
{
    QSqlQuery query = m_workspace.exec(
        QStringLiteral("SELECT e.name, s.service, s.rule, s.reason, s.created_at, s.created_by "
                       "FROM rule_silences s JOIN environments e ON e.id = s.environment_id"));
    QList<RuleSilence> silences;
    while (query.next()) {
        silences.append({query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toString(),
                         fromUtcTimestamp(query.value(4).toString()), query.value(5).toString()});
    }
    // Sorted here, not in SQL: SQLite and PostgreSQL collate text differently.
    std::sort(silences.begin(), silences.end(), [](const RuleSilence &a, const RuleSilence &b) {
        return std::tie(a.environment, a.service, a.rule) <
               std::tie(b.environment, b.service, b.rule);
    });
    return silences;
}

RuleSilence RuleSilenceRepository::add(const QString &environment, const QString &service,
                                       const QString &rule, const QString &reason)
{
    if (!ReadinessRule::find(rule)) {
        throw Error(ErrorKind::BadInput,
                    tr("There is no readiness rule \"%1\": use one of %2.")
                        .arg(rule, ReadinessRule::ids().join(QStringLiteral(", "))));
    }
    if (reason.trimmed().isEmpty()) {
        throw Error(ErrorKind::BadInput,
                    tr("Silencing %1 for %2/%3 needs a reason, so that others know why it is "
                       "safe.")
                        .arg(rule, environment, service));
    }
    const QString now = utcTimestamp();
    const QString actor = Workspace::actor();
    m_workspace.inTransaction([&] {
        const qint64 id = EnvironmentRepository(m_workspace).get(environment).id;
        const bool exists =
            m_workspace
                .exec(QStringLiteral("SELECT 1 FROM rule_silences WHERE environment_id = ? AND "
                                     "service = ? AND rule = ?"),
                      {id, service, rule})
                .next();
        if (exists) {
            throw Error(ErrorKind::Conflict,
                        tr("%1 is silenced for %2/%3 already: unsilence it first to change the "
                           "reason.")
                            .arg(rule, environment, service));
        }
        m_workspace.exec(QStringLiteral("INSERT INTO rule_silences (environment_id, service, "
                                        "rule, reason, created_at, created_by) "
                                        "VALUES (?, ?, ?, ?, ?, ?)"),
                         {id, service, rule, reason.trimmed(), now, actor});
        AuditLog(m_workspace)
            .record(QStringLiteral("rule.silence"), subject(environment, service, rule),
                    reason.trimmed());
    });
    return {environment, service, rule, reason.trimmed(), fromUtcTimestamp(now), actor};
}

void RuleSilenceRepository::remove(const QString &environment, const QString &service,
                                   const QString &rule)
{
    m_workspace.inTransaction([&] {
        const qint64 id = EnvironmentRepository(m_workspace).get(environment).id;
        const QSqlQuery removed = m_workspace.exec(
            QStringLiteral("DELETE FROM rule_silences WHERE environment_id = ? AND service = ? "
                           "AND rule = ?"),
            {id, service, rule});
        if (removed.numRowsAffected() < 1) {
            throw Error(ErrorKind::NotFound,
                        tr("%1 is not silenced for %2/%3: `blihopsctl lint --json` lists the "
                           "silenced findings.")
                            .arg(rule, environment, service));
        }
        AuditLog(m_workspace)
            .record(QStringLiteral("rule.unsilence"), subject(environment, service, rule));
    });
}

} // namespace blihops
