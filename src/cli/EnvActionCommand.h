#pragma once

#include "Command.h"
#include "actions/Action.h"

namespace blihops::cli {

// env up|down|restart|pull NAME: the host's own compose on the environment's project, then
// (up, restart) the health gate.
class EnvActionCommand : public Command
{
public:
    explicit EnvActionCommand(Action::Kind kind) : m_kind(kind) {}

    QString name() const override;
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("NAME"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;

private:
    Action::Kind m_kind;
};

} // namespace blihops::cli
