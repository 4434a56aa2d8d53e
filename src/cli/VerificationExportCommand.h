#pragma once

#include "Command.h"

namespace blihops::cli {

class VerificationExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("verification export"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Write a stored restore verification as Markdown or PDF, with every figure.");
    }
    QString arguments() const override { return QStringLiteral("ID"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;
};

} // namespace blihops::cli
