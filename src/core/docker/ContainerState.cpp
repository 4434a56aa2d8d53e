#include "docker/ContainerState.h"

#include <QJsonArray>

namespace blihops {

ContainerState ContainerState::fromInspect(const QJsonObject &inspect)
{
    ContainerState container;
    const QJsonObject config = inspect.value(QStringLiteral("Config")).toObject();
    const QJsonObject state = inspect.value(QStringLiteral("State")).toObject();
    const QJsonObject host = inspect.value(QStringLiteral("HostConfig")).toObject();
    container.id = inspect.value(QStringLiteral("Id")).toString();
    container.name = inspect.value(QStringLiteral("Name")).toString();
    if (container.name.startsWith(QLatin1Char('/')))
        container.name.remove(0, 1);
    container.service = config.value(QStringLiteral("Labels"))
                            .toObject()
                            .value(QStringLiteral("com.docker.compose.service"))
                            .toString();
    container.state = state.value(QStringLiteral("Status")).toString();
    container.exitCode = state.value(QStringLiteral("ExitCode")).toInt();
    const QJsonObject health = state.value(QStringLiteral("Health")).toObject();
    container.health = health.value(QStringLiteral("Status")).toString();
    const QJsonArray log = health.value(QStringLiteral("Log")).toArray();
    if (!log.isEmpty())
        container.healthOutput =
            log.last().toObject().value(QStringLiteral("Output")).toString().trimmed();
    container.restartPolicy = host.value(QStringLiteral("RestartPolicy"))
                                  .toObject()
                                  .value(QStringLiteral("Name"))
                                  .toString();
    container.memoryLimitBytes = host.value(QStringLiteral("Memory")).toInteger();
    container.nanoCpus = host.value(QStringLiteral("NanoCpus")).toInteger();
    container.image = config.value(QStringLiteral("Image")).toString();
    container.tty = config.value(QStringLiteral("Tty")).toBool();
    if (container.isRunning()) {
        container.startedAt = QDateTime::fromString(
            state.value(QStringLiteral("StartedAt")).toString(), Qt::ISODateWithMs);
    }

    // Published ports: the running container's bindings, else what its config asks for.
    QJsonObject bindings = inspect.value(QStringLiteral("NetworkSettings"))
                               .toObject()
                               .value(QStringLiteral("Ports"))
                               .toObject();
    if (bindings.isEmpty())
        bindings = host.value(QStringLiteral("PortBindings")).toObject();
    for (auto it = bindings.begin(); it != bindings.end(); ++it) {
        const QString key = it.key(); // "5432/tcp"
        for (const QJsonValue &binding : it.value().toArray()) {
            const QJsonObject object = binding.toObject();
            container.ports.append({object.value(QStringLiteral("HostIp")).toString(),
                                    object.value(QStringLiteral("HostPort")).toString().toInt(),
                                    key.section(QLatin1Char('/'), 0, 0).toInt(),
                                    key.section(QLatin1Char('/'), 1, 1)});
        }
    }
    const QJsonObject networks = inspect.value(QStringLiteral("NetworkSettings"))
                                     .toObject()
                                     .value(QStringLiteral("Networks"))
                                     .toObject();
    for (auto it = networks.begin(); it != networks.end(); ++it) {
        const QString address = it.value().toObject().value(QStringLiteral("IPAddress")).toString();
        if (!address.isEmpty())
            container.addresses << address;
    }
    for (const QJsonValue &mount : inspect.value(QStringLiteral("Mounts")).toArray()) {
        const QJsonObject object = mount.toObject();
        const QString source =
            object.value(QStringLiteral("Type")).toString() == QLatin1String("volume")
                ? object.value(QStringLiteral("Name")).toString()
                : object.value(QStringLiteral("Source")).toString();
        container.volumes << source + QLatin1Char(':') +
                                 object.value(QStringLiteral("Destination")).toString();
    }
    return container;
}

QString ContainerState::healthFromStatus(const QString &status)
{
    if (status.endsWith(QLatin1String("(healthy)")))
        return QStringLiteral("healthy");
    if (status.endsWith(QLatin1String("(unhealthy)")))
        return QStringLiteral("unhealthy");
    if (status.endsWith(QLatin1String("(health: starting)")))
        return QStringLiteral("starting");
    return {};
}

ContainerState ContainerState::notCreated(const QString &service)
{
    ContainerState container;
    container.service = service;
    container.state = QStringLiteral("not created");
    return container;
}

QJsonObject ContainerState::toJson() const
{
    QJsonArray portArray;
    for (const Port &port : ports) {
        portArray.append(QJsonObject{{QStringLiteral("host_ip"), port.hostIp},
                                     {QStringLiteral("host_port"), port.hostPort},
                                     {QStringLiteral("container_port"), port.containerPort},
                                     {QStringLiteral("protocol"), port.protocol}});
    }
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("service"), service},
        {QStringLiteral("state"), state},
        {QStringLiteral("health"), health},
        {QStringLiteral("restart_policy"), restartPolicy},
        {QStringLiteral("memory_limit_bytes"), memoryLimitBytes},
        {QStringLiteral("nano_cpus"), nanoCpus},
        {QStringLiteral("ports"), portArray},
        {QStringLiteral("volumes"), QJsonArray::fromStringList(volumes)},
        {QStringLiteral("image"), image},
        {QStringLiteral("started_at"),
         startedAt.isValid() ? startedAt.toString(Qt::ISODate) : QString()},
    };
}

} // namespace blihops
