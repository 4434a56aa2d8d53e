#pragma once

#include "Command.h"

namespace blihops::cli {

class SmokeSuiteCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("smoke suite"); }
    QString summary() const override
    {
        return QStringLiteral("Show an environment's smoke suite, replace it from a JSON file, "
                              "or reset it to the one derived from the compose files.");
    }
    QString arguments() const override { return QStringLiteral("ENV"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
