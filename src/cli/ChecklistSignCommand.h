#pragma once

#include "Command.h"

namespace blihops::cli {

class ChecklistSignCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("checklist sign"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Sign a run off as QA; exits 1, naming the items in the way, while any is not done.");
    }
    QString arguments() const override { return QStringLiteral("RUN"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
