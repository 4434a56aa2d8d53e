#include "docker/EngineAddress.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QUrl>
#include <algorithm>

namespace blihops {

namespace {

[[noreturn]] void malformed(const QString &url, const QString &why)
{
    throw Error(ErrorKind::BadInput,
                QCoreApplication::translate("EngineAddress",
                                            "Engine address \"%1\" is not valid: %2. Use "
                                            "unix:///var/run/docker.sock, ssh://user@host[:port] "
                                            "or tcp://host:2376.")
                    .arg(url, why));
}

} // namespace

EngineAddress EngineAddress::parse(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (url.trimmed().isEmpty())
        malformed(url, QCoreApplication::translate("EngineAddress", "it is empty"));
    // QUrl calls such a host invalid; the user must hear why it matters.
    const QString authority = url.section(QStringLiteral("://"), 1).section(QLatin1Char('/'), 0, 0);
    if (authority.section(QLatin1Char('@'), -1).startsWith(QLatin1Char('-')))
        malformed(url, QCoreApplication::translate(
                           "EngineAddress",
                           "the host must not start with \"-\" or contain spaces or control "
                           "characters"));
    if (!parsed.isValid() || parsed.scheme().isEmpty())
        malformed(url, QCoreApplication::translate("EngineAddress", "it is not a URL"));
    if (!parsed.query().isEmpty() || !parsed.fragment().isEmpty())
        malformed(url, QCoreApplication::translate("EngineAddress",
                                                   "it must not have a query or fragment"));

    EngineAddress address;
    const QString scheme = parsed.scheme().toLower();
    if (scheme == QLatin1String("unix")) {
        address.scheme = Scheme::Unix;
        address.socketPath = parsed.path();
        if (!parsed.host().isEmpty() || !address.socketPath.startsWith(QLatin1Char('/')))
            malformed(url, QCoreApplication::translate(
                               "EngineAddress", "a unix address needs an absolute socket path"));
        return address;
    }
    if (scheme == QLatin1String("ssh") || scheme == QLatin1String("tcp")) {
        address.scheme = scheme == QLatin1String("ssh") ? Scheme::Ssh : Scheme::Tcp;
        address.host = parsed.host();
        address.user = parsed.userName();
        address.port = parsed.port(-1);
        if (address.host.isEmpty())
            malformed(url, QCoreApplication::translate("EngineAddress", "the host is missing"));
        // ssh would read a user name that starts with "-" as one of its options (such as
        // -oProxyCommand=…), and a space or control character is no name ssh knows.
        const auto unsafe = [](const QString &name) {
            return name.startsWith(QLatin1Char('-')) ||
                   std::any_of(name.begin(), name.end(), [](QChar c) {
                       return c.isSpace() || c.category() == QChar::Other_Control;
                   });
        };
        if (unsafe(address.user))
            malformed(url, QCoreApplication::translate(
                               "EngineAddress",
                               "the user must not start with \"-\" or contain spaces or control "
                               "characters"));
        if (!parsed.password().isEmpty())
            malformed(url, QCoreApplication::translate(
                               "EngineAddress", "it must not contain a password; use ssh keys"));
        // ssh://host/path names the engine's socket on the host (default /var/run/docker.sock).
        if (!parsed.path().isEmpty() && parsed.path() != QLatin1String("/")) {
            if (address.scheme == Scheme::Tcp)
                malformed(url, QCoreApplication::translate("EngineAddress",
                                                           "a tcp address must not have a path"));
            address.socketPath = parsed.path();
        }
        if (address.scheme == Scheme::Tcp) {
            if (address.port < 0)
                malformed(url, QCoreApplication::translate(
                                   "EngineAddress", "a tcp address needs a port, such as 2376"));
            if (!address.user.isEmpty())
                malformed(
                    url, QCoreApplication::translate("EngineAddress", "a tcp address has no user"));
        }
        return address;
    }
    malformed(
        url,
        QCoreApplication::translate("EngineAddress", "unknown scheme \"%1\"").arg(parsed.scheme()));
}

} // namespace blihops
