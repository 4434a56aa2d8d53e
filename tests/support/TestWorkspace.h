#pragma once

#include "Require.h"

#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <initializer_list>
#include <memory>

namespace blihops {
class Workspace;
}

namespace blihops::test {

// A throw-away workspace on one backend: a SQLite file in a temporary folder, or a fresh
// database on the lab's PostgreSQL (BLIHOPS_TEST_PG_URL), dropped afterwards.
class TestWorkspace
{
public:
    enum class Backend
    {
        Sqlite,
        Postgres
    };

    explicit TestWorkspace(Backend backend);
    ~TestWorkspace();

    Backend backend() const { return m_backend; }
    // A file path or a postgresql:// URL, as --workspace takes it.
    QString location() const { return m_location; }
    QString directory() const { return m_dir.path(); }
    // The store opened (its schema made), for a test that reads and writes it directly.
    std::unique_ptr<Workspace> open() const;

    // Whether the lab's PostgreSQL is configured; why not in *reason.
    static bool postgresAvailable(QString *reason);
    // For data-driven tests: "sqlite" or "postgres"; QSKIPs (or QFAILs when
    // BLIHOPS_REQUIRE_LAB=1) the current test when postgres is wanted and missing.
    static Backend backendFromTag(const QString &tag);
    // initTestCase_data() of a test that runs every function once per backend.
    static void addBackendRows();

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_location;
    QString m_database;
};

// Runs several test objects in one program; non-zero when any failed.
int runTests(int argc, char *argv[], std::initializer_list<QObject *> tests);

} // namespace blihops::test

// QSKIP/QFAIL must be used in the test function itself.
#define BLIHOPS_REQUIRE_BACKEND(tag)                                                               \
    do {                                                                                           \
        QString reason_;                                                                           \
        BLIHOPS_REQUIRE((tag) != QLatin1String("postgres") ||                                      \
                            blihops::test::TestWorkspace::postgresAvailable(&reason_),             \
                        qPrintable(reason_));                                                      \
    } while (false)

// The init() of a test that runs once per backend: a fresh store in `store`, or the test
// skipped (failed, under BLIHOPS_REQUIRE_LAB=1) when the backend is not there.
#define BLIHOPS_INIT_BACKEND(store)                                                                \
    do {                                                                                           \
        QFETCH_GLOBAL(QString, backend);                                                           \
        BLIHOPS_REQUIRE_BACKEND(backend);                                                          \
        store = std::make_unique<blihops::test::TestWorkspace>(                                    \
            blihops::test::TestWorkspace::backendFromTag(backend));                                \
    } while (false)
