#pragma once

#include <QString>
#include <QVariantMap>
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
    UntrustedHostKey, // an SSH host offers a key the user has not accepted yet
    ChangedHostKey,   // an SSH host offers a key other than the one accepted: stop
};

class Error : public std::runtime_error
{
public:
    Error(ErrorKind kind, const QString &message, const QVariantMap &details = {})
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message),
          m_details(details)
    {}

    ErrorKind kind() const { return m_kind; }
    QString message() const { return m_message; }
    // What a caller needs to act on the error, e.g. the fingerprint a host offers.
    QVariantMap details() const { return m_details; }

private:
    ErrorKind m_kind;
    QString m_message;
    QVariantMap m_details;
};

} // namespace blihops
