#pragma once

#include "Command.h"

namespace blihops::cli {

// backup run ENV JOB [--wait]: the installed script, run as its schedule runs it.
class BackupRunCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("backup run"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Run a backup job on its host now (exit 1 when the run fails, with --wait).");
    }
    QString arguments() const override { return QStringLiteral("ENV JOB"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
