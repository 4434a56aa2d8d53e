#pragma once

#include <QCoreApplication>
#include <QString>

namespace blihops {

// The folder for the SSH control sockets and forwarded sockets: whoever can connect to them
// uses our logged-in masters, so it must be ours alone. $XDG_RUNTIME_DIR/blihops-ssh (the
// session's private runtime folder), else a folder made with mkdtemp for this process, in
// the temporary folder or, when that is too long a path, in /tmp.
class ControlDirectory
{
    Q_DECLARE_TR_FUNCTIONS(ControlDirectory)

public:
    // Creates the folder if needed. Throws Error(BadInput) when it exists but belongs to
    // another user or is open to others, naming it and what to do.
    static QString path();
    // The longest folder the sockets fit in: a socket path has 104 bytes at most, and after
    // the folder come the socket's name (cm-…-fwd-….sock) or ssh's own suffix while it binds.
    static constexpr qsizetype kMaxLength = 56;
    // Throws Error(BadInput) unless folder is a folder (not a link), owned by uid and closed
    // to others.
    static void check(const QString &folder, uint uid);
};

} // namespace blihops
