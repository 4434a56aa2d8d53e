#include "checks/PostgresProbe.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace blihops {

namespace {

QString connectionName()
{
    static QAtomicInteger<quint64> serial;
    return QStringLiteral("blihops-smoke-postgres-%1").arg(serial.fetchAndAddRelaxed(1));
}

QString errorText(const QSqlError &error)
{
    QString text = error.databaseText();
    if (text.trimmed().isEmpty())
        text = error.driverText();
    return text.simplified();
}

ProbeAnswer probe(QSqlDatabase &db, const ProbeTarget &target, const SmokeCheck &check,
                  const QString &password)
{
    const QString tried = PostgresProbe::tr("PostgreSQL at %1, database %2 as %3")
                              .arg(target.description, check.database, check.user);
    if (!db.isValid()) {
        return {false, PostgresProbe::tr("%1: the PostgreSQL driver of Qt (QPSQL) is not "
                                         "installed; install libqt6sql6-psql.")
                           .arg(tried)};
    }
    db.setHostName(target.host);
    db.setPort(target.port);
    db.setDatabaseName(check.database);
    db.setUserName(check.user);
    db.setPassword(password);
    // libpq waits at least 2 s; the statement timeout keeps a stuck server from holding on.
    const int seconds = std::max(2, (target.timeoutMs + 999) / 1000);
    db.setConnectOptions(QStringLiteral("connect_timeout=%1;options=-cstatement_timeout=%2")
                             .arg(seconds)
                             .arg(target.timeoutMs));
    if (!db.open())
        return {false, PostgresProbe::tr("%1 refused the connection: %2")
                           .arg(tried, errorText(db.lastError()))};
    QSqlQuery one(db);
    if (!one.exec(QStringLiteral("SELECT 1")) || !one.next() || one.value(0).toInt() != 1) {
        return {false, PostgresProbe::tr("%1 connected, but SELECT 1 did not return 1: %2")
                           .arg(tried, errorText(one.lastError()))};
    }
    QSqlQuery names(db);
    if (!names.exec(QStringLiteral("SELECT datname FROM pg_database"))) {
        return {false, PostgresProbe::tr("%1 answered SELECT 1, but pg_database could not be "
                                         "read: %2")
                           .arg(tried, errorText(names.lastError()))};
    }
    QStringList present;
    while (names.next())
        present << names.value(0).toString();
    QStringList wanted = QStringList{check.database} + check.databases;
    QStringList missing;
    for (const QString &database : wanted) {
        if (!present.contains(database))
            missing << database;
    }
    if (!missing.isEmpty()) {
        return {false, PostgresProbe::tr("%1 answered SELECT 1, but these databases are "
                                         "missing: %2")
                           .arg(tried, missing.join(QStringLiteral(", ")))};
    }
    return {true, PostgresProbe::tr("%1 answered SELECT 1; databases present: %2")
                      .arg(tried, wanted.join(QStringLiteral(", ")))};
}

} // namespace

ProbeAnswer PostgresProbe::run(const ProbeTarget &target, const SmokeCheck &check,
                               const QString &password)
{
    const QString name = connectionName();
    ProbeAnswer answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        answer = probe(db, target, check, password);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return answer;
}

} // namespace blihops
