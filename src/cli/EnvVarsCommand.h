#pragma once

#include "Command.h"

namespace blihops::cli {

class EnvVarsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("env vars"); }
    QString summary() const override
    {
        return QStringLiteral("The variables an environment's compose files read: where, "
                              "default, required, which env files set them.");
    }
    QString arguments() const override { return QStringLiteral("NAME"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
