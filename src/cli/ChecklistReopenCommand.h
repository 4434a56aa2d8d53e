#pragma once

#include "Command.h"

namespace blihops::cli {

class ChecklistReopenCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("checklist reopen"); }
    QString summary() const override
    {
        return QStringLiteral("Reopen a signed run as a new revision; the signed one is kept.");
    }
    QString arguments() const override { return QStringLiteral("RUN"); }
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
