#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace blihops {

class Workspace;

// Every change to a checklist run, who made it and when, with the value before and after.
// Rows are only ever added: the store itself refuses to update or delete them (a trigger on
// both SQLite and PostgreSQL), so the history cannot be rewritten by this program or
// another.
class ChecklistAudit
{
public:
    struct Entry
    {
        qint64 run = 0;
        int revision = 0;
        int item = 0; // 0 for a change to the run itself
        QDateTime at; // UTC
        QString actor;
        QString action; // run.start, item.state, item.note, item.evidence, item.waive, ...
        QString oldValue;
        QString newValue;

        QJsonObject toJson() const;
    };

    explicit ChecklistAudit(Workspace &workspace) : m_workspace(workspace) {}

    // Call inside the transaction that makes the change.
    void record(qint64 run, int revision, int item, const QString &action, const QString &oldValue,
                const QString &newValue);
    // Oldest first.
    QList<Entry> entries(qint64 run);

private:
    Workspace &m_workspace;
};

} // namespace blihops
