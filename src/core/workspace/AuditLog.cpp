#include "workspace/AuditLog.h"

#include "util/Timestamp.h"
#include "workspace/Workspace.h"

namespace blihops {

void AuditLog::record(const QString &action, const QString &subject, const QString &details)
{
    m_workspace.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action, subject, details) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     {utcTimestamp(), Workspace::actor(), action, subject, details});
}

QList<AuditLog::Entry> AuditLog::recent(int limit)
{
    QSqlQuery query =
        m_workspace.exec(QStringLiteral("SELECT at, actor, action, subject, details FROM audit_log "
                                        "ORDER BY id DESC LIMIT ?"),
                         {limit});
    QList<Entry> entries;
    while (query.next()) {
        entries.append({fromUtcTimestamp(query.value(0).toString()), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString(),
                        query.value(4).toString()});
    }
    return entries;
}

} // namespace blihops
