#pragma once

#include "Command.h"

namespace blihops::cli {

class LintCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("lint"); }
    QString summary() const override
    {
        return QStringLiteral("Review compose files for production readiness (exit 1 on any "
                              "error finding).");
    }
    QString arguments() const override { return QStringLiteral("[FILE...]"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
