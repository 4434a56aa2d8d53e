#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace blihops {

class PostgresContainer;

// The throw-away database a dump is restored into: `blihops_verify_<job>_<time>`, a valid
// PostgreSQL identifier (lower case letters, digits and _, at most 63 bytes) that needs no
// quoting, and recognisable by its prefix, so that one a crash or a killed process left
// behind is found at the next start or run and removed. The dump copied into the container
// for the restore is /tmp/<name>.dump, and pg_restore's process id /tmp/<name>.pid.
class ScratchDatabase
{
    Q_DECLARE_TR_FUNCTIONS(ScratchDatabase)

public:
    static QString prefix() { return QStringLiteral("blihops_verify_"); }
    // job sanitised (anything but [a-z0-9] to _, shortened), time as yyyyMMddThhmmss plus
    // milliseconds, so that two verifications never share a name.
    static QString name(const QString &job, const QDateTime &at = QDateTime::currentDateTimeUtc());
    // name() without its time (yyyyMMdd't'HHmmsszzz, 18 characters), which the host script's
    // scheduled verification adds itself.
    static QString namePrefix(const QString &job);
    static bool isScratch(const QString &database);
    static QString dumpPath(const QString &database);
    static QString pidPath(const QString &database);

    // Creates it; never takes over an existing database (CREATE DATABASE fails then).
    // Throws Error(Conflict) when it exists, Error(Unreachable) when the server refuses.
    static void create(const PostgresContainer &server, const QString &database);
    // Stops its restore (pg_restore's process, by its pid file), drops it WITH (FORCE) and
    // removes its files in the container. Nothing to drop is no error. Returns an error
    // message, empty on success.
    static QString drop(const PostgresContainer &server, const QString &database);
    // Scratch databases on the server, by their prefix.
    static QStringList leftovers(const PostgresContainer &server);
};

} // namespace blihops
