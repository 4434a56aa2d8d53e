#pragma once

#include "Command.h"

namespace blihops::cli {

class StreamListCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("stream list"); }
    QString summary() const override
    {
        return QStringLiteral(
            "List the imported streams with their completion and contradictions.");
    }
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
