#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace blihops {

// One check of an environment's smoke suite. Its target is an address as the Docker host
// sees it (reached through an SSH tunnel when the engine is ssh://), or, with an empty host,
// the address of the service's container. It holds the name of the variable that has the
// password, never the password.
struct SmokeCheck
{
    Q_DECLARE_TR_FUNCTIONS(SmokeCheck)

public:
    enum class Kind
    {
        Postgres,        // connects, SELECT 1, the databases exist
        Redis,           // PING, INFO replication's role
        Http,            // the status (and body text) within the timeout
        ContainerHealth, // the service's containers run and are healthy
    };

    QString name; // unique within the suite
    Kind kind = Kind::Http;
    QString service;
    QString host; // empty: the service container's address
    int port = 0;
    QString database;                   // PostgreSQL: the database to connect to
    QStringList databases;              // PostgreSQL: further databases that must exist
    QString user;                       // PostgreSQL
    QString secretVariable;             // PostgreSQL/Redis: the variable holding the password
    QString path = QStringLiteral("/"); // HTTP: path and query
    bool https = false;
    int expectedStatus = 200;
    QString expectedBody; // HTTP: text the body must contain; empty: any
    int timeoutMs = 5000;
    bool enabled = true;

    bool usesNetwork() const { return kind != Kind::ContainerHealth; }
    // "postgres://blihops@127.0.0.1:5432/blihops", "http://127.0.0.1:8000/health",
    // "container api": what the check talks to, for tables and messages.
    QString target() const;

    // Empty, localhost, a loopback or the any-address: the Docker host itself, as it sees it.
    static bool isLocalHost(const QString &host);

    static QString kindKey(Kind kind); // postgres, redis, http, container-health
    // Throws Error(BadInput) for an unknown key.
    static Kind kindFromKey(const QString &key);
    static QString kindLabel(Kind kind); // translated

    QJsonObject toJson() const;
    // Throws Error(BadInput) naming the check and the field that is wrong.
    static SmokeCheck fromJson(const QJsonObject &object);
    // Throws Error(BadInput) for a check that cannot run: no name, a port out of range, ...
    void validate() const;

    bool operator==(const SmokeCheck &) const = default;
};

} // namespace blihops
