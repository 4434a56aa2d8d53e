#include "docker/ContainerSnapshot.h"

#include "docker/DockerClient.h"
#include "docker/ProjectFilter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

namespace blihops {

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
    m_client->get("/containers/" + id.toLatin1() + "/json", [self,
                                                             id](const DockerReply &inspected) {
        if (!self || self->m_remaining < 0) // dropped, or failed already
            return;
        if (inspected.ok()) {
            const ContainerState state = ContainerState::fromInspect(inspected.json().object());
            self->m_fresh.insert(state.id, state);
        } else if (inspected.status != 404) {
            // Not gone (that is a 404: simply not in the picture), only not
            // described: what was known of it stays, or there is no picture.
            const auto known = self->m_known.constFind(id);
            if (known == self->m_known.constEnd()) {
                self->m_pending.clear();
                self->m_remaining = -1;
                return emit self->failed(tr("%1 (container %2)").arg(inspected.error, id.left(12)));
            }
            self->m_fresh.insert(id, *known);
        }
        if (--self->m_remaining == 0)
            return emit self->finished(self->m_fresh);
        self->inspectNext();
    });
}

} // namespace blihops
