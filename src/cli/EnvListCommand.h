#pragma once

#include "Command.h"

namespace blihops::cli {

class EnvListCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("env list"); }
    QString summary() const override
    {
        return QStringLiteral("List the environments of the workspace.");
    }
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
