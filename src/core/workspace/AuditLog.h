#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace blihops {

class Workspace;

// Who did what, when: every change to the workspace writes one entry in the same
// transaction as the change itself.
class AuditLog
{
public:
    struct Entry
    {
        QDateTime at;
        QString actor;
        QString action;
        QString subject;
        QString details;
    };

    explicit AuditLog(Workspace &workspace) : m_workspace(workspace) {}

    void record(const QString &action, const QString &subject, const QString &details = {});
    // Newest first.
    QList<Entry> recent(int limit);

private:
    Workspace &m_workspace;
};

} // namespace blihops
