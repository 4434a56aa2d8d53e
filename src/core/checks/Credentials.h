#pragma once

#include <QCoreApplication>
#include <QString>

namespace blihops {

class ComposeProject;
struct Environment;

// Passwords for smoke checks. They come from the environment's own files (the value the
// service's container gets, else the env file's variable) or from the OS keychain under
// "<environment>/<variable>"; never from the workspace, a log or a command line.
class Credentials
{
    Q_DECLARE_TR_FUNCTIONS(Credentials)

public:
    // The keychain service name all BlihOps secrets are stored under.
    static QString keychainService();
    static QString keychainKey(const QString &environment, const QString &variable);

    // Throws Error(NotFound) when neither the files nor the keychain have it, naming both
    // and how to add it. Blocks on the keychain: call from a worker thread or the CLI.
    static QString lookup(const Environment &environment, const ComposeProject &project,
                          const QString &service, const QString &variable);
    // Throws Error(Workspace) when the keychain refuses or is not there.
    static void store(const QString &environment, const QString &variable, const QString &secret);
    static void forget(const QString &environment, const QString &variable);

private:
    static QString fromKeychain(const QString &key, QString *error);
};

} // namespace blihops
