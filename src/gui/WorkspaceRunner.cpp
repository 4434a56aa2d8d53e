#include "WorkspaceRunner.h"

namespace blihops::gui {

WorkspaceRunner::WorkspaceRunner(std::shared_ptr<Workspace> workspace, QObject *parent)
    : QObject(parent), m_workspace(std::move(workspace))
{
    m_pool.setMaxThreadCount(1);
    // Keep the one thread, and with it the workspace connection, for the runner's lifetime.
    m_pool.setExpiryTimeout(-1);
}

WorkspaceRunner::~WorkspaceRunner()
{
    m_pool.waitForDone();
}

void WorkspaceRunner::setPending(int pending)
{
    m_pending = pending;
    emit pendingChanged(pending);
}

} // namespace blihops::gui
