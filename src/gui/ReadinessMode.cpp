#include "ReadinessMode.h"

#include "ReadinessPane.h"

namespace blihops::gui {

ReadinessMode::ReadinessMode(const ModeContext &context, QWidget *parent)
    : Mode(parent), m_pane(new ReadinessPane(context.runner, parent))
{
    setObjectName(QStringLiteral("readinessMode"));
}

ReadinessMode::~ReadinessMode()
{
    delete m_pane;
}

QWidget *ReadinessMode::widget() const
{
    return m_pane;
}

QString ReadinessMode::title() const
{
    return tr("Readiness");
}

QString ReadinessMode::toolTip() const
{
    return tr("Findings of the readiness review for every environment (Ctrl+2)");
}

QIcon ReadinessMode::icon() const
{
    return QIcon(QStringLiteral(":/icons/readiness-mode.svg"));
}

QKeySequence ReadinessMode::shortcut() const
{
    return QKeySequence(tr("Ctrl+2"));
}

void ReadinessMode::activate()
{
    m_pane->recheck();
}

} // namespace blihops::gui
