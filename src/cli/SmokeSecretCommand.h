#pragma once

#include "Command.h"

namespace blihops::cli {

class SmokeSecretCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("smoke secret"); }
    QString summary() const override
    {
        return QStringLiteral("Store a smoke check's password (read from stdin) in the OS "
                              "keychain, or forget it.");
    }
    QString arguments() const override { return QStringLiteral("ENV VARIABLE"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
