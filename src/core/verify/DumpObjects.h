#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace blihops {

// The objects of a database by kind (tables, indexes, sequences, constraints, views,
// materialized views, functions): counted in a dump's table of contents (`pg_restore
// --list`) and in a restored database's catalog, by definitions that agree on a good
// restore. The catalog side counts what pg_dump writes as a TOC entry of its own: tables
// include partitioned ones and their partitions; indexes are those that back no primary key,
// unique or exclusion constraint (those are CONSTRAINT entries); constraints are primary
// keys, unique, exclusion and foreign keys, a foreign key a partition inherits left out (the
// parent's is dumped once); functions are plain functions (not procedures or aggregates);
// members of extensions and the system schemas are left out, as pg_dump leaves them out.
class DumpObjects
{
    Q_DECLARE_TR_FUNCTIONS(DumpObjects)

public:
    // The kinds, as JSON keys, in the order they are shown.
    static QStringList kinds();
    // Counts of each kind in a `pg_restore --list` listing.
    static QMap<QString, qint64> fromToc(const QByteArray &listing);
    // The number of TABLE DATA entries: what a restore's progress counts.
    static int dataEntries(const QByteArray &listing);
    // One statement, one row, one column: a JSON object of the counts in the current database.
    static QString catalogQuery();
    // Reads catalogQuery()'s answer. Throws Error(BadInput) when it is not such an object.
    static QMap<QString, qint64> parseCatalog(const QByteArray &json);
};

} // namespace blihops
