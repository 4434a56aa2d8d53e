#pragma once

#include "Command.h"

namespace blihops::cli {

// backup list ENV [--job JOB]: the catalog, one entry per manifest line.
class BackupListCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("backup list"); }
    QString summary() const override
    {
        return QStringLiteral(
            "List an environment's backups, read from the manifests on its host.");
    }
    QString arguments() const override { return QStringLiteral("ENV"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
