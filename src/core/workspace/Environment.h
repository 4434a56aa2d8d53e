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
    QDateTime updatedAt;   // UTC
    QString updatedBy;

    QJsonObject toJson() const;
};

// "postgres:5432, redis:6379" <-> list; the notation used by the CLI and the dialog.
QString formatExpectedPorts(const QList<ExpectedPort> &ports);
// Throws Error(BadInput) naming the malformed entry.
QList<ExpectedPort> parseExpectedPorts(const QString &text);

} // namespace blihops
