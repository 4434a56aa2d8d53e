#include "checks/SmokeSuiteRepository.h"

#include "checks/SmokeSuite.h"
#include "util/Error.h"
#include "util/Timestamp.h"
#include "workspace/AuditLog.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/Workspace.h"

#include <QJsonDocument>

namespace blihops {

std::optional<SmokeSuiteRepository::Stored> SmokeSuiteRepository::get(const QString &environment)
{
    const qint64 id = EnvironmentRepository(m_workspace).get(environment).id;
    QSqlQuery query = m_workspace.exec(
        QStringLiteral("SELECT definition, updated_at, updated_by FROM smoke_suites "
                       "WHERE environment_id = ?"),
        {id});
    if (!query.next())
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(query.value(0).toString().toUtf8(), &error);
    if (!document.isArray()) {
        throw Error(ErrorKind::Workspace,
                    tr("The smoke suite stored for %1 is unreadable (%2): reset it with "
                       "`blihopsctl smoke suite %1 --reset`.")
                        .arg(environment, error.errorString()));
    }
    return Stored{SmokeSuite::fromJson(document.array()),
                  fromUtcTimestamp(query.value(1).toString()), query.value(2).toString()};
}

void SmokeSuiteRepository::save(const QString &environment, const QList<SmokeCheck> &checks)
{
    SmokeSuite::validate(checks);
    const QString definition =
        QString::fromUtf8(QJsonDocument(SmokeSuite::toJson(checks)).toJson(QJsonDocument::Compact));
    m_workspace.inTransaction([&] {
        const qint64 id = EnvironmentRepository(m_workspace).get(environment).id;
        // One statement: two people saving at once on PostgreSQL both succeed, the last wins.
        m_workspace.exec(
            QStringLiteral("INSERT INTO smoke_suites (environment_id, definition, updated_at, "
                           "updated_by) VALUES (?, ?, ?, ?) ON CONFLICT (environment_id) DO "
                           "UPDATE SET definition = excluded.definition, updated_at = "
                           "excluded.updated_at, updated_by = excluded.updated_by"),
            {id, definition, utcTimestamp(), Workspace::actor()});
        AuditLog(m_workspace)
            .record(QStringLiteral("smoke.suite.save"), environment,
                    QStringLiteral("%1 checks").arg(checks.size()));
    });
}

void SmokeSuiteRepository::reset(const QString &environment)
{
    m_workspace.inTransaction([&] {
        const qint64 id = EnvironmentRepository(m_workspace).get(environment).id;
        const QSqlQuery removed = m_workspace.exec(
            QStringLiteral("DELETE FROM smoke_suites WHERE environment_id = ?"), {id});
        if (removed.numRowsAffected() < 1) {
            throw Error(ErrorKind::NotFound,
                        tr("The smoke suite of %1 was never edited: it is the one derived from "
                           "its compose files already.")
                            .arg(environment));
        }
        AuditLog(m_workspace).record(QStringLiteral("smoke.suite.reset"), environment);
    });
}

} // namespace blihops
