#pragma once

#include <QString>

namespace blihops {

struct EngineAddress;

// A host reached with the system OpenSSH client.
struct SshTarget
{
    QString user; // empty: ~/.ssh/config or the local user decides
    QString host;
    int port = -1; // -1: ~/.ssh/config or 22

    static SshTarget fromEngine(const EngineAddress &address);

    // user@host, as ssh takes it.
    QString destination() const;
    // ssh://user@host:port, for messages.
    QString display() const;

    bool operator==(const SshTarget &) const = default;
};

} // namespace blihops
