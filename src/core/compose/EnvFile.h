#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace blihops {

// A .env file read as docker compose reads it: NAME=VALUE lines, an optional "export ",
// comments, single quotes (literal), double quotes (escapes, several lines) and ${VAR}
// substitution from the lines above. A NAME without "=" takes its value from the shell
// and so defines nothing here.
class EnvFile
{
    Q_DECLARE_TR_FUNCTIONS(EnvFile)

public:
    struct Entry
    {
        QString name;
        QString value;
        int line = 0; // 1-based
    };

    // Throws Error(BadInput) for an unreadable file or a malformed line, naming both.
    static EnvFile load(const QString &path);
    static EnvFile parse(const QString &text, const QString &path);

    QString path() const { return m_path; }
    const QList<Entry> &entries() const { return m_entries; }
    QHash<QString, QString> values() const;
    bool defines(const QString &name) const;

private:
    QString m_path;
    QList<Entry> m_entries;
};

} // namespace blihops
