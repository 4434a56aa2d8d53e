#pragma once

#include "Command.h"

namespace blihops::cli {

class EnvStatusCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("env status"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Show what runs in an environment: containers, health, limits, ports.");
    }
    QString arguments() const override { return QStringLiteral("NAME"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
