#include "verify/ScratchDatabase.h"

#include "backup/BackupHost.h"
#include "util/Error.h"
#include "verify/PostgresContainer.h"

#include <QRegularExpression>

using namespace std::chrono_literals;

namespace blihops {

QString ScratchDatabase::namePrefix(const QString &job)
{
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9]+"));
    QString token = job.toLower();
    token.replace(unsafe, QStringLiteral("_"));
    token.remove(QRegularExpression(QStringLiteral("^_+|_+$")));
    if (token.isEmpty())
        token = QStringLiteral("file");
    // 63 bytes is PostgreSQL's limit: the job gives way, the prefix and the time never do.
    token.truncate(63 - prefix().size() - 1 - 18);
    return prefix() + token + QLatin1Char('_');
}

QString ScratchDatabase::name(const QString &job, const QDateTime &at)
{
    return namePrefix(job) + at.toUTC().toString(QStringLiteral("yyyyMMdd't'HHmmsszzz"));
}

bool ScratchDatabase::isScratch(const QString &database)
{
    static const QRegularExpression valid(QStringLiteral("^blihops_verify_[a-z0-9_]+$"));
    return database.size() <= 63 && valid.match(database).hasMatch();
}

QString ScratchDatabase::dumpPath(const QString &database)
{
    return QStringLiteral("/tmp/") + database + QStringLiteral(".dump");
}

QString ScratchDatabase::pidPath(const QString &database)
{
    return QStringLiteral("/tmp/") + database + QStringLiteral(".pid");
}

void ScratchDatabase::create(const PostgresContainer &server, const QString &database)
{
    Q_ASSERT(isScratch(database));
    const ProcessResult result =
        server.psql(QStringLiteral("postgres"),
                    QStringLiteral("CREATE DATABASE %1 TEMPLATE template0;\n").arg(database), 120s);
    if (result.ok())
        return;
    if (result.standardError.contains("already exists")) {
        throw Error(ErrorKind::Conflict,
                    tr("A database %1 exists already on the server of %2: a verification never "
                       "restores into an existing database.")
                        .arg(database, server.service()));
    }
    throw Error(ErrorKind::Unreachable,
                tr("Cannot create the scratch database %1 on %2: %3.")
                    .arg(database, server.host().display(), result.summary()));
}

QString ScratchDatabase::drop(const PostgresContainer &server, const QString &database)
{
    Q_ASSERT(isScratch(database));
    // A restore still under way is stopped first, so that it does not hold the database.
    server.host().run(
        server.exec({QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("pid=$(cat \"$1\" 2>/dev/null) && kill \"$pid\" 2>/dev/null; "
                                    "exit 0"),
                     QStringLiteral("sh"), pidPath(database)}),
        60s);
    const ProcessResult dropped = server.psql(
        QStringLiteral("postgres"),
        QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE);\n").arg(database), 300s);
    server.host().run(server.exec({QStringLiteral("rm"), QStringLiteral("-f"), dumpPath(database),
                                   pidPath(database)}),
                      60s);
    if (!dropped.ok())
        return tr("Dropping %1 failed: %2.").arg(database, dropped.summary());
    return {};
}

QStringList ScratchDatabase::leftovers(const PostgresContainer &server)
{
    const QByteArray names = server.psqlOrThrow(
        QStringLiteral("postgres"),
        QStringLiteral("SELECT datname FROM pg_database WHERE datname LIKE 'blihops\\_verify\\_%' "
                       "ORDER BY datname;\n"),
        tr("list the scratch databases"), 60s);
    QStringList list;
    for (const QByteArray &line : names.split('\n')) {
        const QString name = QString::fromUtf8(line).trimmed();
        if (isScratch(name))
            list << name;
    }
    return list;
}

} // namespace blihops
