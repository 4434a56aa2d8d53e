#include "compose/ServiceRole.h"

#include <QRegularExpression>

namespace blihops {

ServiceRole serviceRole(const ComposeProject::Service &service)
{
    // The image's repository name, without registry, tag and digest.
    QString image = service.definition.scalar(QStringLiteral("image")).toLower();
    image = image.section(QLatin1Char('@'), 0, 0).section(QLatin1Char('/'), -1);
    image = image.section(QLatin1Char(':'), 0, 0);
    static const QRegularExpression postgresImage(
        QStringLiteral("^(postgres|postgis|timescaledb|pgvector)"));
    static const QRegularExpression redisImage(QStringLiteral("^(redis|valkey|keydb)"));
    if (postgresImage.match(image).hasMatch())
        return ServiceRole::Postgres;
    if (redisImage.match(image).hasMatch())
        return ServiceRole::Redis;
    // Built from a base image: a database-like name with PostgreSQL's settings, or a health
    // check that asks pg_isready.
    const QString name = service.name.toLower();
    static const QRegularExpression databaseName(
        QStringLiteral("^(postgres.*|pg.*|db|database|.*[-_]db)$"));
    if (databaseName.match(name).hasMatch()) {
        const auto entries = ComposeProject::environmentOf(service);
        const bool configured = std::any_of(entries.begin(), entries.end(), [](const auto &entry) {
            return entry.name.startsWith(QLatin1String("POSTGRES_")) ||
                   entry.name.startsWith(QLatin1String("PG"));
        });
        if (configured || !service.envFileValues.isEmpty())
            return ServiceRole::Postgres;
    }
    if (const ComposeNode *test =
            service.definition.at({QStringLiteral("healthcheck"), QStringLiteral("test")})) {
        const auto mentions = [](const ComposeNode &node) {
            return node.text.contains(QLatin1String("pg_isready"));
        };
        if (mentions(*test) || std::any_of(test->children.begin(), test->children.end(), mentions))
            return ServiceRole::Postgres;
    }
    if (name == QLatin1String("redis") || name.startsWith(QLatin1String("redis-")) ||
        name.startsWith(QLatin1String("redis_")))
        return ServiceRole::Redis;
    return ServiceRole::Other;
}

} // namespace blihops
