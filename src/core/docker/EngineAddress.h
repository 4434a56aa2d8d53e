#pragma once

#include <QString>

namespace blihops {

// Where an environment's Docker Engine listens: unix:///path, ssh://[user@]host[:port][/socket]
// or tcp://host:port (TLS with client certificates).
struct EngineAddress
{
    enum class Scheme
    {
        Unix,
        Ssh,
        Tcp
    };

    Scheme scheme = Scheme::Unix;
    QString socketPath; // unix; ssh: the socket on the host, empty for the default
    QString user;       // ssh
    QString host;       // ssh, tcp
    int port = -1;      // ssh (-1: the ssh default), tcp

    // Throws Error(BadInput) with a message that names the address and the expected forms.
    static EngineAddress parse(const QString &url);
};

} // namespace blihops
