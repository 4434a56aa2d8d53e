#pragma once

#include "workspace/Tier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace blihops {

// A port the environment's stack is expected to publish, e.g. postgres on 5432.
struct ExpectedPort
{
    QString service;
    int port = 0;

    bool operator==(const ExpectedPort &) const = default;
};

// One deployment target: a compose project on one Docker Engine.
struct Environment
{
    qint64 id = 0;
    QString name;
    Tier tier = Tier::Development;
    QString engineUrl;        // unix://, ssh://, tcp://; empty until the user sets the host
    QStringList composeFiles; // absolute paths, in `docker compose -f` order
    QString projectName;      // compose project name
    QString envFile;          // absolute path, may be empty
    QList<ExpectedPort> expectedPorts;
    QStringList databases; // PostgreSQL databases the stack must have
    // ssh:// engines: the project's folder on the host, where compose runs with copies of the
    // compose and env files; empty for the default, ~/blihops/<project name>.
    QString remoteDirectory;
    // How long Up and Restart wait for every service to be healthy (or running).
    int healthTimeoutSeconds = 120;
    QDateTime updatedAt; // UTC
    QString updatedBy;

    QJsonObject toJson() const;
    // The project folder on the host as the user writes it: the one set, or the default.
    QString effectiveRemoteDirectory() const;
    // The same as ssh's remote side takes it: relative paths are relative to the login's
    // home (where ssh starts), so "~/x" becomes "x".
    QString hostDirectory() const;
};

// "postgres:5432, redis:6379" <-> list; the notation used by the CLI and the dialog.
QString formatExpectedPorts(const QList<ExpectedPort> &ports);
// Throws Error(BadInput) naming the malformed entry.
QList<ExpectedPort> parseExpectedPorts(const QString &text);

} // namespace blihops
