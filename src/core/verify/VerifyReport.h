#pragma once

#include "backup/BackupRecord.h"
#include "verify/VerifyStep.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace blihops {

// What a restore verification found: its steps, every table's figures expected (from the
// manifest) and restored, the dump's objects against the restored database's, a storage
// archive's missing, extra and changed files, and every error line. The GUI shows it, the CLI
// prints it (toJson is `blihopsctl verify --json`), the workspace stores it as evidence.
struct VerifyReport
{
    Q_DECLARE_TR_FUNCTIONS(VerifyReport)

public:
    struct Table
    {
        QString schema;
        QString name;
        std::optional<qint64> rowsExpected; // none: not in the manifest (or no manifest)
        QString checksumExpected;
        std::optional<qint64> rowsRestored; // none: not in the restored database
        QString checksumRestored;
        // Both sides there with equal figures.
        bool matches() const
        {
            return rowsExpected && rowsRestored && *rowsExpected == *rowsRestored &&
                   checksumExpected == checksumRestored;
        }
    };

    // One kind of object (tables, indexes, ...): in the dump's table of contents, restored.
    struct ObjectCount
    {
        qint64 dump = 0;
        qint64 restored = 0;
    };

    QString environment; // where the backup (or file) is
    QString backup;      // its catalog id, or the file's path
    BackupRecord::Kind kind = BackupRecord::Kind::Database;
    QString job;               // the job whose backup it is; empty for a file
    QString sha256;            // of the file, as computed
    QString targetEnvironment; // whose PostgreSQL server the restore went to
    QString targetDatabase;    // the scratch database
    bool kept = false;         // the scratch database was left in place (--keep)
    bool proven = false;       // a manifest was there to compare with
    bool cancelled = false;
    QDateTime started; // UTC
    QDateTime finished;
    QList<VerifyStep> steps;
    QList<Table> tables;                // mismatches first, then by schema and name
    QMap<QString, ObjectCount> objects; // key: tables, indexes, sequences, ...
    QStringList missing;                // storage: in the manifest, not in the archive
    QStringList extra;                  // in the archive, not in the manifest
    QStringList changed;                // size or SHA-256 differ
    QStringList errors;                 // pg_restore's error lines, a truncated archive, ...

    // Every step passed or was skipped, nothing disagrees and nothing went wrong.
    bool ok() const;
    int mismatchedTables() const;
    VerifyStep &step(VerifyStep::Kind kind);
    const VerifyStep &step(VerifyStep::Kind kind) const;
    // Puts the mismatched tables first, each group by schema and name.
    void sortTables();

    // {"ok","proven","backup","target","steps","tables","objects","files","errors"} plus
    // "environment", "kind", "sha256", "started", "finished" and "cancelled".
    QJsonObject toJson() const;
    // The figures the workspace keeps: toJson() with each table's checksums.
    QJsonObject evidenceJson() const;

    // A report with the four steps pending.
    static VerifyReport begin(const QString &environment, const QString &backup,
                              BackupRecord::Kind kind);
};

} // namespace blihops
