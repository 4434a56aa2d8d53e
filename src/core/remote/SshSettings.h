#pragma once

#include "remote/SshTarget.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace blihops {

// What ssh itself makes of a destination once the user's ssh config has been applied
// (`ssh -G`): a Host alias becomes its HostName, Port and User; HostKeyAlias renames the
// host for known_hosts. Everything the app asks ssh goes through the same config, so that an
// alias, ProxyJump or an identity file work as they do in a terminal.
struct SshSettings
{
    Q_DECLARE_TR_FUNCTIONS(SshSettings)

public:
    QString hostname;
    int port = 22;
    QString user;
    QString hostKeyAlias;
    QString proxyJump;

    // The name ssh looks the host's key up under in known_hosts: the HostKeyAlias, else the
    // host name, with the port when it is not 22 ("[host]:port").
    QString knownHostsName() const;

    // Runs `ssh -G`. Throws Error(BadInput) when ssh refuses the destination or the config.
    static SshSettings resolve(const SshTarget &target);

    // Options every ssh call starts with: `-F FILE` when BLIHOPS_SSH_CONFIG names a config
    // file to use instead of ~/.ssh/config (ssh reads the account's home, never $HOME), else
    // nothing.
    static QStringList configOptions();
    // The end of an ssh command line for target: the port if given, then `--` and the
    // destination, so that no host or user name can be read as an option.
    static QStringList destinationArguments(const SshTarget &target);
    // `-o NAME="PATH"`: ssh splits the values of its file options at spaces into several
    // files, and the app's folders ("BlihOps Console") have one.
    static QStringList fileOption(const QString &name, const QString &path);
};

} // namespace blihops
