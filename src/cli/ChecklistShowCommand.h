#pragma once

#include "Command.h"

namespace blihops::cli {

class ChecklistShowCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("checklist show"); }
    QString summary() const override
    {
        return QStringLiteral("Show a checklist run: its items, evidence, waivers and sign-off.");
    }
    QString arguments() const override { return QStringLiteral("RUN"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
