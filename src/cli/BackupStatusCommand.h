#pragma once

#include "Command.h"

namespace blihops::cli {

// backup status [ENV]: each job's last and next run and its alerts, for people and monitors.
class BackupStatusCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("backup status"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Check the backup jobs (exit 1 when any is stale, failing or short of space).");
    }
    QString arguments() const override { return QStringLiteral("[ENV]"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
