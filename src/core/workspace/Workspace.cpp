#include "workspace/Workspace.h"

#include "util/LogCategories.h"
#include "workspace/WorkspaceSchema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QThread>
#include <QThreadStorage>
#include <QUrlQuery>
#include <pwd.h>
#include <unistd.h>

namespace blihops {

namespace {

// libpq parameters a workspace URL may carry in its query; anything else is refused so
// that a typo does not silently connect without TLS.
const QStringList kPostgresOptions = {
    QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
    QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
    QStringLiteral("connect_timeout"), QStringLiteral("target_session_attrs"),
};

// The serials of the workspaces that exist, for threads to drop the connections of the others.
QMutex liveMutex;
QSet<quint64> liveSerials;

} // namespace

struct Workspace::ThreadConnections
{
    Connections byWorkspace;
};

Workspace::Connections &Workspace::threadConnections()
{
    // One storage for the process, never destroyed, so that no later one takes its slot; Qt
    // deletes each thread's part as the thread finishes, while Qt still runs on it.
    static auto *const storage = new QThreadStorage<ThreadConnections *>;
    if (!storage->hasLocalData())
        storage->setLocalData(new ThreadConnections);
    return storage->localData()->byWorkspace;
}

Workspace::Workspace(const WorkspaceLocation &location) : m_location(location)
{
    static QAtomicInteger<quint64> counter;
    m_serial = ++counter;
    m_connectionPrefix = QStringLiteral("blihops-workspace-%1").arg(m_serial);
    const QMutexLocker lock(&liveMutex);
    liveSerials.insert(m_serial);
}

Workspace::ThreadConnection::~ThreadConnection()
{
    // A thread that ends with the process, after the application object: its connection
    // goes with the process, and Qt's SQL registry may be going already.
    if (!QCoreApplication::instance())
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

Workspace::~Workspace()
{
    {
        const QMutexLocker lock(&liveMutex);
        liveSerials.remove(m_serial);
    }
    // Only this thread's connection can be closed here; other threads close theirs when they
    // next open a connection to any workspace, or on exit.
    threadConnections().erase(m_serial);
}

void Workspace::dropConnectionsOfGoneWorkspaces()
{
    // Closed after the lock is let go: closing a SQLite file may checkpoint and fsync, and
    // the GUI thread takes the lock to create and destroy workspaces.
    Connections gone;
    {
        const QMutexLocker lock(&liveMutex);
        Connections &mine = threadConnections();
        for (auto it = mine.begin(); it != mine.end();) {
            if (liveSerials.contains(it->first))
                ++it;
            else
                gone.insert(mine.extract(it++));
        }
    }
}

Workspace::ThreadConnection &Workspace::threadConnection()
{
    connection();
    return *threadConnections().at(m_serial);
}

QString Workspace::actor()
{
    const QString configured = qEnvironmentVariable("BLIHOPS_ACTOR");
    if (!configured.isEmpty())
        return configured;
    // The account itself, not $USER: cron, CI and `sudo` often leave the variable unset or
    // pointing at someone else.
    const passwd *account = getpwuid(getuid());
    const QString user =
        account ? QString::fromLocal8Bit(account->pw_name) : QStringLiteral("uid%1").arg(getuid());
    return QStringLiteral("%1@%2").arg(user, QHostInfo::localHostName());
}

void Workspace::configure(QSqlDatabase &db) const
{
    if (!isPostgres()) {
        db.setDatabaseName(m_location.sqlitePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        return;
    }
    const QUrl &url = m_location.postgresUrl();
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(url.path().mid(1));
    if (!url.userName().isEmpty())
        db.setUserName(url.userName());
    if (!url.password().isEmpty())
        db.setPassword(url.password());
    QStringList options = {QStringLiteral("application_name=blihops")};
    bool hasTimeout = false;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!kPostgresOptions.contains(key) || value.contains(QLatin1Char(';')) ||
            value.contains(QLatin1Char(' '))) {
            throw Error(ErrorKind::BadInput,
                        tr("Workspace URL %1: parameter \"%2\" is not supported; use sslmode, "
                           "sslrootcert, sslcert, sslkey, connect_timeout or "
                           "target_session_attrs.")
                            .arg(m_location.displayName(), key));
        }
        hasTimeout = hasTimeout || key == QLatin1String("connect_timeout");
        options << QStringLiteral("%1=%2").arg(key, value);
    }
    if (!hasTimeout)
        options << QStringLiteral("connect_timeout=5");
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

void Workspace::checkSqliteFile() const
{
    const QFileInfo file(m_location.sqlitePath());
    const QString dir = file.absolutePath();
    if (!QDir().mkpath(dir)) {
        throw Error(ErrorKind::Workspace,
                    tr("Cannot create the folder %1 for the workspace: check its permissions or "
                       "choose another workspace with --workspace.")
                        .arg(dir));
    }
    // Permission bits, not access(2): root may write anything, but a file its owner made
    // read-only is a request to leave it alone.
    const bool writable = file.isWritable() && (file.permissions() & QFileDevice::WriteOwner);
    if (file.exists() && !file.isDir() && !writable) {
        throw Error(ErrorKind::Workspace,
                    tr("Workspace file %1 is read-only: make it writable (chmod u+w) or choose "
                       "another workspace.")
                        .arg(file.absoluteFilePath()));
    }
    if (file.exists() && file.isDir()) {
        throw Error(ErrorKind::Workspace,
                    tr("Workspace %1 is a folder, not a file: give the path of a workspace "
                       "file.")
                        .arg(file.absoluteFilePath()));
    }
}

void Workspace::openConnection(QSqlDatabase &db) const
{
    if (!isPostgres())
        checkSqliteFile();
    configure(db);
    if (!db.open())
        throw translate(db.lastError(), tr("opening the workspace"));
    if (!isPostgres()) {
        QSqlQuery pragma(db);
        if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
            throw translate(pragma.lastError(), tr("opening the workspace"));
    }
}

QSqlDatabase Workspace::connection()
{
    if (const auto mine = threadConnections().find(m_serial); mine != threadConnections().end())
        return QSqlDatabase::database(mine->second->name, false);
    dropConnectionsOfGoneWorkspaces();

    const QString name = QStringLiteral("%1-%2")
                             .arg(m_connectionPrefix)
                             .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    QSqlDatabase db = QSqlDatabase::addDatabase(
        isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    if (!db.isValid()) {
        QSqlDatabase::removeDatabase(name);
        throw Error(ErrorKind::Workspace,
                    tr("The Qt SQL driver for %1 is not installed: install libqt6sql6-%2.")
                        .arg(isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"),
                             isPostgres() ? QStringLiteral("psql") : QStringLiteral("sqlite")));
    }
    try {
        openConnection(db);
    } catch (...) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw;
    }
    threadConnections().emplace(m_serial, new ThreadConnection{name});
    qCDebug(lcWorkspace) << "connected" << m_location.displayName() << "as" << name;
    return db;
}

QSqlQuery Workspace::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    // PostgreSQL prepares only data statements; DDL, BEGIN and LOCK run directly.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            throw translate(query.lastError(), tr("running a query"));
        return query;
    }
    if (!query.prepare(sql))
        throw translate(query.lastError(), tr("preparing a query"));
    // A null QString would bind as SQL NULL; the store keeps empty text instead, so that
    // "not set" reads back the same from SQLite and PostgreSQL.
    for (const QVariant &value : values) {
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (!query.exec())
        throw translate(query.lastError(), tr("running a query"));
    return query;
}

void Workspace::inTransaction(const std::function<void()> &work)
{
    int &depth = threadConnection().transactionDepth;
    if (depth > 0) {
        work();
        return;
    }
    // IMMEDIATE takes SQLite's write lock up front, so a locked file fails here, before any
    // change, instead of half way through.
    exec(isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    ++depth;
    try {
        work();
        --depth;
        exec(QStringLiteral("COMMIT"));
    } catch (...) {
        depth = 0;
        QSqlQuery rollback(connection());
        rollback.exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

int Workspace::schemaVersion()
{
    return WorkspaceSchema::currentVersion(*this);
}

void Workspace::open()
{
    connection();
    WorkspaceSchema::migrate(*this);
}

Error Workspace::translate(const QSqlError &error, const QString &doing) const
{
    const QString where = m_location.displayName();
    const QString code = error.nativeErrorCode();
    const QString detail = error.text().simplified();
    qCWarning(lcWorkspace) << "error while" << doing << "on" << where << code << detail;

    if (isPostgres()) {
        if (error.type() == QSqlError::ConnectionError) {
            const bool refused = !detail.contains(QLatin1String("authentication")) &&
                                 !detail.contains(QLatin1String("does not exist")) &&
                                 !detail.contains(QLatin1String("permission denied"));
            if (refused) {
                return Error(ErrorKind::Unreachable,
                             tr("Cannot reach the PostgreSQL workspace %1: %2. Check that the "
                                "server runs and the host and port are right.")
                                 .arg(where, detail));
            }
            return Error(ErrorKind::Workspace,
                         tr("PostgreSQL refused the workspace connection %1: %2. Check the user, "
                            "database and password (in ~/.pgpass or PGPASSWORD).")
                             .arg(where, detail));
        }
        if (code == QLatin1String("23505"))
            return Error(ErrorKind::Conflict,
                         tr("%1 exists already in the workspace.").arg(detail));
        if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01")) {
            return Error(ErrorKind::Unreachable,
                         tr("Lost the connection to the PostgreSQL workspace %1 while %2: %3.")
                             .arg(where, doing, detail));
        }
        return Error(
            ErrorKind::Workspace,
            tr("The PostgreSQL workspace %1 failed while %2: %3.").arg(where, doing, detail));
    }

    switch (code.toInt() & 0xff) { // primary SQLite result code
    case 5:                        // SQLITE_BUSY
    case 6:                        // SQLITE_LOCKED
        return Error(ErrorKind::Workspace,
                     tr("Workspace file %1 is locked by another program: close the other BlihOps "
                        "Console or blihopsctl using it, then try again.")
                         .arg(where));
    case 8: // SQLITE_READONLY
        return Error(ErrorKind::Workspace,
                     tr("Workspace file %1 is read-only: make it and its folder writable, or "
                        "choose another workspace.")
                         .arg(where));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Error(ErrorKind::Workspace,
                     tr("Workspace file %1 is damaged or is not a BlihOps workspace (%2): restore "
                        "it from a backup or choose another workspace. It was left as it is.")
                         .arg(where, detail));
    case 13: // SQLITE_FULL
        return Error(ErrorKind::Workspace,
                     tr("The disk holding workspace file %1 is full: free some space and try "
                        "again. Nothing was changed.")
                         .arg(where));
    case 14: // SQLITE_CANTOPEN
        return Error(ErrorKind::Workspace,
                     tr("Cannot open workspace file %1: check that its folder exists and is "
                        "writable.")
                         .arg(where));
    case 19: // SQLITE_CONSTRAINT
        if (detail.contains(QLatin1String("UNIQUE")))
            return Error(ErrorKind::Conflict,
                         tr("%1 exists already in the workspace.").arg(detail));
        break;
    default:
        break;
    }
    return Error(ErrorKind::Workspace,
                 tr("Workspace file %1 failed while %2: %3.").arg(where, doing, detail));
}

} // namespace blihops
