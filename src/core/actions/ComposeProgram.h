#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace blihops {

class SshConnection;

// The compose front-end of a host, as a user there would run it: `docker compose` (the
// plugin), else `docker-compose`. The console never re-implements compose.
struct ComposeProgram
{
    Q_DECLARE_TR_FUNCTIONS(ComposeProgram)

public:
    QStringList command; // {"docker", "compose"} or {"docker-compose"}
    QString version;     // as it reports it, e.g. "2.24.6" or "1.29.2"

    // The options that switch off colours and cursor tricks in its output, where it knows them.
    QStringList plainOutputOptions() const;

    // Asks the host over ssh (or this machine, when ssh is nullptr) which one it has, once
    // per host for the life of the process. Blocks: worker threads and the CLI only. Throws
    // Error(NotFound) naming both when neither runs there.
    static ComposeProgram detect(SshConnection *ssh);
    // Parses what `version --short` printed (for tests): an empty version when it is none.
    static QString versionFrom(const QByteArray &output);
};

} // namespace blihops
