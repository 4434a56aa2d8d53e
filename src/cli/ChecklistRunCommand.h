#pragma once

#include "Command.h"

namespace blihops::cli {

class ChecklistRunCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("checklist run"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Run the check an item is tied to and record its result; exits 1 when it fails.");
    }
    QString arguments() const override { return QStringLiteral("RUN ITEM"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
