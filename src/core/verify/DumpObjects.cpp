#include "verify/DumpObjects.h"

#include "util/Error.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace blihops {

namespace {

// A TOC line: "ID; CATALOG OID DESCRIPTION SCHEMA NAME OWNER", the description one to three
// words ("TABLE", "TABLE DATA", "FK CONSTRAINT", "MATERIALIZED VIEW DATA", ...).
QString descriptionOf(const QByteArray &line)
{
    static const QRegularExpression entry(QStringLiteral("^\\d+; \\d+ \\d+ (.*)$"));
    const QRegularExpressionMatch match = entry.match(QString::fromUtf8(line));
    if (!match.hasMatch())
        return {};
    const QString rest = match.captured(1);
    // The longest description first, so that "TABLE DATA" is not taken for "TABLE".
    static const QStringList known = {
        QStringLiteral("MATERIALIZED VIEW DATA"),
        QStringLiteral("MATERIALIZED VIEW"),
        QStringLiteral("SEQUENCE OWNED BY"),
        QStringLiteral("SEQUENCE SET"),
        QStringLiteral("FK CONSTRAINT"),
        QStringLiteral("TABLE DATA"),
        QStringLiteral("TABLE ATTACH"),
        QStringLiteral("INDEX ATTACH"),
        QStringLiteral("TABLE"),
        QStringLiteral("INDEX"),
        QStringLiteral("SEQUENCE"),
        QStringLiteral("CONSTRAINT"),
        QStringLiteral("VIEW"),
        QStringLiteral("FUNCTION"),
    };
    for (const QString &description : known) {
        if (rest.startsWith(description + QLatin1Char(' ')))
            return description;
    }
    return {};
}

} // namespace

QStringList DumpObjects::kinds()
{
    return {QStringLiteral("tables"),    QStringLiteral("indexes"),
            QStringLiteral("sequences"), QStringLiteral("constraints"),
            QStringLiteral("views"),     QStringLiteral("materialized_views"),
            QStringLiteral("functions")};
}

QMap<QString, qint64> DumpObjects::fromToc(const QByteArray &listing)
{
    static const QMap<QString, QString> kindOf = {
        {QStringLiteral("TABLE"), QStringLiteral("tables")},
        {QStringLiteral("INDEX"), QStringLiteral("indexes")},
        {QStringLiteral("SEQUENCE"), QStringLiteral("sequences")},
        {QStringLiteral("CONSTRAINT"), QStringLiteral("constraints")},
        {QStringLiteral("FK CONSTRAINT"), QStringLiteral("constraints")},
        {QStringLiteral("VIEW"), QStringLiteral("views")},
        {QStringLiteral("MATERIALIZED VIEW"), QStringLiteral("materialized_views")},
        {QStringLiteral("FUNCTION"), QStringLiteral("functions")},
    };
    QMap<QString, qint64> counts;
    for (const QString &kind : kinds())
        counts.insert(kind, 0);
    for (const QByteArray &line : listing.split('\n')) {
        const QString kind = kindOf.value(descriptionOf(line));
        if (!kind.isEmpty())
            ++counts[kind];
    }
    return counts;
}

int DumpObjects::dataEntries(const QByteArray &listing)
{
    int count = 0;
    for (const QByteArray &line : listing.split('\n')) {
        if (descriptionOf(line) == QLatin1String("TABLE DATA"))
            ++count;
    }
    return count;
}

QString DumpObjects::catalogQuery()
{
    return QStringLiteral(
        "WITH rel AS (SELECT c.oid, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = "
        "c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND "
        "n.nspname !~ '^pg_(toast|temp_|toast_temp_)' AND NOT EXISTS (SELECT 1 FROM pg_depend "
        "d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')) "
        "SELECT json_build_object("
        "'tables', (SELECT count(*) FROM rel WHERE relkind IN ('r', 'p')), "
        "'indexes', (SELECT count(*) FROM rel WHERE relkind IN ('i', 'I') AND NOT EXISTS "
        "(SELECT 1 FROM pg_constraint k WHERE k.conindid = rel.oid AND k.contype IN ('p', 'u', "
        "'x'))), "
        "'sequences', (SELECT count(*) FROM rel WHERE relkind = 'S'), "
        "'constraints', (SELECT count(*) FROM pg_constraint k JOIN rel ON rel.oid = k.conrelid "
        "WHERE k.contype IN ('p', 'u', 'x') OR (k.contype = 'f' AND k.conparentid = 0)), "
        "'views', (SELECT count(*) FROM rel WHERE relkind = 'v'), "
        "'materialized_views', (SELECT count(*) FROM rel WHERE relkind = 'm'), "
        "'functions', (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = "
        "p.pronamespace WHERE p.prokind = 'f' AND n.nspname NOT IN ('pg_catalog', "
        "'information_schema') AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = "
        "'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')))");
}

QMap<QString, qint64> DumpObjects::parseCatalog(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.trimmed()).object();
    QMap<QString, qint64> counts;
    for (const QString &kind : kinds()) {
        const QJsonValue value = object.value(kind);
        if (!value.isDouble()) {
            throw Error(ErrorKind::BadInput,
                        tr("The restored database's object counts lack \"%1\": %2")
                            .arg(kind, QString::fromUtf8(json.left(200))));
        }
        counts.insert(kind, value.toInteger());
    }
    return counts;
}

} // namespace blihops
