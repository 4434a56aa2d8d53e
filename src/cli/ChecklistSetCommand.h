#pragma once

#include "Command.h"

namespace blihops::cli {

class ChecklistSetCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("checklist set"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Set an item's state (pending, pass, fail, blocked, na), note or evidence.");
    }
    QString arguments() const override { return QStringLiteral("RUN ITEM STATE"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
