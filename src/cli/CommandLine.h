#pragma once

#include "Command.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace blihops::cli {

// Finds the subcommand in argv, parses the global and the command's options, runs it and
// turns any failure into one line on stderr and the exit code of DESIGN.md.
class CommandLine
{
public:
    CommandLine();
    int run(const QStringList &arguments);
    // Whether the command line asks for a PDF, which needs a QGuiApplication (for fonts).
    static bool writesPdf(const QStringList &arguments);

private:
    QString globalHelp() const;
    QStringList words(const QStringList &arguments) const;
    Command *find(const QStringList &words, qsizetype *used) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace blihops::cli
