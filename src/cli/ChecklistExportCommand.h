#pragma once

#include "Command.h"

namespace blihops::cli {

class ChecklistExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("checklist export"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Write a run as Markdown, HTML or PDF, with its evidence, waivers and sign-off.");
    }
    QString arguments() const override { return QStringLiteral("RUN"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
