#pragma once

#include "Command.h"

namespace blihops::cli {

class ChecklistListCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("checklist list"); }
    QString summary() const override
    {
        return QStringLiteral("List checklist runs, newest first, with their state and progress.");
    }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
