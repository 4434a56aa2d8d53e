#include "actions/HealthGate.h"

#include "docker/EnvironmentMonitor.h"

#include <QJsonObject>
#include <QPointer>

namespace blihops {

HealthGate::HealthGate(EnvironmentMonitor &monitor, const QStringList &services,
                       std::chrono::seconds timeout, QObject *parent)
    : QObject(parent), m_monitor(monitor), m_limit(timeout)
{
    for (const QString &service : services)
        m_services.append({service, false, tr("waiting"), {}});
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &HealthGate::expire);
    connect(&m_monitor, &EnvironmentMonitor::changed, this, &HealthGate::check);
}

HealthGate::Service HealthGate::evaluate(const QString &service,
                                         const QList<ContainerState> &containers)
{
    Service result{service, true, {}, {}};
    bool any = false;
    for (const ContainerState &container : containers) {
        if (container.service != service || !container.exists())
            continue;
        any = true;
        bool ready = false;
        QString state;
        if (!container.health.isEmpty()) {
            ready = container.isRunning() && container.health == QLatin1String("healthy");
            state = container.isRunning() ? container.health : container.state;
        } else if (container.isRunning()) {
            ready = true;
            state = container.state;
        } else if (container.state == QLatin1String("exited") && container.exitCode == 0 &&
                   (container.restartPolicy.isEmpty() ||
                    container.restartPolicy == QLatin1String("no"))) {
            ready = true; // a job that ran and is done
            state = tr("completed");
        } else {
            state = container.state == QLatin1String("exited")
                        ? tr("exited (%1)").arg(container.exitCode)
                        : container.state;
        }
        // A service is as far as its slowest container.
        if (!ready && result.ready) {
            result.ready = false;
            result.state = state;
            result.detail = container.healthOutput;
        } else if (result.ready) {
            result.state = state;
        }
    }
    if (!any)
        return {service, false, tr("not created"), {}};
    return result;
}

void HealthGate::start()
{
    m_done = false;
    m_timeout.start(m_limit);
    check();
}

void HealthGate::cancel()
{
    m_timeout.stop();
    m_done = true;
}

bool HealthGate::passed() const
{
    return std::all_of(m_services.begin(), m_services.end(),
                       [](const Service &service) { return service.ready; });
}

void HealthGate::check()
{
    if (m_done || !m_timeout.isActive() || !m_monitor.isReachable())
        return;
    const QList<ContainerState> containers = m_monitor.containers();
    for (Service &service : m_services)
        service = evaluate(service.name, containers);
    emit progressed();
    if (passed()) {
        m_timeout.stop();
        m_done = true;
        emit finished(true);
    }
}

void HealthGate::expire()
{
    if (m_done)
        return;
    m_done = true;
    // The monitor may answer after this gate is gone: the answer is then dropped.
    const auto conclude = [this, self = QPointer<HealthGate>(this),
                           concluded = std::make_shared<bool>(false)] {
        if (!self || std::exchange(*concluded, true))
            return;
        const QList<ContainerState> latest = m_monitor.containers();
        for (Service &service : m_services)
            service = evaluate(service.name, latest);
        emit progressed();
        emit finished(passed());
    };
    // The last word of each health check still failing, read again: the monitor does not
    // follow health check output (the checks run as execs every few seconds).
    auto remaining = std::make_shared<int>(0);
    for (const ContainerState &container : m_monitor.containers()) {
        const bool waiting =
            std::any_of(m_services.begin(), m_services.end(), [&](const Service &service) {
                return service.name == container.service && !service.ready;
            });
        if (!container.exists() || !waiting)
            continue;
        ++*remaining;
        m_monitor.inspect(container.id, [remaining, conclude] {
            if (--*remaining == 0)
                conclude();
        });
    }
    if (*remaining == 0)
        conclude();
    else // an engine that no longer answers must not hold the result back
        QTimer::singleShot(std::chrono::seconds(5), this, conclude);
}

QJsonArray HealthGate::toJson() const
{
    QJsonArray list;
    for (const Service &service : m_services) {
        list.append(QJsonObject{{QStringLiteral("service"), service.name},
                                {QStringLiteral("passed"), service.ready},
                                {QStringLiteral("state"), service.state},
                                {QStringLiteral("message"), service.detail}});
    }
    return list;
}

} // namespace blihops
