#pragma once

#include "Command.h"

namespace blihops::cli {

class ChecklistTieCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("checklist tie"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Tie an item to a check (smoke:CHECK, smoke, health, pair:ENV) or untie it (none).");
    }
    QString arguments() const override { return QStringLiteral("RUN ITEM CHECK"); }
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
