#include "CliContext.h"

#include "workspace/BuiltinProfile.h"

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

} // namespace blihops::cli
