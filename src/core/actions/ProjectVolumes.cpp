#include "actions/ProjectVolumes.h"

#include "docker/DockerClient.h"
#include "docker/EngineConnector.h"
#include "docker/ProjectFilter.h"
#include "util/BlockingWait.h"

#include <QJsonArray>
#include <QJsonObject>

namespace blihops {

QStringList ProjectVolumes::list(const Environment &environment, const HostKeyStore &keys)
{
    EngineConnector connector(environment, keys);
    std::optional<Error> failure;
    std::optional<DockerReply> reply;
    BlockingWait::until(
        [&] { return failure.has_value() || reply.has_value(); },
        [&](const std::function<void()> &wake) {
            QObject::connect(&connector, &EngineConnector::failed,
                             [&failure, wake](const Error &error) {
                                 failure = error;
                                 wake();
                             });
            QObject::connect(
                &connector, &EngineConnector::connected, [&, wake](DockerClient *client) {
                    client->get("/volumes?filters=" +
                                    ProjectFilter::encoded(environment.projectName, false),
                                [&reply, wake](const DockerReply &answer) {
                                    reply = answer;
                                    wake();
                                });
                });
            connector.connectNow();
        });
    if (failure)
        throw *failure;
    if (!reply->ok()) {
        throw Error(ErrorKind::Unreachable,
                    QCoreApplication::translate("ProjectVolumes",
                                                "The Docker Engine of %1 did not list its "
                                                "volumes: %2.")
                        .arg(environment.name, reply->error));
    }
    QStringList names;
    for (const QJsonValue &volume :
         reply->json().object().value(QStringLiteral("Volumes")).toArray())
        names << volume.toObject().value(QStringLiteral("Name")).toString();
    names.sort();
    return names;
}

} // namespace blihops
