#pragma once

#include "Command.h"

namespace blihops::cli {

class EnvShowCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("env show"); }
    QString summary() const override
    {
        return QStringLiteral("Show one environment and the services of its compose files.");
    }
    QString arguments() const override { return QStringLiteral("NAME"); }
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
