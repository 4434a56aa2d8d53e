#pragma once

#include "Command.h"

namespace blihops::cli {

// backup schedule install ENV JOB: the job's script and schedule on the environment's host,
// the job in the workspace; with --run-now a first run right away.
class BackupScheduleInstallCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("backup schedule install"); }
    QString summary() const override
    {
        return QStringLiteral("Install (or replace) a backup job on the environment's host.");
    }
    QString arguments() const override { return QStringLiteral("ENV JOB"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
