#pragma once

#include <QCommandLineParser>
#include <QString>

namespace blihops::cli {

class CliContext;

// One subcommand of blihopsctl, such as "env list".
class Command
{
public:
    virtual ~Command() = default;

    // The words that select it, e.g. "env list".
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Names of the positional arguments, for the help text, e.g. "NAME".
    virtual QString arguments() const { return {}; }
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Returns the exit code; throws Error for failures the context turns into one line.
    virtual int run(CliContext &context, const QCommandLineParser &parser,
                    const QStringList &positional) = 0;
};

} // namespace blihops::cli
