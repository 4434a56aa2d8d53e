#pragma once

#include "Command.h"

namespace blihops::cli {

class LintSilenceCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("lint silence"); }
    QString summary() const override
    {
        return QStringLiteral("Silence a readiness rule for one service of an environment.");
    }
    QString arguments() const override { return QStringLiteral("ENV SERVICE RULE"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
