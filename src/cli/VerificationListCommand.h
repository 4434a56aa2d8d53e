#pragma once

#include "Command.h"

namespace blihops::cli {

class VerificationListCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("verification list"); }
    QString summary() const override
    {
        return QStringLiteral("List the stored restore verifications, newest first.");
    }
    QString arguments() const override { return QStringLiteral("[ENV]"); }
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
