#pragma once

#include "Command.h"

namespace blihops::cli {

class StreamReportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("stream report"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Report streams: tasks, tests, stated against computed completion, contradictions.");
    }
    QString arguments() const override { return QStringLiteral("[STREAM]"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
