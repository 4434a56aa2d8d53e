#pragma once

#include "remote/SshTarget.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace blihops {

// The console's own known_hosts file. A host is trusted only when the user accepted the
// fingerprint it offered; nothing here ever accepts a key silently.
class HostKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(HostKeyStore)

public:
    explicit HostKeyStore(const QString &path = defaultPath());

    static QString defaultPath();
    QString path() const { return m_path; }

    // The SHA256:… fingerprint of the key trusted for the target, if any.
    std::optional<QString> trustedFingerprint(const SshTarget &target) const;
    // The fingerprint the host offers now (ssh-keyscan). Throws Error(Unreachable).
    QString offeredFingerprint(const SshTarget &target) const;
    // Trusts the key the host offers, if its fingerprint is the one given. Throws
    // Error(BadInput) when it is not, naming both.
    void trust(const SshTarget &target, const QString &fingerprint);
    // Forgets the target's key (after a legitimate change of host key).
    void forget(const SshTarget &target);

private:
    struct Scanned
    {
        QString line;
        QString fingerprint;
    };
    Scanned scan(const SshTarget &target) const;

    QString m_path;
};

} // namespace blihops
