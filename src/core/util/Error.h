#pragma once

#include <QString>
#include <stdexcept>

namespace blihops {

// Every failure the core reports to a user carries one of these kinds; the CLI maps
// them onto the exit codes of DESIGN.md and the GUI onto its error dialogs.
enum class ErrorKind
{
    BadInput,    // malformed argument, file or value: fix the input
    NotFound,    // a named thing does not exist
    Conflict,    // a named thing exists already
    Workspace,   // the workspace cannot be opened or written (corrupt, read-only, locked, too new)
    Unreachable, // a server (PostgreSQL, engine, host) did not answer
};

class Error : public std::runtime_error
{
public:
    Error(ErrorKind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
    {}

    ErrorKind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    ErrorKind m_kind;
    QString m_message;
};

} // namespace blihops
