#pragma once

#include "util/Error.h"
#include "workspace/WorkspaceLocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <functional>
#include <map>
#include <memory>

class QSqlError;

namespace blihops {

// The workspace store. One object per workspace; each thread that uses it gets a
// connection of its own, opened on first use and closed when the thread ends.
// Every failure is thrown as Error with a message a user can act on.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    explicit Workspace(const WorkspaceLocation &location);
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // Connects and brings the schema up to date. A schema newer than this build knows is
    // refused without touching the store.
    void open();

    const WorkspaceLocation &location() const { return m_location; }
    bool isPostgres() const { return m_location.kind() == WorkspaceLocation::Kind::Postgres; }
    int schemaVersion();

    // Who is acting, recorded in the audit log: BLIHOPS_ACTOR, else user@host.
    static QString actor();

    QSqlDatabase connection();
    QSqlQuery exec(const QString &sql, const QVariantList &values = {});
    // Runs work in one write transaction; rolls back and rethrows when it throws. Nested
    // calls join the outer transaction.
    void inTransaction(const std::function<void()> &work);
    // Turns a driver error into a message that names the workspace and what to do.
    Error translate(const QSqlError &error, const QString &doing) const;

private:
    void configure(QSqlDatabase &db) const;
    void checkSqliteFile() const;
    void openConnection(QSqlDatabase &db) const;

    // A thread's connection to one workspace, closed and removed when the thread ends, when
    // the workspace is destroyed on that thread, or when the thread next opens a connection
    // to any workspace after this one is gone.
    struct ThreadConnection
    {
        QString name;
        int transactionDepth = 0;
        ~ThreadConnection();
    };
    using Connections = std::map<quint64, std::unique_ptr<ThreadConnection>>;
    struct ThreadConnections;
    // This thread's connections, keyed by a serial that is never reused, so that a
    // long-lived thread never takes a connection of a workspace destroyed meanwhile for one
    // created later.
    static Connections &threadConnections();
    static void dropConnectionsOfGoneWorkspaces();
    ThreadConnection &threadConnection();

    WorkspaceLocation m_location;
    quint64 m_serial = 0;
    QString m_connectionPrefix;
};

} // namespace blihops
