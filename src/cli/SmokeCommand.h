#pragma once

#include "Command.h"

namespace blihops::cli {

class SmokeCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("smoke"); }
    QString summary() const override
    {
        return QStringLiteral("Run an environment's smoke suite and keep its results; exits 1 "
                              "when a check fails.");
    }
    QString arguments() const override { return QStringLiteral("ENV"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
