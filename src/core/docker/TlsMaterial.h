#pragma once

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QString>

namespace blihops {

// The client side of a tcp:// engine's TLS, kept where the docker CLI keeps it: ca.pem,
// cert.pem and key.pem in $DOCKER_CERT_PATH, else ~/.docker. The engine's certificate is
// verified against ca.pem and must name the host; ours proves who we are.
class TlsMaterial
{
    Q_DECLARE_TR_FUNCTIONS(TlsMaterial)

public:
    static QString defaultDirectory();
    // Throws Error(BadInput) naming the missing or unreadable file.
    static QSslConfiguration load(const QString &directory = defaultDirectory());
};

} // namespace blihops
