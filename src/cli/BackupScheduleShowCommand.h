#pragma once

#include "Command.h"

namespace blihops::cli {

// backup schedule show ENV JOB: what install writes to the host, as it writes it.
class BackupScheduleShowCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("backup schedule show"); }
    QString summary() const override
    {
        return QStringLiteral("Print the exact script and schedule entry a backup job installs.");
    }
    QString arguments() const override { return QStringLiteral("ENV JOB"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
