#include "backup/TableChecksumSql.h"

#include "util/Error.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace blihops {

QStringList TableChecksumSql::settings(bool local)
{
    const QString set = local ? QStringLiteral("SET LOCAL ") : QStringLiteral("SET ");
    QStringList statements;
    for (const char *setting :
         {"DateStyle = 'ISO, YMD'", "IntervalStyle = 'postgres'", "extra_float_digits = 3",
          "bytea_output = 'hex'", "TimeZone = 'UTC'", "lc_monetary = 'C'", "xmlbinary = 'base64'",
          "search_path = pg_catalog"})
        statements << set + QLatin1String(setting);
    return statements;
}

QString TableChecksumSql::query()
{
    // Each table is read by a query of its own, run through query_to_xml so that one
    // statement covers them all (no psql meta-commands, no functions to create in a
    // read-only snapshot). The inner query yields "rows:checksum".
    return QStringLiteral(
        "SELECT coalesce(json_agg(json_build_object('schema', t.schema, 'name', t.name, "
        "'rows', split_part(t.figures, ':', 1)::bigint, 'checksum', split_part(t.figures, ':', "
        "2)) ORDER BY t.schema COLLATE \"C\", t.name COLLATE \"C\"), '[]') FROM ("
        "SELECT n.nspname AS schema, c.relname AS name, (xpath('/row/v/text()', "
        "query_to_xml(format('SELECT count(*) || '':'' || md5(coalesce(sum("
        "hashtextextended(r::text, 0)), 0)::text) AS v FROM ONLY %I.%I AS r', n.nspname, "
        "c.relname), "
        "false, true, '')))[1]::text AS figures "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)' "
        "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass "
        "AND d.objid = c.oid AND d.deptype = 'e')) AS t");
}

QString TableChecksumSql::psqlScript(bool local)
{
    QString script;
    for (const QString &statement : settings(local))
        script += statement + QStringLiteral(";\n");
    return script + query() + QStringLiteral(";\n");
}

QList<TableChecksum> TableChecksumSql::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.trimmed(), &error);
    if (!document.isArray()) {
        throw Error(ErrorKind::BadInput,
                    tr("The table checksums are not a JSON array (%1).").arg(error.errorString()));
    }
    return fromJson(document.array());
}

QList<TableChecksum> TableChecksumSql::fromJson(const QJsonArray &array)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}$"));
    QList<TableChecksum> tables;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        TableChecksum table{object.value(QLatin1String("schema")).toString(),
                            object.value(QLatin1String("name")).toString(),
                            object.value(QLatin1String("rows")).toInteger(-1),
                            object.value(QLatin1String("checksum")).toString()};
        if (!value.isObject() || table.name.isEmpty() || table.schema.isEmpty() || table.rows < 0 ||
            !hex.match(table.checksum).hasMatch()) {
            throw Error(ErrorKind::BadInput,
                        tr("Table entry %1 needs a schema, a name, a row count and a checksum "
                           "of 32 hex digits: %2")
                            .arg(tables.size() + 1)
                            .arg(QString::fromUtf8(
                                QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))));
        }
        tables.append(table);
    }
    return tables;
}

QJsonArray TableChecksumSql::toJson(const QList<TableChecksum> &tables)
{
    QJsonArray array;
    for (const TableChecksum &table : tables) {
        array.append(QJsonObject{{QStringLiteral("schema"), table.schema},
                                 {QStringLiteral("name"), table.name},
                                 {QStringLiteral("rows"), table.rows},
                                 {QStringLiteral("checksum"), table.checksum}});
    }
    return array;
}

} // namespace blihops
