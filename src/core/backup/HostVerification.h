#pragma once

#include "backup/BackupManifest.h"
#include "backup/BackupRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace blihops {

// One scheduled verification the host script ran (`sh JOB.sh verify`): a line of
// `verify.jsonl` beside the job's manifest, appended as the manifest's lines are. It names the
// backup it proved (the newest good one of its source) and says whether it restored to what
// its manifest line says: for a dump, every table's row count and checksum (TableChecksumSql
// on the restored scratch database); for an archive, every file's size and SHA-256.
struct HostVerification
{
    Q_DECLARE_TR_FUNCTIONS(HostVerification)

public:
    QString id;
    QString backup; // the manifest line's id; empty when there was no good backup
    QString job;
    BackupRecord::Kind kind = BackupRecord::Kind::Database;
    QString source;
    QString file;
    QString sha256; // what the manifest says
    QDateTime started;
    qint64 durationMs = 0;
    bool ok = false;
    QString error;
    int checked = 0; // tables or files compared
    QStringList missing;
    QStringList extra;
    QStringList changed;

    static QString fileName() { return QStringLiteral("verify.jsonl"); }

    struct Parsed
    {
        QList<HostVerification> records; // in file order
        QList<BackupManifest::Problem> problems;
    };
    static Parsed parse(const QByteArray &text);
    // Throws Error(BadInput) naming the first field that is wrong.
    static HostVerification fromJson(const QJsonObject &object);
    // {"id","backup","job","kind","source","file","sha256","started","duration_ms","result",
    //  "error","checked","files":{"missing","extra","changed"}}: the line as the script
    // writes it.
    QJsonObject toJson() const;
};

} // namespace blihops
