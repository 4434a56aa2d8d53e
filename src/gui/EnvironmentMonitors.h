#pragma once

#include "docker/EnvironmentMonitor.h"

#include <QMap>
#include <QObject>

namespace blihops::gui {

// One live EnvironmentMonitor per environment that has an engine, kept in step with the
// workspace: a monitor is replaced only when its engine, project or compose files change.
class EnvironmentMonitors : public QObject
{
    Q_OBJECT

public:
    explicit EnvironmentMonitors(QObject *parent = nullptr);

    void setEnvironments(const QList<Environment> &environments);
    EnvironmentMonitor *monitor(const QString &name) const { return m_monitors.value(name); }
    QStringList names() const { return m_monitors.keys(); }
    // Lists every engine's containers again; unreachable ones are tried again at once.
    void refresh();
    // Starts the environment's monitor again (after the user trusted its host key).
    void restart(const QString &name);

signals:
    void changed(const QString &name);
    // A connection failed in a way only the user can resolve (an SSH host key).
    void needsAttention(const QString &name, const blihops::Error &error);
    void monitorsReplaced();

private:
    void add(const Environment &environment);

    QMap<QString, EnvironmentMonitor *> m_monitors;
};

} // namespace blihops::gui
