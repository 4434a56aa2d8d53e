#pragma once

#include "Command.h"

namespace blihops::cli {

class StreamImportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("stream import"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Import stream documents: completion from their checkboxes, kept as a snapshot.");
    }
    QString arguments() const override { return QStringLiteral("FILE..."); }
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
