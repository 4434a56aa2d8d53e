#pragma once

#include "backup/TableChecksum.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace blihops {

// The one definition of the per-table row count and content checksum, used by the host
// script (inside the dump's exported snapshot) and by the restore verification (on the
// restored database): the same SQL on both sides, so that equal data gives equal figures.
//
// Which tables: every ordinary table (relkind r) outside pg_catalog, information_schema,
// pg_toast and temporary schemas, and not a member of an extension (pg_dump does not dump
// those), each read with FROM ONLY. A partitioned table counts as its leaves: each leaf
// partition is listed under its own schema and name (as pg_dump writes its data), the
// partitioned parent (relkind p, which holds no rows) is not listed; an inheritance parent
// counts only its own rows. Views, materialized views (rebuilt on restore) and foreign
// tables hold no dumped data and are left out.
//
// The checksum: each row's text form (`t::text`) hashed to 64 bits with
// hashtextextended(text, 0), the hashes summed exactly (as numeric) over the table, and md5
// of that sum as 32 hex digits: the same for any row order, and changed by any changed, added
// or removed row (a sum, unlike XOR, also sees a duplicated row). hashtextextended is the
// hash PostgreSQL's hash partitioning stores rows by, so it stays the same across major
// versions (11 and newer) on machines of one byte order; it costs a fraction of md5 over the
// row text (whose hex digits SQL would then have to parse). Row text depends on output
// settings, which settings() fixes (dates, intervals, floats, bytea, time zone, money,
// search_path for reg* types), so server defaults and client settings do not matter. Float
// text is the shortest exact form from PostgreSQL 12 on.
class TableChecksumSql
{
    Q_DECLARE_TR_FUNCTIONS(TableChecksumSql)

public:
    // SET statements for the session (or SET LOCAL inside the snapshot's transaction).
    static QStringList settings(bool local = true);
    // One statement, one row, one column: a JSON array of
    // {"schema","name","rows","checksum"} ordered by schema, then name (bytewise).
    static QString query();
    // settings() and query() as one psql script, each statement on one line.
    static QString psqlScript(bool local = true);

    // Reads the query's JSON. Throws Error(BadInput) when it is not such an array.
    static QList<TableChecksum> parse(const QByteArray &json);
    static QList<TableChecksum> fromJson(const QJsonArray &array);
    static QJsonArray toJson(const QList<TableChecksum> &tables);
};

} // namespace blihops
