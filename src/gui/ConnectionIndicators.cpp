#include "ConnectionIndicators.h"

#include "EnvironmentMonitors.h"
#include "EnvironmentTreeModel.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QToolButton>

namespace blihops::gui {

ConnectionIndicators::ConnectionIndicators(EnvironmentMonitors &monitors, QWidget *parent)
    : QWidget(parent), m_monitors(monitors), m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    connect(&monitors, &EnvironmentMonitors::monitorsReplaced, this,
            &ConnectionIndicators::rebuild);
    connect(&monitors, &EnvironmentMonitors::changed, this, &ConnectionIndicators::update);
}

void ConnectionIndicators::rebuild()
{
    qDeleteAll(findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly));
    for (const QString &name : m_monitors.names()) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("connection-") + name);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setText(name);
        connect(button, &QToolButton::clicked, this, [this, name] {
            EnvironmentMonitor *monitor = m_monitors.monitor(name);
            if (!monitor)
                return;
            auto *box = new QMessageBox(
                QMessageBox::Information, tr("Connection to %1").arg(name),
                tr("%1\n\nEngine: %2\nAPI version: %3")
                    .arg(monitor->rollupReason(), monitor->environment().engineUrl,
                         monitor->apiVersion().isEmpty() ? tr("unknown") : monitor->apiVersion()),
                QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
        m_layout->addWidget(button);
        update(name);
    }
}

void ConnectionIndicators::update(const QString &name)
{
    auto *button = findChild<QToolButton *>(QStringLiteral("connection-") + name);
    EnvironmentMonitor *monitor = m_monitors.monitor(name);
    if (!button || !monitor)
        return;
    button->setIcon(EnvironmentTreeModel::rollupIcon(monitor->rollup()));
    button->setToolTip(tr("%1: %2").arg(name, monitor->rollupReason()));
}

} // namespace blihops::gui
