#pragma once

#include "Command.h"

namespace blihops::cli {

class EnvConflictsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("env conflicts"); }
    QString summary() const override
    {
        return QStringLiteral("Whether two environments can run at the same time on one host "
                              "(exit 1 when they collide).");
    }
    QString arguments() const override { return QStringLiteral("A B"); }
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
