#pragma once

#include <QString>
#include <QUrl>

namespace blihops {

// Which workspace to open: a SQLite file (the default, in the app-data folder) or a
// PostgreSQL database shared by a team. Passwords belong in ~/.pgpass or PGPASSWORD, not
// in the URL; displayName() never shows one.
class WorkspaceLocation
{
public:
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    // A path, or a postgresql:// (postgres://) URL. Throws Error(BadInput) for a malformed URL.
    static WorkspaceLocation fromString(const QString &text);
    // The --workspace option if given, else BLIHOPS_WORKSPACE, else the default file.
    static WorkspaceLocation resolve(const QString &option);
    static QString defaultSqlitePath();

    Kind kind() const { return m_kind; }
    QString sqlitePath() const { return m_sqlitePath; }
    const QUrl &postgresUrl() const { return m_url; }
    QString displayName() const;

private:
    Kind m_kind = Kind::Sqlite;
    QString m_sqlitePath;
    QUrl m_url;
};

} // namespace blihops
