#pragma once

#include "workspace/Environment.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace blihops {

// Checks an environment before it is saved, reading its compose and env files, so that the
// dialog and `blihopsctl env add` refuse the same things with the same words.
class EnvironmentValidator
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentValidator)

public:
    enum class Field
    {
        Name,
        Engine,
        ComposeFiles,
        ProjectName,
        EnvFile,
        Ports,
        Databases,
        RemoteDirectory,
        HealthTimeout
    };

    struct Problem
    {
        Field field;
        QString message;
    };

    static QList<Problem> validate(const Environment &environment);
    // The compose project name docker compose would accept, made from an environment name.
    static QString defaultProjectName(const QString &environmentName);
};

} // namespace blihops
