#pragma once

#include "Command.h"

namespace blihops::cli {

// backup schedule list [ENV]: the jobs in the workspace.
class BackupScheduleListCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("backup schedule list"); }
    QString summary() const override
    {
        return QStringLiteral("List the backup jobs, of every environment or of one.");
    }
    QString arguments() const override { return QStringLiteral("[ENV]"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
