#pragma once

#include "remote/SshTarget.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace blihops {

// The console's own known_hosts file. A host is trusted only when the user accepted the
// fingerprint it offered; nothing here ever accepts a key silently. Keys are read and
// written by ssh itself, through the user's ssh config: an alias, a port from the config,
// ProxyJump, HostKeyAlias, CheckHostIP and HashKnownHosts all mean what they mean to ssh.
class HostKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(HostKeyStore)

public:
    explicit HostKeyStore(const QString &path = defaultPath());

    static QString defaultPath();
    QString path() const { return m_path; }

    // The SHA256:… fingerprint of the key trusted for the target, looked up under the name
    // ssh looks it up under; none if the target is not trusted yet.
    std::optional<QString> trustedFingerprint(const SshTarget &target) const;
    // The fingerprint the host offers ssh now. Throws Error(Unreachable).
    QString offeredFingerprint(const SshTarget &target) const;
    // Trusts the key the host offers, if its fingerprint is the one given. Throws
    // Error(BadInput) when it is not, naming both.
    void trust(const SshTarget &target, const QString &fingerprint);
    // Forgets the target's key (after a legitimate change of host key).
    void forget(const SshTarget &target);

private:
    struct Offered
    {
        QByteArray knownHostsLines; // as ssh writes them for this target
        QString fingerprint;
    };
    // Connects with ssh against an empty known_hosts of its own, with every way of logging
    // in switched off: ssh records the key it was offered, under the right name, and stops.
    Offered probe(const SshTarget &target) const;

    QString m_path;
};

} // namespace blihops
