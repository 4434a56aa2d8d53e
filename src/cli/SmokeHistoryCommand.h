#pragma once

#include "Command.h"

namespace blihops::cli {

class SmokeHistoryCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("smoke history"); }
    QString summary() const override
    {
        return QStringLiteral("List an environment's smoke runs, newest first.");
    }
    QString arguments() const override { return QStringLiteral("ENV"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
