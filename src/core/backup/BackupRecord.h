#pragma once

#include "backup/TableChecksum.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace blihops {

// One run of a job for one database or one volume, as one manifest line records it.
struct BackupRecord
{
    Q_DECLARE_TR_FUNCTIONS(BackupRecord)

public:
    enum class Kind
    {
        Database,
        Storage
    };

    // One file inside a storage archive.
    struct File
    {
        QString path; // relative to the volume's root, without "./"
        qint64 size = 0;
        QString sha256;
        bool operator==(const File &) const = default;
    };

    QString id; // unique within the manifest: STAMP-KIND-SOURCE
    QString job;
    Kind kind = Kind::Database;
    QString source; // the database name, or the volume name or host path
    QString file;   // a plain file name beside the manifest; empty for a failed run
    qint64 size = 0;
    QString sha256;    // 64 hex digits; empty for a failed run
    QDateTime started; // UTC
    qint64 durationMs = 0;
    bool ok = false;
    QString error;               // why a failed run failed
    QList<TableChecksum> tables; // databases: every table, in the dump's snapshot
    QList<File> files;           // storage: every regular file in the archive

    static QString kindKey(Kind kind); // database, storage
    QJsonObject toJson() const;
    // Throws Error(BadInput) naming the field that is missing or wrong: a file name with a
    // slash, a SHA-256 that is not 64 hex digits, an unknown kind or result, ...
    static BackupRecord fromJson(const QJsonObject &object);

    bool operator==(const BackupRecord &) const = default;
};

} // namespace blihops
