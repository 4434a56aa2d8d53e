#pragma once

#include "docker/ContainerState.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace blihops {

class DockerClient;

// One full picture of a compose project's containers: the list, and an inspect of each
// container that is new or whose state or health changed since the picture before (what
// inspect adds — limits, restart policy, mounts — is fixed for a container). A container
// the engine cannot describe (an error other than 404, which means it is gone) keeps what
// was known of it; if nothing was, failed() comes instead of a picture with a hole in it.
// Delete it to drop the picture; nothing arrives after that.
class ContainerSnapshot : public QObject
{
    Q_OBJECT

public:
    ContainerSnapshot(DockerClient *client, const QString &project,
                      const QHash<QString, ContainerState> &known, QObject *parent = nullptr);

    void start();

    // A few inspects at a time, each on a kept-alive connection: one request per container at
    // once would open a socket each, run a large project out of file descriptors and lose
    // containers, and is slower too (1,000 containers: 320 ms against 230 ms with 8,
    // bench/README.md).
    static constexpr int kParallelInspects = 8;

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
