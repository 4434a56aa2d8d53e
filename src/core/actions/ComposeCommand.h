#pragma once

#include "actions/ComposeProgram.h"
#include "workspace/Environment.h"

#include <QCoreApplication>
#include <QStringList>

namespace blihops {

// The compose command line of an action on an environment, as argv: the project, its files,
// its env file and its folder, the subcommand and its services. For an ssh:// engine the
// files are the host's copies in the environment's folder there; otherwise the files where
// they are, compose's project folder being the first file's.
class ComposeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ComposeCommand)

public:
    enum class Verb
    {
        Up,
        Down,
        Restart,
        Pull
    };

    // onHost: the command runs on the ssh:// engine's host, in the environment's folder.
    // Throws Error(BadInput) for what compose cannot do (services for down, volumes for
    // anything but down).
    static QStringList argv(const ComposeProgram &program, const Environment &environment,
                            bool onHost, Verb verb, const QStringList &services,
                            bool removeVolumes);
    // Where each local file goes on the host: the folder, then the file's own name. Throws
    // Error(BadInput) when two files have the same name.
    static QString hostPathOf(const Environment &environment, const QString &localPath);
    // The variables compose needs to reach the engine when it runs: DOCKER_HOST for a socket
    // other than the host's default, and the TLS settings for tcp:// (for the workstation).
    static QStringList engineVariables(const Environment &environment, bool onHost);
};

} // namespace blihops
