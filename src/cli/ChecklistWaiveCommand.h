#pragma once

#include "Command.h"

namespace blihops::cli {

class ChecklistWaiveCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("checklist waive"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Waive an item with a reason, so that the run can be signed without it.");
    }
    QString arguments() const override { return QStringLiteral("RUN ITEM"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
