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
    const QString name = service.name.toLower();
    if (name.contains(QLatin1String("postgres"))) {
        const auto entries = ComposeProject::environmentOf(service);
        const bool configured = std::any_of(entries.begin(), entries.end(), [](const auto &entry) {
            return entry.name.startsWith(QLatin1String("POSTGRES_")) ||
                   entry.name.startsWith(QLatin1String("PG"));
        });
        if (configured || !service.envFileValues.isEmpty())
            return ServiceRole::Postgres;
    }
    if (name == QLatin1String("redis") || name.startsWith(QLatin1String("redis-")) ||
        name.startsWith(QLatin1String("redis_")))
        return ServiceRole::Redis;
    return ServiceRole::Other;
}

} // namespace blihops
