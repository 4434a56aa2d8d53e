#include "ContainersPane.h"

#include "ContainersModel.h"
#include "EnvironmentTreeModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>

namespace blihops::gui {

ContainersPane::ContainersPane(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_view(new QTableView(this)),
      m_model(new ContainersModel(this))
{
    m_summary->setObjectName(QStringLiteral("containersSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setObjectName(QStringLiteral("containersView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { showHealthCheck(index.row()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);

    // Uptime follows the clock; this repaints one column, it does not ask the engine.
    m_clock.setInterval(std::chrono::seconds(30));
    connect(&m_clock, &QTimer::timeout, m_model, &ContainersModel::refreshUptime);
    m_clock.start();
    refresh();
}

QString ContainersPane::currentContainer() const
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_model->containers().size())
        return {};
    return m_model->containers().at(row).name;
}

void ContainersPane::setMonitor(EnvironmentMonitor *monitor)
{
    if (m_monitor)
        m_monitor->disconnect(this);
    m_monitor = monitor;
    if (monitor)
        connect(monitor, &EnvironmentMonitor::changed, this, &ContainersPane::refresh);
    refresh();
}

QString ContainersPane::summary() const
{
    return m_summary->text();
}

void ContainersPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ContainersPane::refresh()
{
    if (!m_monitor) {
        m_model->setContainers({});
        m_summary->setText(tr("No engine is set for this environment: edit it to name its Docker "
                              "Engine (unix://, ssh:// or tcp://)."));
        return;
    }
    // Until the engine answers nothing is known: no rows rather than guesses.
    m_model->setContainers(m_monitor->isReachable() ? m_monitor->containers()
                                                    : QList<ContainerState>());
    const EnvironmentMonitor::Rollup rollup = m_monitor->rollup();
    const QString name =
        QStringLiteral("<b>%1</b>").arg(m_monitor->environment().name.toHtmlEscaped());
    if (rollup == EnvironmentMonitor::Rollup::Unknown) {
        m_summary->setText(tr("%1: connecting to %2…")
                               .arg(name, m_monitor->environment().engineUrl.toHtmlEscaped()));
        return;
    }
    m_summary->setText(tr("%1: %2 — %3")
                           .arg(name, EnvironmentTreeModel::rollupName(rollup),
                                m_monitor->rollupReason().toHtmlEscaped()));
}

void ContainersPane::showHealthCheck(int row)
{
    if (!m_monitor || row < 0 || row >= m_model->containers().size())
        return;
    const QString id = m_model->containers().at(row).id;
    if (id.isEmpty())
        return;
    // The last check's output, read now: the list keeps it only as of the last change.
    m_monitor->inspect(id, [this, pane = QPointer<ContainersPane>(this), id] {
        if (!pane || !m_monitor)
            return;
        const QList<ContainerState> containers = m_monitor->containers();
        const auto it = std::find_if(containers.begin(), containers.end(),
                                     [&](const ContainerState &c) { return c.id == id; });
        if (it == containers.end())
            return;
        auto *box = new QMessageBox(QMessageBox::Information, tr("Last Health Check"),
                                    it->health.isEmpty()
                                        ? tr("%1 has no health check.").arg(it->name)
                                        : tr("%1 (%2): %3")
                                              .arg(it->name, it->health,
                                                   it->healthOutput.isEmpty()
                                                       ? tr("the last check printed nothing.")
                                                       : it->healthOutput),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("healthCheckOutput"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

} // namespace blihops::gui
