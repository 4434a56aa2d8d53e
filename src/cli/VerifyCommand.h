#pragma once

#include "Command.h"

namespace blihops::cli {

// verify ENV BACKUP|FILE [--target scratch|ENV2] [--keep] [--on-host] [--cleanup]: restores a
// backup (an id from backup list) or a dump or archive on this machine (or, --on-host, on the
// environment's host) into a scratch database and
// proves it equals what was backed up. --cleanup alone (without BACKUP|FILE) only removes
// the scratch databases earlier runs left behind.
class VerifyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override
    {
        return QStringLiteral("Restore a backup into a scratch database and prove it intact.");
    }
    QString arguments() const override { return QStringLiteral("ENV [BACKUP|FILE]"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
