#pragma once

#include "Command.h"

namespace blihops::cli {

class EnvAddCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("env add"); }
    QString summary() const override
    {
        return QStringLiteral("Add an environment: a compose project on one Docker Engine.");
    }
    QString arguments() const override { return QStringLiteral("NAME"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
