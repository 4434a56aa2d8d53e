#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <chrono>

namespace blihops {

class EnvironmentMonitor;
struct ContainerState;

// What no compose front-end checks after `up`: that the stack really came up. Passes when
// every container of a service with a health check is healthy, every other one runs (or, a
// one-off job, exited 0 and is not to be restarted), and every service has a container;
// fails at the timeout naming the services that did not get there, with their last health
// check output. Watches a live EnvironmentMonitor: no polling.
class HealthGate : public QObject
{
    Q_OBJECT

public:
    struct Service
    {
        QString name;
        bool ready = false;
        QString state;  // "healthy", "running", "starting", "not created", "exited (1)", …
        QString detail; // the last health check's output, when it is not ready
    };

    HealthGate(EnvironmentMonitor &monitor, const QStringList &services,
               std::chrono::seconds timeout, QObject *parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return m_timeout.isActive(); }
    bool passed() const;
    const QList<Service> &services() const { return m_services; }
    // [{"service","passed","state","message"}], for `env up --json` and the audit log.
    QJsonArray toJson() const;

    // A service's state from its containers (for tests and the monitor's users).
    static Service evaluate(const QString &service, const QList<ContainerState> &containers);

signals:
    void progressed(); // services() changed
    void finished(bool passed);

private:
    void check();
    void expire();

    EnvironmentMonitor &m_monitor;
    QList<Service> m_services;
    std::chrono::seconds m_limit;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace blihops
