#pragma once

#include "compose/ComposeNode.h"
#include "compose/Interpolator.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace blihops {

// An environment's compose files as docker compose sees them: each file interpolated with
// the env file's variables, then merged in -f order by compose's rules (mappings merge,
// command/entrypoint/healthcheck test are replaced, volumes merge by mount target, other
// lists append; !reset and !override are honoured). Every node keeps the file and line it
// came from, so that a finding points at what to change.
class ComposeProject
{
    Q_DECLARE_TR_FUNCTIONS(ComposeProject)

public:
    struct Service
    {
        QString name;
        ComposeNode definition; // file and line: where the service is first declared
        // Variables of its env_file files, and those files that are required but missing.
        QHash<QString, QString> envFileValues;
        QStringList missingEnvFiles;
    };

    // One ${VAR} where it is written.
    struct VariableUse
    {
        Interpolator::Reference reference;
        QString service; // empty outside services
        QString file;
        int line = 0;
    };

    // One entry of a service's environment: as written (raw) and interpolated (value).
    struct EnvironmentEntry
    {
        QString name;
        QString value;
        QString raw;
        bool hasValue = false; // "KEY" alone passes the shell's value through
        int line = 0;
        QString file;
    };

    // Reads the files in -f order. Variables come from envFile, or, when it is empty, from
    // the .env beside the first file if there is one. Throws Error(BadInput) naming the
    // file and line of anything unreadable, malformed or not a valid substitution.
    static ComposeProject load(const QStringList &files, const QString &envFile = {});

    const QStringList &files() const { return m_files; }
    QString envFile() const { return m_envFile; } // empty when no variables were read
    const QHash<QString, QString> &variables() const { return m_variables; }
    QString name() const { return m_root.scalar(QStringLiteral("name")); }
    // The merged document: services, volumes, networks, ...
    const ComposeNode &root() const { return m_root; }
    const std::vector<Service> &services() const { return m_services; }
    const QList<VariableUse> &variableUses() const { return m_variableUses; }

    // The service's environment: mapping and list forms alike, in file order.
    static QList<EnvironmentEntry> environmentOf(const Service &service);
    // The value the container gets for name (environment: over env_file), if any.
    static QString containerVariable(const Service &service, const QString &name);
    // The service's command as words, whichever form it was written in.
    static QStringList commandOf(const Service &service);
    // Whether the service turns its health check off (disable: true, or test NONE).
    static bool healthcheckDisabled(const Service &service);
    // The active health check's test as one line; empty without one of its own.
    static QString healthcheckTest(const Service &service);

private:
    QStringList m_files;
    QString m_envFile;
    QHash<QString, QString> m_variables;
    ComposeNode m_root;
    std::vector<Service> m_services;
    QList<VariableUse> m_variableUses;
};

} // namespace blihops
