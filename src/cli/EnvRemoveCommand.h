#pragma once

#include "Command.h"

namespace blihops::cli {

class EnvRemoveCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("env remove"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Remove an environment from the workspace (its stack is not touched).");
    }
    QString arguments() const override { return QStringLiteral("NAME"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
