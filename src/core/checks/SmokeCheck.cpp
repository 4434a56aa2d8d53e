#include "checks/SmokeCheck.h"

#include "util/Error.h"

#include <QHostAddress>
#include <QJsonArray>
#include <cmath>

namespace blihops {

namespace {

struct KindName
{
    SmokeCheck::Kind kind;
    const char *key;
};

constexpr KindName kKinds[] = {
    {SmokeCheck::Kind::Postgres, "postgres"},
    {SmokeCheck::Kind::Redis, "redis"},
    {SmokeCheck::Kind::Http, "http"},
    {SmokeCheck::Kind::ContainerHealth, "container-health"},
};

} // namespace

QString SmokeCheck::target() const
{
    const QString address =
        host.isEmpty() ? QStringLiteral("%1:%2").arg(tr("container %1").arg(service)).arg(port)
                       : QStringLiteral("%1:%2").arg(host).arg(port);
    switch (kind) {
    case Kind::Postgres:
        return QStringLiteral("postgres://%1@%2/%3").arg(user, address, database);
    case Kind::Redis:
        return QStringLiteral("redis://%1").arg(address);
    case Kind::Http:
        return QStringLiteral("%1://%2%3")
            .arg(https ? QStringLiteral("https") : QStringLiteral("http"), address, path);
    case Kind::ContainerHealth:
        return tr("containers of %1").arg(service);
    }
    return {};
}

bool SmokeCheck::isLocalHost(const QString &host)
{
    return host.isEmpty() || host == QLatin1String("localhost") ||
           host == QLatin1String("0.0.0.0") || host == QLatin1String("::") ||
           QHostAddress(host).isLoopback();
}

QString SmokeCheck::kindKey(Kind kind)
{
    for (const KindName &entry : kKinds) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

SmokeCheck::Kind SmokeCheck::kindFromKey(const QString &key)
{
    QStringList keys;
    for (const KindName &entry : kKinds) {
        if (key == QLatin1String(entry.key))
            return entry.kind;
        keys << QString::fromLatin1(entry.key);
    }
    throw Error(ErrorKind::BadInput, tr("\"%1\" is not a kind of smoke check: use one of %2.")
                                         .arg(key, keys.join(QStringLiteral(", "))));
}

QString SmokeCheck::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Postgres:
        return tr("PostgreSQL");
    case Kind::Redis:
        return tr("Redis");
    case Kind::Http:
        return tr("HTTP");
    case Kind::ContainerHealth:
        return tr("Container health");
    }
    return {};
}

QJsonObject SmokeCheck::toJson() const
{
    QJsonObject object{{QStringLiteral("name"), name},
                       {QStringLiteral("kind"), kindKey(kind)},
                       {QStringLiteral("service"), service},
                       {QStringLiteral("enabled"), enabled},
                       {QStringLiteral("timeoutMs"), timeoutMs}};
    if (usesNetwork()) {
        object.insert(QStringLiteral("host"), host);
        object.insert(QStringLiteral("port"), port);
    }
    if (kind == Kind::Postgres) {
        object.insert(QStringLiteral("database"), database);
        object.insert(QStringLiteral("databases"), QJsonArray::fromStringList(databases));
        object.insert(QStringLiteral("user"), user);
    }
    if (kind == Kind::Postgres || kind == Kind::Redis)
        object.insert(QStringLiteral("secretVariable"), secretVariable);
    if (kind == Kind::Http) {
        object.insert(QStringLiteral("path"), path);
        object.insert(QStringLiteral("https"), https);
        object.insert(QStringLiteral("expectedStatus"), expectedStatus);
        object.insert(QStringLiteral("expectedBody"), expectedBody);
    }
    return object;
}

