#include "EnvironmentMonitors.h"

namespace blihops::gui {

namespace {

bool sameTarget(const Environment &a, const Environment &b)
{
    return a.engineUrl == b.engineUrl && a.projectName == b.projectName &&
           a.composeFiles == b.composeFiles;
}

} // namespace

EnvironmentMonitors::EnvironmentMonitors(QObject *parent) : QObject(parent) {}

void EnvironmentMonitors::setEnvironments(const QList<Environment> &environments)
{
    QMap<QString, EnvironmentMonitor *> keep;
    for (const Environment &environment : environments) {
        EnvironmentMonitor *existing = m_monitors.take(environment.name);
        if (existing && sameTarget(existing->environment(), environment)) {
            keep.insert(environment.name, existing);
            continue;
        }
        delete existing;
    }
    qDeleteAll(m_monitors); // environments that are gone
    m_monitors = keep;
    for (const Environment &environment : environments) {
        if (!environment.engineUrl.isEmpty() && !m_monitors.contains(environment.name))
            add(environment);
    }
    emit monitorsReplaced();
}

void EnvironmentMonitors::add(const Environment &environment)
{
    auto *monitor = new EnvironmentMonitor(environment, HostKeyStore(), this);
    const QString name = environment.name;
    m_monitors.insert(name, monitor);
    connect(monitor, &EnvironmentMonitor::changed, this, [this, name, monitor] {
        emit changed(name);
        const std::optional<Error> failure = monitor->failure();
        if (failure && (failure->kind() == ErrorKind::UntrustedHostKey ||
                        failure->kind() == ErrorKind::ChangedHostKey))
            emit needsAttention(name, *failure);
    });
    monitor->start(EnvironmentMonitor::Mode::Live);
}

void EnvironmentMonitors::refresh()
{
    for (EnvironmentMonitor *monitor : std::as_const(m_monitors))
        monitor->refresh();
}

void EnvironmentMonitors::restart(const QString &name)
{
    EnvironmentMonitor *monitor = m_monitors.take(name);
    if (!monitor)
        return;
    const Environment environment = monitor->environment();
    delete monitor;
    add(environment);
    emit monitorsReplaced();
}

} // namespace blihops::gui
