#include "backup/BackupRecord.h"

#include "backup/TableChecksumSql.h"
#include "util/Error.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace blihops {

namespace {

bool isSha256(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

} // namespace

QString BackupRecord::kindKey(Kind kind)
{
    return kind == Kind::Database ? QStringLiteral("database") : QStringLiteral("storage");
}

QJsonObject BackupRecord::toJson() const
{
    QJsonObject object{
        {QStringLiteral("id"), id},
        {QStringLiteral("job"), job},
        {QStringLiteral("kind"), kindKey(kind)},
        {QStringLiteral("source"), source},
        {QStringLiteral("file"), file},
        {QStringLiteral("size"), size},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("started"), started.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("duration_ms"), durationMs},
        {QStringLiteral("result"), ok ? QStringLiteral("ok") : QStringLiteral("failed")},
        {QStringLiteral("error"), error}};
    if (kind == Kind::Database) {
        object.insert(QStringLiteral("tables"), TableChecksumSql::toJson(tables));
    } else {
        QJsonArray list;
        for (const File &f : files) {
            list.append(QJsonObject{{QStringLiteral("path"), f.path},
                                    {QStringLiteral("size"), f.size},
                                    {QStringLiteral("sha256"), f.sha256}});
        }
        object.insert(QStringLiteral("files"), list);
    }
    return object;
}

BackupRecord BackupRecord::fromJson(const QJsonObject &object)
{
    const auto fail = [](const QString &what) { return Error(ErrorKind::BadInput, what); };
    const auto text = [&](const char *key, bool required) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isString() && (required || !value.isUndefined()))
            throw fail(tr("\"%1\" must be a string").arg(QLatin1String(key)));
        return value.toString();
    };
    const auto number = [&](const char *key) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isDouble() || value.toInteger(-1) < 0)
            throw fail(tr("\"%1\" must be a number of at least 0").arg(QLatin1String(key)));
        return value.toInteger();
    };

    BackupRecord record;
    record.id = text("id", true);
    record.job = text("job", true);
    if (record.id.isEmpty() || record.job.isEmpty())
        throw fail(tr("\"id\" and \"job\" must not be empty"));
    const QString kind = text("kind", true);
    if (kind == QLatin1String("database"))
        record.kind = Kind::Database;
    else if (kind == QLatin1String("storage"))
        record.kind = Kind::Storage;
    else
        throw fail(tr("\"kind\" must be database or storage, not \"%1\"").arg(kind));
    record.source = text("source", false);
    record.file = text("file", true);
    // Retention deletes by this name: it must stay beside the manifest.
    if (record.file.contains(QLatin1Char('/')) || record.file == QLatin1String("..") ||
        record.file == QLatin1String(".") || record.file.contains(QChar(0)))
        throw fail(tr("\"file\" must be a plain file name beside the manifest, not \"%1\"")
                       .arg(record.file));
    record.size = number("size");
    record.sha256 = text("sha256", true);
    record.started = QDateTime::fromString(text("started", true), Qt::ISODate).toUTC();
    if (!record.started.isValid())
        throw fail(tr("\"started\" must be an ISO-8601 time"));
    record.durationMs = number("duration_ms");
    const QString result = text("result", true);
    if (result != QLatin1String("ok") && result != QLatin1String("failed"))
        throw fail(tr("\"result\" must be ok or failed, not \"%1\"").arg(result));
    record.ok = result == QLatin1String("ok");
    record.error = text("error", false);
    if (record.ok && (record.file.isEmpty() || !isSha256(record.sha256)))
        throw fail(tr("a successful run needs \"file\" and a \"sha256\" of 64 hex digits"));
    if (!record.sha256.isEmpty() && !isSha256(record.sha256))
        throw fail(tr("\"sha256\" must be 64 hex digits"));

    if (record.kind == Kind::Database) {
        record.tables = TableChecksumSql::fromJson(object.value(QLatin1String("tables")).toArray());
    } else {
        for (const QJsonValue &value : object.value(QLatin1String("files")).toArray()) {
            const QJsonObject f = value.toObject();
            File file{f.value(QLatin1String("path")).toString(),
                      f.value(QLatin1String("size")).toInteger(-1),
                      f.value(QLatin1String("sha256")).toString()};
            if (file.path.isEmpty() || file.size < 0 || !isSha256(file.sha256))
                throw fail(tr("file %1 of the archive needs a path, a size and a sha256")
                               .arg(record.files.size() + 1));
            record.files.append(file);
        }
    }
    return record;
}

} // namespace blihops