SmokeCheck SmokeCheck::fromJson(const QJsonObject &object)
{
    SmokeCheck check;
    check.name = object.value(QStringLiteral("name")).toString();
    const auto fail = [&](const QString &field, const QString &expected) {
        return Error(ErrorKind::BadInput,
                     tr("Smoke check \"%1\": \"%2\" must be %3.").arg(check.name, field, expected));
    };
    const auto text = [&](const char *field, const QString &fallback = {}) {
        const QJsonValue value = object.value(QLatin1String(field));
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isString())
            throw fail(QLatin1String(field), tr("text"));
        return value.toString();
    };
    const auto number = [&](const char *field, int fallback) {
        const QJsonValue value = object.value(QLatin1String(field));
        if (value.isUndefined())
            return fallback;
        // Range first: a double beyond int cannot be converted.
        const double number = value.toDouble();
        if (!value.isDouble() || number < -1e9 || number > 1e9 || number != std::trunc(number))
            throw fail(QLatin1String(field), tr("a whole number"));
        return static_cast<int>(number);
    };
    const auto flag = [&](const char *field, bool fallback) {
        const QJsonValue value = object.value(QLatin1String(field));
        if (value.isUndefined())
            return fallback;
        if (!value.isBool())
            throw fail(QLatin1String(field), tr("true or false"));
        return value.toBool();
    };
    static const QStringList known{
        QStringLiteral("name"),           QStringLiteral("kind"),
        QStringLiteral("service"),        QStringLiteral("host"),
        QStringLiteral("port"),           QStringLiteral("database"),
        QStringLiteral("databases"),      QStringLiteral("user"),
        QStringLiteral("secretVariable"), QStringLiteral("path"),
        QStringLiteral("https"),          QStringLiteral("expectedStatus"),
        QStringLiteral("expectedBody"),   QStringLiteral("timeoutMs"),
        QStringLiteral("enabled")};
    for (const QString &key : object.keys()) {
        // A misspelt field would otherwise be dropped without a word.
        if (!known.contains(key)) {
            throw Error(ErrorKind::BadInput,
                        tr("Smoke check \"%1\": there is no field \"%2\"; the fields are %3.")
                            .arg(check.name, key, known.join(QStringLiteral(", "))));
        }
    }
    try {
        check.kind = kindFromKey(text("kind"));
    } catch (const Error &error) {
        throw Error(ErrorKind::BadInput,
                    tr("Smoke check \"%1\": %2").arg(check.name, error.message()));
    }
    check.service = text("service");
    check.host = text("host");
    check.port = number("port", 0);
    check.database = text("database");
    const QJsonValue databases = object.value(QStringLiteral("databases"));
    if (!databases.isUndefined()) {
        if (!databases.isArray())
            throw fail(QStringLiteral("databases"), tr("a list of names"));
        for (const QJsonValue &database : databases.toArray()) {
            if (!database.isString())
                throw fail(QStringLiteral("databases"), tr("a list of names"));
            check.databases << database.toString();
        }
    }
    check.user = text("user");
    check.secretVariable = text("secretVariable");
    check.path = text("path", QStringLiteral("/"));
    check.https = flag("https", false);
    check.expectedStatus = number("expectedStatus", 200);
    check.expectedBody = text("expectedBody");
    check.timeoutMs = number("timeoutMs", 5000);
    check.enabled = flag("enabled", true);
    check.validate();
    return check;
}

void SmokeCheck::validate() const
{
    const auto fail = [&](const QString &what) {
        return Error(ErrorKind::BadInput,
                     name.isEmpty() ? tr("A smoke check has no name: give each check one.")
                                    : tr("Smoke check \"%1\": %2").arg(name, what));
    };
    if (name.trimmed().isEmpty())
        throw fail({});
    if (timeoutMs < 100 || timeoutMs > 600000)
        throw fail(tr("the timeout must be between 100 ms and 10 minutes."));
    if (kind == Kind::ContainerHealth) {
        if (service.isEmpty())
            throw fail(tr("name the service whose containers must be healthy."));
        return;
    }
    if (port < 1 || port > 65535)
        throw fail(tr("the port must be between 1 and 65535."));
    if (host.isEmpty() && service.isEmpty())
        throw fail(tr("give a host, or a service to reach at its container's address."));
    if (kind == Kind::Postgres && (database.isEmpty() || user.isEmpty()))
        throw fail(tr("name the database and the user to connect as."));
    if (kind == Kind::Http) {
        if (!path.startsWith(QLatin1Char('/')))
            throw fail(tr("the path must start with \"/\"."));
        if (expectedStatus < 100 || expectedStatus > 599)
            throw fail(tr("the expected status must be an HTTP status (100-599)."));
    }
}

} // namespace blihops
