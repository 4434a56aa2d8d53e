#pragma once

#include "docker/ContainerState.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace blihops {

class DockerClient;

// One full picture of a compose project's containers: the list, and an inspect of each
// container that is new or whose state or health changed since the picture before (what
// inspect adds — limits, restart policy, mounts — is fixed for a container). Delete it to
// drop the picture; nothing arrives after that.
class ContainerSnapshot : public QObject
{
    Q_OBJECT

public:
    ContainerSnapshot(DockerClient *client, const QString &project,
                      const QHash<QString, ContainerState> &known, QObject *parent = nullptr);

    void start();

signals:
    void finished(const QHash<QString, ContainerState> &containers);
    void failed(const QString &error);

private:
    void listed(const QJsonArray &list);
    void inspectNext();

    DockerClient *m_client;
    QString m_project;
    QHash<QString, ContainerState> m_known;
    QStringList m_pending; // ids not asked for yet
    QHash<QString, ContainerState> m_fresh;
    int m_remaining = 0; // answers still to come
};

} // namespace blihops
