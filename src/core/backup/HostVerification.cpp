#include "backup/HostVerification.h"

#include "util/Error.h"

#include <QJsonArray>

namespace blihops {

HostVerification::Parsed HostVerification::parse(const QByteArray &text)
{
    Parsed parsed;
    // A torn last line is a verification still being written, or killed: not one yet.
    BackupManifest::readLines(
        text, [&](const QJsonObject &object) { parsed.records.append(fromJson(object)); },
        parsed.problems);
    return parsed;
}

HostVerification HostVerification::fromJson(const QJsonObject &object)
{
    const auto text = [&](const char *key) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isString()) {
            throw Error(ErrorKind::BadInput, tr("\"%1\" must be a string").arg(QLatin1String(key)));
        }
        return value.toString();
    };
    const auto list = [](const QJsonValue &value) {
        QStringList names;
        for (const QJsonValue &name : value.toArray())
            names << name.toString();
        return names;
    };
    HostVerification verification;
    verification.id = text("id");
    verification.backup = text("backup");
    verification.job = text("job");
    const QString kind = text("kind");
    if (kind != BackupRecord::kindKey(BackupRecord::Kind::Database) &&
        kind != BackupRecord::kindKey(BackupRecord::Kind::Storage))
        throw Error(ErrorKind::BadInput, tr("\"kind\" must be database or storage"));
    verification.kind = kind == BackupRecord::kindKey(BackupRecord::Kind::Database)
                            ? BackupRecord::Kind::Database
                            : BackupRecord::Kind::Storage;
    verification.source = text("source");
    verification.file = text("file");
    verification.sha256 = text("sha256");
    verification.started = QDateTime::fromString(text("started"), Qt::ISODate);
    if (!verification.started.isValid())
        throw Error(ErrorKind::BadInput, tr("\"started\" must be an ISO 8601 time"));
    verification.durationMs = qint64(object.value(QLatin1String("duration_ms")).toDouble());
    const QString result = text("result");
    if (result != QLatin1String("ok") && result != QLatin1String("failed"))
        throw Error(ErrorKind::BadInput, tr("\"result\" must be ok or failed"));
    verification.ok = result == QLatin1String("ok");
    verification.error = text("error");
    verification.checked = object.value(QLatin1String("checked")).toInt();
    const QJsonObject files = object.value(QLatin1String("files")).toObject();
    verification.missing = list(files.value(QLatin1String("missing")));
    verification.extra = list(files.value(QLatin1String("extra")));
    verification.changed = list(files.value(QLatin1String("changed")));
    return verification;
}

QJsonObject HostVerification::toJson() const
{
    QJsonObject files;
    if (!missing.isEmpty() || !extra.isEmpty() || !changed.isEmpty()) {
        files = {{QStringLiteral("missing"), QJsonArray::fromStringList(missing)},
                 {QStringLiteral("extra"), QJsonArray::fromStringList(extra)},
                 {QStringLiteral("changed"), QJsonArray::fromStringList(changed)}};
    }
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("backup"), backup},
        {QStringLiteral("job"), job},
        {QStringLiteral("kind"), BackupRecord::kindKey(kind)},
        {QStringLiteral("source"), source},
        {QStringLiteral("file"), file},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("started"), started.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("duration_ms"), double(durationMs)},
        {QStringLiteral("result"), ok ? QStringLiteral("ok") : QStringLiteral("failed")},
        {QStringLiteral("error"), error},
        {QStringLiteral("checked"), checked},
        {QStringLiteral("files"), files},
    };
}

} // namespace blihops
