#pragma once

#include "Command.h"

namespace blihops::cli {

class LintUnsilenceCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("lint unsilence"); }
    QString summary() const override
    {
        return QStringLiteral("Report a silenced readiness rule again.");
    }
    QString arguments() const override { return QStringLiteral("ENV SERVICE RULE"); }
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
