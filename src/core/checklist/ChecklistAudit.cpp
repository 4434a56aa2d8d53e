#include "checklist/ChecklistAudit.h"

#include "util/Timestamp.h"
#include "workspace/Workspace.h"

namespace blihops {

QJsonObject ChecklistAudit::Entry::toJson() const
{
    return {{QStringLiteral("revision"), revision},
            {QStringLiteral("item"), item > 0 ? QJsonValue(item) : QJsonValue()},
            {QStringLiteral("at"), utcTimestamp(at)},
            {QStringLiteral("actor"), actor},
            {QStringLiteral("action"), action},
            {QStringLiteral("old"), oldValue},
            {QStringLiteral("new"), newValue}};
}

void ChecklistAudit::record(qint64 run, int revision, int item, const QString &action,
                            const QString &oldValue, const QString &newValue)
{
    m_workspace.exec(
        QStringLiteral("INSERT INTO checklist_audit (run_id, revision, item, at, "
                       "actor, action, old_value, new_value) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {run, revision, item, utcTimestamp(), Workspace::actor(), action, oldValue, newValue});
}

QList<ChecklistAudit::Entry> ChecklistAudit::entries(qint64 run)
{
    QSqlQuery query = m_workspace.exec(
        QStringLiteral("SELECT revision, item, at, actor, action, old_value, new_value "
                       "FROM checklist_audit WHERE run_id = ? ORDER BY id"),
        {run});
    QList<Entry> entries;
    while (query.next()) {
        entries.append({run, query.value(0).toInt(), query.value(1).toInt(),
                        fromUtcTimestamp(query.value(2).toString()), query.value(3).toString(),
                        query.value(4).toString(), query.value(5).toString(),
                        query.value(6).toString()});
    }
    return entries;
}

} // namespace blihops
