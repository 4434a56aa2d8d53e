#pragma once

#include "Command.h"

namespace blihops::cli {

class VersionCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("version"); }
    QString summary() const override
    {
        return QStringLiteral("Print the versions of blihopsctl, Qt and the workspace schema.");
    }
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
