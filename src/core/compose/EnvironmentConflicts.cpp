#include "compose/EnvironmentConflicts.h"

#include "compose/PortMapping.h"
#include "compose/ServiceRole.h"

#include <QDir>
#include <QFileInfo>

namespace blihops {

namespace {

using Side = EnvironmentConflicts::Side;
using Collision = EnvironmentConflicts::Collision;

struct Published
{
    QString hostIp; // empty: every address
    int first = 0;
    int last = 0;
    QString protocol;
    Side side;
};

struct Named
{
    QString name;
    Side side;
};

Side sideOf(const Environment &environment, const QString &service, const ComposeNode &node)
{
    return {environment.name, service, node.file, node.line};
}

QString label(const Side &side)
{
    return side.service.isEmpty() ? side.environment
                                  : QStringLiteral("%1/%2").arg(side.environment, side.service);
}

// Host ports a service publishes. A port without a host part gets a free port and collides
// with nothing.
QList<Published> publishedPorts(const Environment &environment,
                                const ComposeProject::Service &service)
{
    QList<Published> ports;
    for (const PortMapping &mapping : PortMapping::of(service)) {
        if (mapping.isPublished())
            ports.append({mapping.hostIp,
                          mapping.hostFirst,
                          mapping.hostLast,
                          mapping.protocol,
                          {environment.name, service.name, mapping.file, mapping.line}});
    }
    return ports;
}

bool sameAddress(const QString &a, const QString &b)
{
    const auto everywhere = [](const QString &ip) {
        return ip.isEmpty() || ip == QLatin1String("0.0.0.0") || ip == QLatin1String("::");
    };
    return everywhere(a) || everywhere(b) || a == b;
}

QList<Published> publishedPorts(const Environment &environment, const ComposeProject &project)
{
    QList<Published> ports;
    for (const ComposeProject::Service &service : project.services())
        ports << publishedPorts(environment, service);
    return ports;
}

QList<Named> containerNames(const Environment &environment, const ComposeProject &project)
{
    QList<Named> names;
    for (const ComposeProject::Service &service : project.services()) {
        if (const ComposeNode *name = service.definition.get(QStringLiteral("container_name")))
            names.append({name->text, sideOf(environment, service.name, *name)});
    }
    return names;
}

// The engine-wide names of the named volumes the services mount, first use of each.
QList<Named> volumeNames(const Environment &environment, const ComposeProject &project)
{
    const QString projectName = EnvironmentConflicts::projectName(environment, project);
    QList<Named> names;
    for (const ComposeProject::Service &service : project.services()) {
        const ComposeNode *volumes = service.definition.get(QStringLiteral("volumes"));
        if (!volumes)
            continue;
        for (const ComposeNode &volume : volumes->children) {
            QString key;
            if (volume.isMapping()) {
                if (volume.scalar(QStringLiteral("type")) == QLatin1String("volume"))
                    key = volume.scalar(QStringLiteral("source"));
            } else if (volume.text.contains(QLatin1Char(':'))) {
                key = volume.text.section(QLatin1Char(':'), 0, 0);
            }
            // Paths are bind mounts; an empty source is an anonymous volume.
            if (key.isEmpty() || key.startsWith(QLatin1Char('/')) ||
                key.startsWith(QLatin1Char('.')) || key.startsWith(QLatin1Char('~')))
                continue;
            const ComposeNode *declared = project.root().at({QStringLiteral("volumes"), key});
            QString name = declared ? declared->scalar(QStringLiteral("name")) : QString();
            const ComposeNode *external =
                declared ? declared->get(QStringLiteral("external")) : nullptr;
            if (name.isEmpty() && external && external->isMapping())
                name = external->scalar(QStringLiteral("name"));
            if (name.isEmpty())
                name = external && (external->isTrue() || external->isMapping())
                           ? key
                           : QStringLiteral("%1_%2").arg(projectName, key);
            const bool seen = std::any_of(names.begin(), names.end(),
                                          [&](const Named &named) { return named.name == name; });
            if (!seen)
                names.append({name, sideOf(environment, service.name, volume)});
        }
    }
    return names;
}

struct Databases
{
    int port = 0;   // the PostgreSQL host port, 0 when unknown
    QString hostIp; // empty: every address
    QList<Named> names;
};

// The PostgreSQL server an environment uses (its own postgres service's published port, else
// the port the workspace expects for it) and the databases it keeps there.
Databases databasesOf(const Environment &environment, const ComposeProject &project)
{
    Databases result;
    for (const ComposeProject::Service &service : project.services()) {
        if (serviceRole(service) != ServiceRole::Postgres)
            continue;
        const QList<Published> ports = publishedPorts(environment, service);
        if (result.port == 0 && !ports.isEmpty()) {
            result.port = ports.first().first;
            result.hostIp = ports.first().hostIp;
        }
        for (const ExpectedPort &expected : environment.expectedPorts) {
            if (result.port == 0 && expected.service == service.name)
                result.port = expected.port;
        }
        for (const auto &entry : ComposeProject::environmentOf(service)) {
            if (entry.name == QLatin1String("POSTGRES_DB") && !entry.value.isEmpty())
                result.names.append(
                    {entry.value, {environment.name, service.name, entry.file, entry.line}});
        }
    }
    for (const ExpectedPort &expected : environment.expectedPorts) {
        if (result.port == 0 && expected.service.contains(QLatin1String("postgres")))
            result.port = expected.port;
    }
    for (const QString &database : environment.databases) {
        const bool listed = std::any_of(result.names.begin(), result.names.end(),
                                        [&](const Named &named) { return named.name == database; });
        if (!listed)
            result.names.append({database, {environment.name, {}, {}, 0}});
    }
    return result;
}

} // namespace

QString EnvironmentConflicts::projectName(const Environment &environment,
                                          const ComposeProject &project)
{
    if (!environment.projectName.isEmpty())
        return environment.projectName;
    if (!project.name().isEmpty())
        return project.name();
    return project.files().isEmpty()
               ? QString()
               : QFileInfo(project.files().first()).absoluteDir().dirName().toLower();
}

QList<Collision> EnvironmentConflicts::between(const Environment &first, const Environment &second)
{
    return between(first, ComposeProject::load(first.composeFiles, first.envFile), second,
                   ComposeProject::load(second.composeFiles, second.envFile));
}

QList<Collision> EnvironmentConflicts::between(const Environment &first,
                                               const ComposeProject &firstProject,
                                               const Environment &second,
                                               const ComposeProject &secondProject)
{
    QList<Collision> collisions;

    for (const Published &a : publishedPorts(first, firstProject)) {
        for (const Published &b : publishedPorts(second, secondProject)) {
            if (a.protocol != b.protocol || !sameAddress(a.hostIp, b.hostIp) || a.last < b.first ||
                b.last < a.first)
                continue;
            const QString ip = a.hostIp.isEmpty() ? b.hostIp : a.hostIp;
            const QString port =
                QStringLiteral("%1/%2").arg(std::max(a.first, b.first)).arg(a.protocol);
            collisions.append(
                {QStringLiteral("port-conflict"),
                 ip.isEmpty() ? port : QStringLiteral("%1:%2").arg(ip, port), a.side, b.side,
                 tr("Host port %1 is published by %2 and by %3: the stack started second fails "
                    "to start.")
                     .arg(port, label(a.side), label(b.side)),
                 tr("Publish another host port in one of the environments, and update its "
                    "expected ports.")});
        }
    }

    const QString firstName = projectName(first, firstProject);
    if (!firstName.isEmpty() && firstName == projectName(second, secondProject)) {
        collisions.append(
            {QStringLiteral("container-name-conflict"),
             firstName,
             {first.name, {}, first.composeFiles.value(0), 0},
             {second.name, {}, second.composeFiles.value(0), 0},
             tr("%1 and %2 both use the project name \"%3\": starting one replaces the other's "
                "containers.")
                 .arg(first.name, second.name, firstName),
             tr("Give each environment a project name of its own.")});
    }
    // Each name both environments use is a collision of the rule; message(name, a, b).
    const auto sameNames = [&collisions](const QList<Named> &firsts, const QList<Named> &seconds,
                                         const QString &rule, const auto &message,
                                         const QString &fix) {
        for (const Named &a : firsts) {
            for (const Named &b : seconds) {
                if (a.name == b.name)
                    collisions.append({rule, a.name, a.side, b.side,
                                       message(a.name, label(a.side), label(b.side)), fix});
            }
        }
    };
    sameNames(
        containerNames(first, firstProject), containerNames(second, secondProject),
        QStringLiteral("container-name-conflict"),
        [](const QString &name, const QString &a, const QString &b) {
            return tr("Container name \"%1\" is set by %2 and by %3: the stack started second "
                      "cannot create its container.")
                .arg(name, a, b);
        },
        tr("Change container_name in one of them, or remove it so that compose names the "
           "container after the project."));
    sameNames(
        volumeNames(first, firstProject), volumeNames(second, secondProject),
        QStringLiteral("volume-conflict"),
        [](const QString &name, const QString &a, const QString &b) {
            return tr("Volume \"%1\" is mounted by %2 and by %3: both stacks would write the "
                      "same data.")
                .arg(name, a, b);
        },
        tr("Give the volume a name of its own in each environment (volumes: KEY: name: …)."));

    const Databases firstDatabases = databasesOf(first, firstProject);
    const Databases secondDatabases = databasesOf(second, secondProject);
    if (firstDatabases.port != 0 && firstDatabases.port == secondDatabases.port &&
        sameAddress(firstDatabases.hostIp, secondDatabases.hostIp)) {
        sameNames(
            firstDatabases.names, secondDatabases.names, QStringLiteral("database-conflict"),
            [port = firstDatabases.port](const QString &name, const QString &a, const QString &b) {
                return tr("Database \"%1\" on PostgreSQL port %2 belongs to %3 and to %4: both "
                          "stacks would write the same data.")
                    .arg(name)
                    .arg(port)
                    .arg(a, b);
            },
            tr("Give each environment a database, or a PostgreSQL server, of its own."));
    }
    return collisions;
}

} // namespace blihops
