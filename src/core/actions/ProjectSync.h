#pragma once

#include "workspace/Environment.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace blihops {

class SshConnection;

// The copies of an environment's compose and env files in its folder on an ssh:// engine's
// host, where compose runs (so that relative paths mean the host's). Compared by SHA-256,
// and uploaded only when the user says so; the env file, which holds secrets, with mode 0600
// and its contents never shown. Blocks: worker threads and the CLI only.
class ProjectSync
{
    Q_DECLARE_TR_FUNCTIONS(ProjectSync)

public:
    struct File
    {
        enum class State
        {
            Same,
            Changed,
            Missing // not on the host yet
        };

        QString localPath;
        QString hostPath;
        bool secret = false; // the env file
        State state = State::Same;
        // For a changed file that is not secret: a unified diff, the host's copy first.
        QString difference;
    };

    static QList<File> compare(SshConnection &ssh, const Environment &environment);
    static bool inSync(const QList<File> &files);
    // One line per file that differs, for messages: "docker-compose.yml (changed)".
    static QStringList describe(const QList<File> &files);
    // Writes every file that differs into the host's folder: each to a .partial file made
    // with its mode first, then renamed, so a copy is never half there.
    static void upload(SshConnection &ssh, const Environment &environment,
                       const QList<File> &files);
};

} // namespace blihops
