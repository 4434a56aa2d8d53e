#pragma once

#include "remote/HostKeyStore.h"
#include "workspace/Workspace.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <QTextStream>
#include <memory>

namespace blihops {
struct Environment;
}

namespace blihops::cli {

// What every command shares: the workspace (opened on first use, with the built-in profile),
// the --json switch and the output streams.
class CliContext
{
public:
    CliContext(const QString &workspaceOption, bool json);

    bool json() const { return m_json; }
    Workspace &workspace();

    QTextStream &out() { return m_out; }
    void printJson(const QJsonObject &document);

    // --trust-host-key, for commands that reach an environment's host over SSH.
    static QCommandLineOption trustHostKeyOption();
    // The user's known hosts, trusting the fingerprint the option gave for the environment's
    // host on a first connection only. Throws Error(BadInput) when the engine is not ssh://.
    static HostKeyStore hostKeys(const Environment &environment, const QString &fingerprint);

private:
    QString m_workspaceOption;
    bool m_json;
    std::unique_ptr<Workspace> m_workspace;
    QTextStream m_out;
};

} // namespace blihops::cli
