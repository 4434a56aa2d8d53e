#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace blihops {

// What one container of a compose project is doing, from the engine's inspect data.
struct ContainerState
{
    struct Port
    {
        QString hostIp;
        int hostPort = 0;
        int containerPort = 0;
        QString protocol;
    };

    QString id;
    QString name;
    QString service;      // com.docker.compose.service; for "not created" rows the only field
    QString state;        // created, running, restarting, exited, … or "not created"
    int exitCode = 0;     // of the last run, once it exited
    QString health;       // healthy, unhealthy, starting, or empty without a health check
    QString healthOutput; // the last health check's output
    QString restartPolicy;
    qint64 memoryLimitBytes = 0;
    qint64 nanoCpus = 0;
    QList<Port> ports;
    QStringList volumes;   // "source:destination" or "volume-name:destination"
    QStringList addresses; // the container's IPv4 address on each of its networks
    QString image;
    QDateTime startedAt; // UTC; invalid when not running
    bool tty = false;    // Config.Tty: its log comes raw from the engine, not multiplexed

    bool exists() const { return !id.isEmpty(); }
    bool isRunning() const { return state == QLatin1String("running"); }

    static ContainerState fromInspect(const QJsonObject &inspect);
    static ContainerState notCreated(const QString &service);
    // The health in a container list's Status ("Up 2 hours (healthy)"), as inspect names it.
    static QString healthFromStatus(const QString &status);
    QJsonObject toJson() const;
};

} // namespace blihops
