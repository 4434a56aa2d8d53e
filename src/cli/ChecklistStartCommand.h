#pragma once

#include "Command.h"

namespace blihops::cli {

class ChecklistStartCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("checklist start"); }
    QString summary() const override
    {
        return QStringLiteral("Start a checklist run from a template or a Markdown file, for an "
                              "environment and a release.");
    }
    QString arguments() const override { return QStringLiteral("TEMPLATE|FILE.md"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
