#pragma once

#include "Command.h"

namespace blihops::cli {

class ChecklistTemplatesCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("checklist templates"); }
    QString summary() const override
    {
        return QStringLiteral("List the checklist templates: built in, and the Markdown files runs "
                              "were started from.");
    }
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
