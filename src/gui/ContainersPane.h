#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTableView;

namespace blihops {
class EnvironmentMonitor;
}

namespace blihops::gui {

class ContainersModel;

// The selected environment's containers, live from its monitor, with its rollup above.
class ContainersPane : public QWidget
{
    Q_OBJECT

public:
    explicit ContainersPane(QWidget *parent = nullptr);

    // nullptr: the environment has no engine (or nothing is selected).
    void setMonitor(EnvironmentMonitor *monitor);
    ContainersModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString summary() const;
    // The selected row's container (empty for none, or a service with no container yet).
    QString currentContainer() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void showHealthCheck(int row);

    QLabel *m_summary;
    QTableView *m_view;
    ContainersModel *m_model;
    QPointer<EnvironmentMonitor> m_monitor;
    QTimer m_clock;
};

} // namespace blihops::gui
