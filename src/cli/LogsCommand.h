#pragma once

#include "Command.h"

namespace blihops::cli {

class LogsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("logs"); }
    QString summary() const override
    {
        return QStringLiteral("Print the log of a container, or of every container of a "
                              "service, as docker logs prints it.");
    }
    QString arguments() const override { return QStringLiteral("ENV SERVICE|CONTAINER"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
