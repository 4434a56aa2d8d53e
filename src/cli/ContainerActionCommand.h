#pragma once

#include "Command.h"
#include "actions/Action.h"

namespace blihops::cli {

// container start|stop|restart|kill ENV CONTAINER: through the engine's API, then (start,
// restart) the health gate of the container's service.
class ContainerActionCommand : public Command
{
public:
    explicit ContainerActionCommand(Action::Kind kind) : m_kind(kind) {}

    QString name() const override;
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("ENV CONTAINER"); }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser,
            const QStringList &positional) override;

private:
    Action::Kind m_kind;
};

} // namespace blihops::cli
