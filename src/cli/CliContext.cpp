#include "CliContext.h"

#include "docker/EngineAddress.h"
#include "remote/SshTarget.h"
#include "workspace/BuiltinProfile.h"
#include "workspace/Environment.h"

#include <QJsonDocument>
#include <cstdio>

namespace blihops::cli {

CliContext::CliContext(const QString &workspaceOption, bool json)
    : m_workspaceOption(workspaceOption), m_json(json), m_out(stdout)
{}

Workspace &CliContext::workspace()
{
    if (!m_workspace) {
        auto workspace = std::make_unique<Workspace>(WorkspaceLocation::resolve(m_workspaceOption));
        workspace->open();
        BuiltinProfile::ensure(*workspace);
        m_workspace = std::move(workspace);
    }
    return *m_workspace;
}

void CliContext::printJson(const QJsonObject &document)
{
    m_out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    m_out.flush();
}

QCommandLineOption CliContext::trustHostKeyOption()
{
    return {QStringLiteral("trust-host-key"),
            QStringLiteral("Trust the SSH host key with this fingerprint, if it is the one the "
                           "host offers (first connection only)."),
            QStringLiteral("SHA256:...")};
}

HostKeyStore CliContext::hostKeys(const Environment &environment, const QString &fingerprint)
{
    HostKeyStore keys;
    if (fingerprint.isEmpty())
        return keys;
    const EngineAddress address = EngineAddress::parse(environment.engineUrl);
    if (address.scheme != EngineAddress::Scheme::Ssh) {
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("--trust-host-key applies to ssh:// engines; %1 uses %2.")
                        .arg(environment.name, environment.engineUrl));
    }
    const SshTarget target = SshTarget::fromEngine(address);
    // Never replaces a trusted key: a changed key must stop, whatever the command line says.
    if (!keys.trustedFingerprint(target))
        keys.trust(target, fingerprint);
    return keys;
}

} // namespace blihops::cli
