#pragma once

#include "Command.h"

namespace blihops::cli {

// backup download ENV BACKUP DIR: BACKUP is an id from backup list (or JOB/ID).
class BackupDownloadCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("backup download"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Copy a backup to this machine, its SHA-256 checked after the transfer.");
    }
    QString arguments() const override { return QStringLiteral("ENV BACKUP DIR"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
