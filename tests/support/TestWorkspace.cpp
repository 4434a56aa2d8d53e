#include "TestWorkspace.h"

#include "workspace/Workspace.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

namespace blihops::test {

namespace {

// Runs one statement on the lab server's maintenance database.
bool adminExec(const QString &sql, QString *error)
{
    const QUrl url(qEnvironmentVariable("BLIHOPS_TEST_PG_URL"));
    const QString name = QStringLiteral("blihops-test-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        db.setConnectOptions(QStringLiteral("connect_timeout=5"));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *error = query.lastError().text();
        } else {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool TestWorkspace::postgresAvailable(QString *reason)
{
    if (qEnvironmentVariable("BLIHOPS_TEST_PG_URL").isEmpty()) {
        *reason = QStringLiteral("PostgreSQL lab not running: start it with tests/lab/lab.sh up "
                                 "and eval \"$(tests/lab/lab.sh env)\"");
        return false;
    }
    return true;
}

TestWorkspace::TestWorkspace(Backend backend) : m_backend(backend)
{
    if (backend == Backend::Sqlite) {
        m_location = m_dir.filePath(QStringLiteral("workspace.sqlite"));
        return;
    }
    m_database =
        QStringLiteral("blihops_test_%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    QString error;
    if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_database), &error))
        qFatal("cannot create test database: %s", qPrintable(error));
    QUrl url(qEnvironmentVariable("BLIHOPS_TEST_PG_URL"));
    url.setPath(QLatin1Char('/') + m_database);
    m_location = url.toString();
}

TestWorkspace::~TestWorkspace()
{
    if (m_database.isEmpty())
        return;
    QString error;
    if (!adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database),
                   &error))
        qWarning("cannot drop test database %s: %s", qPrintable(m_database), qPrintable(error));
}

std::unique_ptr<Workspace> TestWorkspace::open() const
{
    auto workspace = std::make_unique<Workspace>(WorkspaceLocation::fromString(m_location));
    workspace->open();
    return workspace;
}

TestWorkspace::Backend TestWorkspace::backendFromTag(const QString &tag)
{
    return tag == QLatin1String("postgres") ? Backend::Postgres : Backend::Sqlite;
}

void TestWorkspace::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

int runTests(int argc, char *argv[], std::initializer_list<QObject *> tests)
{
    // The app's data folder (the profile's copies, known_hosts) is the test's own.
    QStandardPaths::setTestModeEnabled(true);
    int status = 0;
    for (QObject *test : tests)
        status |= QTest::qExec(test, argc, argv);
    return status;
}

} // namespace blihops::test
