#pragma once

#include <QWidget>

class QHBoxLayout;

namespace blihops::gui {

class EnvironmentMonitors;

// One button per engine connection in the status bar: its state at a glance, the reason
// on a click.
class ConnectionIndicators : public QWidget
{
    Q_OBJECT

public:
    ConnectionIndicators(EnvironmentMonitors &monitors, QWidget *parent = nullptr);

private:
    void rebuild();
    void update(const QString &name);

    EnvironmentMonitors &m_monitors;
    QHBoxLayout *m_layout;
};

} // namespace blihops::gui
