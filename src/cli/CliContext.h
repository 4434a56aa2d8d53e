#pragma once

#include "workspace/Workspace.h"

#include <QJsonObject>
#include <QTextStream>
#include <memory>

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

private:
    QString m_workspaceOption;
    bool m_json;
    std::unique_ptr<Workspace> m_workspace;
    QTextStream m_out;
};

} // namespace blihops::cli
