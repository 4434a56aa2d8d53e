#include "compose/ServiceRole.h"

#include <QRegularExpression>
#include <QSet>

namespace blihops {

namespace {

// The image's repository name, without registry, namespace, tag and digest.
QString repositoryName(const ComposeProject::Service &service)
{
    QString image = service.definition.scalar(QStringLiteral("image")).toLower();
    image = image.section(QLatin1Char('@'), 0, 0).section(QLatin1Char('/'), -1);
    return image.section(QLatin1Char(':'), 0, 0);
}

bool hasPostgresSettings(const ComposeProject::Service &service)
{
    const auto entries = ComposeProject::environmentOf(service);
    const auto isPostgres = [](const QString &name) {
        return name.startsWith(QLatin1String("POSTGRES_"));
    };
    return std::any_of(entries.begin(), entries.end(),
                       [&](const auto &entry) { return isPostgres(entry.name); }) ||
           std::any_of(service.envFileValues.keyBegin(), service.envFileValues.keyEnd(),
                       isPostgres);
}

bool startsRedisServer(const ComposeProject::Service &service)
{
    return ComposeProject::commandOf(service)
               .join(QLatin1Char(' '))
               .contains(QLatin1String("redis-server")) ||
           ComposeProject::healthcheckTest(service).contains(QLatin1String("redis-cli"));
}

} // namespace

ServiceRole serviceRole(const ComposeProject::Service &service)
{
    static const QSet<QString> postgresImages{
        QStringLiteral("postgres"),       QStringLiteral("postgresql"),
        QStringLiteral("postgis"),        QStringLiteral("timescaledb"),
        QStringLiteral("timescaledb-ha"), QStringLiteral("pgvector")};
    static const QSet<QString> redisImages{QStringLiteral("redis"), QStringLiteral("valkey"),
                                           QStringLiteral("keydb"), QStringLiteral("redis-stack"),
                                           QStringLiteral("redis-stack-server")};
    const QString image = repositoryName(service);
    if (postgresImages.contains(image))
        return ServiceRole::Postgres;
    if (redisImages.contains(image))
        return ServiceRole::Redis;

    // An image of the team's own: what the service is set up as.
    static const QRegularExpression databaseName(
        QStringLiteral("^(postgres(ql)?([-_].*)?|pg|db|database|.*[-_](db|postgres))$"));
    static const QRegularExpression redisName(QStringLiteral("^redis([-_].*)?$"));
    const QString name = service.name.toLower();
    if ((databaseName.match(name).hasMatch() && hasPostgresSettings(service)) ||
        ComposeProject::healthcheckTest(service).contains(QLatin1String("pg_isready")))
        return ServiceRole::Postgres;
    if (redisName.match(name).hasMatch() && startsRedisServer(service))
        return ServiceRole::Redis;
    return ServiceRole::Other;
}

} // namespace blihops
