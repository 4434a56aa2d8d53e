#include "checks/SmokeSuite.h"

#include "compose/ComposeProject.h"
#include "compose/PortMapping.h"
#include "compose/ServiceRole.h"
#include "util/Error.h"
#include "workspace/Environment.h"

#include <QRegularExpression>
#include <QSet>

namespace blihops {

namespace {

using Service = ComposeProject::Service;

struct Address
{
    QString host; // empty: the container's address
    int port = 0;
};

// Where the service's containerPort is reached from the Docker host: the host's own port
// for host networking, the published port (at the address it is bound to), else the
// container's address.
Address addressOf(const Service &service, int containerPort)
{
    if (service.definition.scalar(QStringLiteral("network_mode")) == QLatin1String("host"))
        return {QStringLiteral("127.0.0.1"), containerPort};
    for (const PortMapping &mapping : PortMapping::of(service)) {
        if (const int hostPort = mapping.hostPortFor(containerPort); hostPort != 0) {
            const bool everywhere = mapping.hostIp.isEmpty() ||
                                    mapping.hostIp == QLatin1String("0.0.0.0") ||
                                    mapping.hostIp == QLatin1String("::");
            return {everywhere ? QStringLiteral("127.0.0.1") : mapping.hostIp, hostPort};
        }
    }
    return {{}, containerPort};
}

// The port a command line names: -p N, -pN, --port N, --port=N, or (postgres) -c port=N.
int portOption(const QStringList &words)
{
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        QString value;
        if (word == QLatin1String("-p") || word == QLatin1String("--port"))
            value = words.value(i + 1);
        else if (word.startsWith(QLatin1String("--port=")))
            value = word.mid(7);
        else if (word.startsWith(QLatin1String("-p")) && word.size() > 2)
            value = word.mid(2);
        else if (word == QLatin1String("-c") &&
                 words.value(i + 1).startsWith(QLatin1String("port=")))
            value = words.value(i + 1).mid(5);
        if (const int port = value.toInt(); port > 0 && port < 65536)
            return port;
    }
    return 0;
}

// Whether the service's container gets the variable, even one its env file does not set yet,
// or the env file has it.
bool mentionsVariable(const ComposeProject &project, const Service &service, const QString &name)
{
    const auto entries = ComposeProject::environmentOf(service);
    return std::any_of(entries.begin(), entries.end(),
                       [&](const auto &entry) { return entry.name == name; }) ||
           service.envFileValues.contains(name) || project.variables().contains(name);
}

// A database's check named SERVICE/SUFFIX at the address its containerPort is reached at.
SmokeCheck serviceCheck(const Service &service, SmokeCheck::Kind kind, const QString &suffix,
                        int containerPort)
{
    SmokeCheck check;
    check.name = service.name + QLatin1Char('/') + suffix;
    check.kind = kind;
    check.service = service.name;
    const Address address = addressOf(service, containerPort);
    check.host = address.host;
    check.port = address.port;
    return check;
}

SmokeCheck postgresCheck(const Environment &environment, const ComposeProject &project,
                         const Service &service)
{
    // PGPORT, else the port the health check's pg_isready asks, else the server's command.
    int port = ComposeProject::containerVariable(service, QStringLiteral("PGPORT")).toInt();
    const QStringList test = ComposeProject::healthcheckTest(service).split(
        QRegularExpression(QStringLiteral("[\\s\"',\\[\\]]+")), Qt::SkipEmptyParts);
    if (port <= 0 && test.contains(QStringLiteral("pg_isready")))
        port = portOption(test.mid(test.indexOf(QStringLiteral("pg_isready"))));
    if (port <= 0)
        port = portOption(ComposeProject::commandOf(service));
    SmokeCheck check = serviceCheck(service, SmokeCheck::Kind::Postgres,
                                    QStringLiteral("postgresql"), port > 0 ? port : 5432);
    check.user = ComposeProject::containerVariable(service, QStringLiteral("POSTGRES_USER"));
    if (check.user.isEmpty())
        check.user = QStringLiteral("postgres");
    check.database = ComposeProject::containerVariable(service, QStringLiteral("POSTGRES_DB"));
    if (check.database.isEmpty())
        check.database = check.user;
    for (const QString &database : environment.databases) {
        if (database != check.database)
            check.databases << database;
    }
    if (mentionsVariable(project, service, QStringLiteral("POSTGRES_PASSWORD")))
        check.secretVariable = QStringLiteral("POSTGRES_PASSWORD");
    return check;
}

SmokeCheck redisCheck(const ComposeProject &project, const Service &service)
{
    const QStringList words = ComposeProject::commandOf(service);
    const int port = portOption(words);
    SmokeCheck check = serviceCheck(service, SmokeCheck::Kind::Redis, QStringLiteral("redis"),
                                    port > 0 ? port : 6379);
    // redis-cli's own variable first: it holds the password and nothing else.
    for (const QString &variable :
         {QStringLiteral("REDISCLI_AUTH"), QStringLiteral("REDIS_PASSWORD")}) {
        if (check.secretVariable.isEmpty() && mentionsVariable(project, service, variable))
            check.secretVariable = variable;
    }
    if (check.secretVariable.isEmpty() && words.contains(QStringLiteral("--requirepass")))
        check.secretVariable = QStringLiteral("REDIS_PASSWORD");
    return check;
}

// An HTTP check for each http(s):// URL on the container's own address in the health check;
// "| grep -q TEXT" after it is the body text it expects.
QList<SmokeCheck> httpChecks(const Service &service)
{
    static const QRegularExpression url(
        QStringLiteral(R"((https?)://(\[[^\]]+\]|[^/\s:"']+)(?::(\d+))?(/[^\s"'|;&]*)?)"));
    static const QRegularExpression grep(
        QStringLiteral(R"(\|\s*grep\s+-(?:q|qx|xq|qF|Fq|qxF|Fqx)\s+['"]?([^\s'"|;&]+))"));
    const QString test = ComposeProject::healthcheckTest(service);
    QList<SmokeCheck> checks;
    for (auto match = url.globalMatch(test); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        QString host = found.captured(2);
        host.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        if (!SmokeCheck::isLocalHost(host))
            continue; // another service's address: that service's own check covers it
        SmokeCheck check;
        check.kind = SmokeCheck::Kind::Http;
        check.service = service.name;
        check.https = found.captured(1) == QLatin1String("https");
        const int port =
            found.captured(3).isEmpty() ? (check.https ? 443 : 80) : found.captured(3).toInt();
        const Address address = addressOf(service, port);
        check.host = address.host;
        check.port = address.port;
        check.path = found.captured(4).isEmpty() ? QStringLiteral("/") : found.captured(4);
        const QRegularExpressionMatch expected = grep.match(test, found.capturedEnd());
        if (expected.hasMatch())
            check.expectedBody = expected.captured(1);
        check.name = service.name + QStringLiteral("/http") +
                     (checks.isEmpty() ? QString() : QStringLiteral(" %1").arg(checks.size() + 1));
        checks.append(check);
    }
    return checks;
}

} // namespace

QList<SmokeCheck> SmokeSuite::derive(const Environment &environment, const ComposeProject &project)
{
    QList<SmokeCheck> checks;
    for (const Service &service : project.services()) {
        switch (serviceRole(service)) {
        case ServiceRole::Postgres:
            checks.append(postgresCheck(environment, project, service));
            break;
        case ServiceRole::Redis:
            checks.append(redisCheck(project, service));
            break;
        case ServiceRole::Other:
            checks.append(httpChecks(service));
            break;
        }
        if (!ComposeProject::healthcheckTest(service).isEmpty()) {
            SmokeCheck health;
            health.name = service.name + QStringLiteral("/health");
            health.kind = SmokeCheck::Kind::ContainerHealth;
            health.service = service.name;
            checks.append(health);
        }
    }
    return checks;
}

QJsonArray SmokeSuite::toJson(const QList<SmokeCheck> &checks)
{
    QJsonArray array;
    for (const SmokeCheck &check : checks)
        array.append(check.toJson());
    return array;
}

QList<SmokeCheck> SmokeSuite::fromJson(const QJsonArray &array)
{
    QList<SmokeCheck> checks;
    for (const QJsonValue &value : array) {
        if (!value.isObject()) {
            throw Error(ErrorKind::BadInput,
                        tr("Smoke check %1 is not an object: each check is a JSON object with "
                           "\"name\" and \"kind\".")
                            .arg(checks.size() + 1));
        }
        checks.append(SmokeCheck::fromJson(value.toObject()));
    }
    validate(checks);
    return checks;
}

void SmokeSuite::validate(const QList<SmokeCheck> &checks)
{
    QSet<QString> names;
    for (const SmokeCheck &check : checks) {
        check.validate();
        if (names.contains(check.name)) {
            throw Error(ErrorKind::BadInput,
                        tr("Two smoke checks are named \"%1\": give each a name of its own.")
                            .arg(check.name));
        }
        names.insert(check.name);
    }
}

} // namespace blihops
