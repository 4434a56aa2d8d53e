#include "docker/ContainerSnapshot.h"

#include "docker/DockerClient.h"
#include "docker/ProjectFilter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

namespace blihops {

namespace {

// A few inspects at a time, each on a kept-alive connection: one request per container at
// once would open a socket each, run a large project out of file descriptors and lose
// containers, and is slower too (1,000 containers: 320 ms against 230 ms with 8,
// bench/README.md).
constexpr int kParallelInspects = 8;

} // namespace

ContainerSnapshot::ContainerSnapshot(DockerClient *client, const QString &project,
                                     const QHash<QString, ContainerState> &known, QObject *parent)
    : QObject(parent), m_client(client), m_project(project), m_known(known)
{}

void ContainerSnapshot::start()
{
    // The client outlives a dropped snapshot: its answers must find out that nobody waits.
    const QPointer<ContainerSnapshot> self(this);
    m_client->get("/containers/json?all=1&filters=" + ProjectFilter::encoded(m_project, false),
                  [self](const DockerReply &reply) {
                      if (!self)
                          return;
                      if (!reply.ok())
                          return emit self->failed(reply.error);
                      self->listed(reply.json().array());
                  });
}

void ContainerSnapshot::listed(const QJsonArray &list)
{
    for (const QJsonValue &value : list) {
        const QJsonObject item = value.toObject();
        const QString id = item.value(QStringLiteral("Id")).toString();
        const auto known = m_known.constFind(id);
        if (known != m_known.constEnd() &&
            known->state == item.value(QStringLiteral("State")).toString() &&
            known->health ==
                ContainerState::healthFromStatus(item.value(QStringLiteral("Status")).toString()))
            m_fresh.insert(id, *known);
        else
            m_pending.append(id);
    }
    m_remaining = int(m_pending.size());
    if (m_pending.isEmpty())
        return emit finished(m_fresh);
    for (int i = 0; i < kParallelInspects; ++i)
        inspectNext();
}

void ContainerSnapshot::inspectNext()
{
    if (m_pending.isEmpty())
        return;
    const QString id = m_pending.takeFirst();
    const QPointer<ContainerSnapshot> self(this);
    m_client->get("/containers/" + id.toLatin1() + "/json", [self](const DockerReply &inspected) {
        if (!self)
            return;
        // A container removed since the list is simply not in the picture (404).
        if (inspected.ok()) {
            const ContainerState state = ContainerState::fromInspect(inspected.json().object());
            self->m_fresh.insert(state.id, state);
        }
        if (--self->m_remaining == 0)
            return emit self->finished(self->m_fresh);
        self->inspectNext();
    });
}

} // namespace blihops
