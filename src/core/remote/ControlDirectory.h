#pragma once

#include <QCoreApplication>
#include <QString>

namespace blihops {

// The folder for the SSH control sockets and forwarded sockets: whoever can connect to them
// uses our logged-in masters, so it must be ours alone. $XDG_RUNTIME_DIR/blihops-ssh (the
// session's private runtime folder), else a folder made with mkdtemp for this process.
class ControlDirectory
{
    Q_DECLARE_TR_FUNCTIONS(ControlDirectory)

public:
    // Creates the folder if needed. Throws Error(BadInput) when it exists but belongs to
    // another user or is open to others, naming it and what to do.
    static QString path();
};

} // namespace blihops
