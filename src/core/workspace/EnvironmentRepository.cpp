#include "workspace/EnvironmentRepository.h"

#include "util/Timestamp.h"
#include "workspace/AuditLog.h"
#include "workspace/BuiltinProfile.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <algorithm>

namespace blihops {

namespace {

Error notFound(const QString &name)
{
    return Error(ErrorKind::NotFound,
                 EnvironmentRepository::tr(
                     "No environment is named \"%1\": `blihopsctl env list` shows the names.")
                     .arg(name));
}

// For the audit log, with the paths as stored: the same for every member of a team.
QString describe(Environment environment)
{
    for (QString &path : environment.composeFiles)
        path = BuiltinProfile::toStored(path);
    environment.envFile = BuiltinProfile::toStored(environment.envFile);
    return QString::fromUtf8(QJsonDocument(environment.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

QList<Environment> EnvironmentRepository::list()
{
    QList<Environment> environments;
    QHash<qint64, qsizetype> indexOf;
    QSqlQuery rows = m_workspace.exec(
        QStringLiteral("SELECT id, name, tier, engine_url, project_name, env_file, updated_at, "
                       "updated_by FROM environments"));
    while (rows.next()) {
        Environment environment;
        environment.id = rows.value(0).toLongLong();
        environment.name = rows.value(1).toString();
        environment.tier = tierFromKey(rows.value(2).toString()).value_or(Tier::Production);
        environment.engineUrl = rows.value(3).toString();
        environment.projectName = rows.value(4).toString();
        environment.envFile = BuiltinProfile::resolve(rows.value(5).toString());
        environment.updatedAt = fromUtcTimestamp(rows.value(6).toString());
        environment.updatedBy = rows.value(7).toString();
        indexOf.insert(environment.id, environments.size());
        environments.append(environment);
    }

    QSqlQuery files = m_workspace.exec(QStringLiteral(
        "SELECT environment_id, path FROM environment_compose_files ORDER BY position"));
    while (files.next())
        environments[indexOf.value(files.value(0).toLongLong())].composeFiles
            << BuiltinProfile::resolve(files.value(1).toString());
    QSqlQuery ports = m_workspace.exec(QStringLiteral(
        "SELECT environment_id, service, port FROM environment_ports ORDER BY position"));
    while (ports.next()) {
        environments[indexOf.value(ports.value(0).toLongLong())].expectedPorts.append(
            {ports.value(1).toString(), ports.value(2).toInt()});
    }
    QSqlQuery databases = m_workspace.exec(
        QStringLiteral("SELECT environment_id, name FROM environment_databases ORDER BY position"));
    while (databases.next())
        environments[indexOf.value(databases.value(0).toLongLong())].databases
            << databases.value(1).toString();

    // Sorted here, not in SQL: SQLite and PostgreSQL collate text differently.
    std::sort(environments.begin(), environments.end(),
              [](const Environment &a, const Environment &b) {
                  if (a.tier != b.tier)
                      return a.tier < b.tier;
                  return a.name < b.name;
              });
    return environments;
}

std::optional<Environment> EnvironmentRepository::find(const QString &name)
{
    const QList<Environment> all = list();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Environment &environment) {
        return environment.name == name;
    });
    if (it == all.end())
        return std::nullopt;
    return *it;
}

Environment EnvironmentRepository::get(const QString &name)
{
    if (std::optional<Environment> environment = find(name))
        return *environment;
    throw notFound(name);
}

std::optional<qint64> EnvironmentRepository::idOf(const QString &name)
{
    QSqlQuery query =
        m_workspace.exec(QStringLiteral("SELECT id FROM environments WHERE name = ?"), {name});
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

void EnvironmentRepository::requireFreeName(const QString &name)
{
    if (idOf(name)) {
        throw Error(
            ErrorKind::Conflict,
            tr("An environment named \"%1\" exists already: choose another name.").arg(name));
    }
}

void EnvironmentRepository::writeChildren(qint64 id, const Environment &environment)
{
    for (const char *table :
         {"environment_compose_files", "environment_ports", "environment_databases"}) {
        m_workspace.exec(
            QStringLiteral("DELETE FROM %1 WHERE environment_id = ?").arg(QLatin1String(table)),
            {id});
    }
    for (qsizetype i = 0; i < environment.composeFiles.size(); ++i) {
        m_workspace.exec(QStringLiteral("INSERT INTO environment_compose_files (environment_id, "
                                        "position, path) VALUES (?, ?, ?)"),
                         {id, i, BuiltinProfile::toStored(environment.composeFiles.at(i))});
    }
    for (qsizetype i = 0; i < environment.expectedPorts.size(); ++i) {
        const ExpectedPort &port = environment.expectedPorts.at(i);
        m_workspace.exec(QStringLiteral("INSERT INTO environment_ports (environment_id, position, "
                                        "service, port) VALUES (?, ?, ?, ?)"),
                         {id, i, port.service, port.port});
    }
    for (qsizetype i = 0; i < environment.databases.size(); ++i) {
        m_workspace.exec(QStringLiteral("INSERT INTO environment_databases (environment_id, "
                                        "position, name) VALUES (?, ?, ?)"),
                         {id, i, environment.databases.at(i)});
    }
}

Environment EnvironmentRepository::add(const Environment &environment)
{
    const QString now = utcTimestamp();
    const QString actor = Workspace::actor();
    m_workspace.inTransaction([&] {
        requireFreeName(environment.name);
        QSqlQuery insert = m_workspace.exec(
            QStringLiteral("INSERT INTO environments (name, tier, engine_url, project_name, "
                           "env_file, created_at, created_by, updated_at, updated_by) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {environment.name, tierKey(environment.tier), environment.engineUrl,
             environment.projectName, BuiltinProfile::toStored(environment.envFile), now, actor,
             now, actor});
        insert.next();
        writeChildren(insert.value(0).toLongLong(), environment);
        AuditLog(m_workspace)
            .record(QStringLiteral("environment.add"), environment.name, describe(environment));
    });
    return get(environment.name);
}

Environment EnvironmentRepository::update(const QString &originalName,
                                          const Environment &environment)
{
    m_workspace.inTransaction([&] {
        const std::optional<qint64> id = idOf(originalName);
        if (!id) {
            throw Error(ErrorKind::NotFound,
                        tr("Environment \"%1\" no longer exists: somebody removed it. Reload and "
                           "add it again.")
                            .arg(originalName));
        }
        if (environment.name != originalName)
            requireFreeName(environment.name);
        m_workspace.exec(
            QStringLiteral("UPDATE environments SET name = ?, tier = ?, engine_url = ?, "
                           "project_name = ?, env_file = ?, updated_at = ?, updated_by = ? "
                           "WHERE id = ?"),
            {environment.name, tierKey(environment.tier), environment.engineUrl,
             environment.projectName, BuiltinProfile::toStored(environment.envFile), utcTimestamp(),
             Workspace::actor(), *id});
        writeChildren(*id, environment);
        const QString subject =
            environment.name == originalName
                ? originalName
                : QStringLiteral("%1 -> %2").arg(originalName, environment.name);
        AuditLog(m_workspace)
            .record(QStringLiteral("environment.update"), subject, describe(environment));
    });
    return get(environment.name);
}

void EnvironmentRepository::remove(const QString &name)
{
    m_workspace.inTransaction([&] {
        const std::optional<qint64> id = idOf(name);
        if (!id)
            throw notFound(name);
        m_workspace.exec(QStringLiteral("DELETE FROM environments WHERE id = ?"), {*id});
        AuditLog(m_workspace).record(QStringLiteral("environment.remove"), name);
    });
}

} // namespace blihops
