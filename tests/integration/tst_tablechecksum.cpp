#include "Require.h"
#include "TestWorkspace.h"
#include "backup/TableChecksumSql.h"
#include "util/Error.h"

#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace blihops;
using blihops::test::TestWorkspace;

namespace {

const QString kPagila = QStringLiteral(BLIHOPS_CORPUS_DIR "/pagila/");

QUrl serverUrl(const QString &database)
{
    QUrl url(qEnvironmentVariable("BLIHOPS_TEST_PG_URL"));
    url.setPath(QLatin1Char('/') + database);
    return url;
}

// Runs a PostgreSQL client program against the lab server; stdout, or qFatal with stderr.
QByteArray run(const QString &program, const QStringList &args, const QByteArray &input = {},
               const QProcessEnvironment &extra = {}, bool mustSucceed = true)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(program, args);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(300000);
    if (mustSucceed && process.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

QByteArray psql(const QString &database, const QByteArray &input,
                const QProcessEnvironment &extra = {})
{
    return run(QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"),
                QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                serverUrl(database).toString()},
               input, extra);
}

QList<TableChecksum> checksums(const QString &database, const QProcessEnvironment &extra = {})
{
    return TableChecksumSql::parse(psql(database,
                                        "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;\n" +
                                            TableChecksumSql::psqlScript().toUtf8() + "COMMIT;\n",
                                        extra));
}

const TableChecksum *table(const QList<TableChecksum> &tables, const QString &name)
{
    for (const TableChecksum &t : tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

} // namespace

class TestTableChecksum : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString reason;
        if (!TestWorkspace::postgresAvailable(&reason) ||
            !QFileInfo::exists(kPagila + QStringLiteral("pagila-data.sql"))) {
            if (reason.isEmpty())
                reason = QStringLiteral("the Pagila corpus is missing at ") + kPagila;
            BLIHOPS_REQUIRE(false, qPrintable(reason));
        }
        const QString suffix = QString::number(QRandomGenerator::global()->generate64(), 16);
        m_original = QStringLiteral("blihops_cksum_a_") + suffix;
        m_restored = QStringLiteral("blihops_cksum_b_") + suffix;
        for (const QString &db : {m_original, m_restored})
            psql(QStringLiteral("postgres"), "CREATE DATABASE " + db.toUtf8() + ";\n");
        // Pagila's ALTER ... OWNER TO postgres fail on a server without that role: harmless.
        for (const char *file : {"pagila-schema.sql", "pagila-data.sql"}) {
            run(QStringLiteral("psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-o"),
                 QStringLiteral("/dev/null"), QStringLiteral("-f"), kPagila + QLatin1String(file),
                 serverUrl(m_original).toString()},
                {}, {}, false);
        }
        QCOMPARE(psql(m_original, "SELECT count(*) FROM public.rental;\n").trimmed(),
                 QByteArray("16044"));
        const QByteArray dump = run(QStringLiteral("pg_dump"),
                                    {QStringLiteral("-Fc"), serverUrl(m_original).toString()});
        run(QStringLiteral("pg_restore"),
            {QStringLiteral("--no-owner"), QStringLiteral("-d"), serverUrl(m_restored).toString()},
            dump, {}, false);
    }

    void cleanupTestCase()
    {
        for (const QString &db : {m_original, m_restored}) {
            if (!db.isEmpty())
                psql(QStringLiteral("postgres"),
                     "DROP DATABASE IF EXISTS " + db.toUtf8() + " WITH (FORCE);\n");
        }
    }

    // Every table with data, partitions as their leaves.
    void listsLeafTables()
    {
        const QList<TableChecksum> tables = checksums(m_original);
        QVERIFY(table(tables, QStringLiteral("payment_p2022_01")));
        QVERIFY(!table(tables, QStringLiteral("payment"))); // the partitioned parent
        QCOMPARE(table(tables, QStringLiteral("actor"))->rows, 200);
        QCOMPARE(table(tables, QStringLiteral("rental"))->rows, 16044);
        qint64 payments = 0;
        for (const TableChecksum &t : tables) {
            if (t.name.startsWith(QLatin1String("payment_p")))
                payments += t.rows;
        }
        QCOMPARE(QByteArray::number(payments),
                 psql(m_original, "SELECT count(*) FROM public.payment;\n").trimmed());
        // Ordered by schema, then name.
        for (qsizetype i = 1; i < tables.size(); ++i)
            QVERIFY(tables.at(i - 1).name < tables.at(i).name);
    }

    void sameAfterDumpAndRestore()
    {
        const QList<TableChecksum> original = checksums(m_original);
        QCOMPARE(checksums(m_restored), original);
        QVERIFY(original.size() >= 15);
    }

    // The client's own settings do not change the figures.
    void sameWhateverTheClientSettings()
    {
        QProcessEnvironment odd;
        odd.insert(QStringLiteral("PGDATESTYLE"), QStringLiteral("SQL, DMY"));
        odd.insert(QStringLiteral("PGTZ"), QStringLiteral("Pacific/Auckland"));
        odd.insert(QStringLiteral("PGOPTIONS"),
                   QStringLiteral("-c extra_float_digits=0 -c bytea_output=escape -c "
                                  "IntervalStyle=sql_standard -c search_path=public"));
        QCOMPARE(checksums(m_original, odd), checksums(m_original));
    }

    // The same statement through QtSql (as the verifier can run it) gives the same figures.
    void sameThroughQtSql()
    {
        const QUrl url = serverUrl(m_original);
        QList<TableChecksum> viaQt;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("cksum"));
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setDatabaseName(m_original);
            db.setUserName(url.userName());
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(db.transaction());
            for (const QString &statement : TableChecksumSql::settings())
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            QVERIFY2(query.exec(TableChecksumSql::query()), qPrintable(query.lastError().text()));
            QVERIFY(query.next());
            viaQt = TableChecksumSql::parse(query.value(0).toString().toUtf8());
            db.rollback();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cksum"));
        QCOMPARE(viaQt, checksums(m_original));
    }

    // Rows moved on disk (an update writes new tuple versions at the end): same checksum.
    void sameRegardlessOfRowOrder()
    {
        const QByteArray firstRows = "SELECT string_agg(film_id::text, ',') FROM (SELECT film_id "
                                     "FROM public.film LIMIT 20) AS f;\n";
        const QByteArray before = psql(m_restored, firstRows);
        // Replica role: Pagila's last_updated triggers would change the rows.
        psql(m_restored, "SET session_replication_role = replica;\n"
                         "UPDATE public.film SET title = title WHERE film_id % 2 = 0;\n"
                         "VACUUM public.film;\n");
        QVERIFY(psql(m_restored, firstRows) != before);
        QCOMPARE(checksums(m_restored), checksums(m_original));
    }

    // One changed row changes its table's checksum, and only that one.
    void differentAfterOneRowChanges()
    {
        const QList<TableChecksum> original = checksums(m_original);
        psql(m_restored, "SET session_replication_role = replica;\n"
                         "UPDATE public.actor SET last_name = 'GUINES' WHERE actor_id = 1;\n");
        const QList<TableChecksum> changed = checksums(m_restored);
        QCOMPARE(changed.size(), original.size());
        for (qsizetype i = 0; i < original.size(); ++i) {
            QCOMPARE(changed.at(i).rows, original.at(i).rows);
            QCOMPARE(changed.at(i).checksum == original.at(i).checksum,
                     original.at(i).name != QLatin1String("actor"));
        }
        psql(m_restored, "SET session_replication_role = replica;\n"
                         "UPDATE public.actor SET last_name = 'GUINESS' WHERE actor_id = 1;\n");
        QCOMPARE(checksums(m_restored), original);
    }

    void emptyDatabase()
    {
        const QString empty = m_original + QStringLiteral("_empty");
        psql(QStringLiteral("postgres"), "CREATE DATABASE " + empty.toUtf8() + ";\n");
        const QList<TableChecksum> tables = checksums(empty);
        psql(QStringLiteral("postgres"), "DROP DATABASE " + empty.toUtf8() + ";\n");
        QCOMPARE(tables.size(), 0);
    }

    void parseRefusesNonsense()
    {
        QVERIFY_THROWS_EXCEPTION(Error, TableChecksumSql::parse("{}"));
        QVERIFY_THROWS_EXCEPTION(
            Error,
            TableChecksumSql::parse(R"([{"schema":"s","name":"t","rows":1,"checksum":"x"}])"));
    }

private:
    QString m_original;
    QString m_restored;
};

QTEST_GUILESS_MAIN(TestTableChecksum)
#include "tst_tablechecksum.moc"
