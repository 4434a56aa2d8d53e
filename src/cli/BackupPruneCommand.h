#pragma once

#include "Command.h"

namespace blihops::cli {

// backup prune ENV [--job JOB] [--dry-run]: RetentionPlanner's plan, carried out.
class BackupPruneCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("backup prune"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Delete the backups retention lets go (--dry-run: list them with the reasons).");
    }
    QString arguments() const override { return QStringLiteral("ENV"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
