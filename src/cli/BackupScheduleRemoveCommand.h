#pragma once

#include "Command.h"

namespace blihops::cli {

// backup schedule remove ENV JOB: the schedule entry, the script and the job go; the backups stay
// unless asked.
class BackupScheduleRemoveCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("backup schedule remove"); }
    QString summary() const override
    {
        return QStringLiteral("Take a backup job's schedule and script off its host (its backups "
                              "only with --delete-backups).");
    }
    QString arguments() const override { return QStringLiteral("ENV JOB"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
