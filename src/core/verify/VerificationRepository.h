#pragma once

#include "backup/BackupCatalog.h"
#include "verify/VerifyReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace blihops {

class Workspace;

// The restore verifications of the workspace: each one's backup, environment, job, target,
// who ran it (the audit log's actor), when, its result and its figures as JSON (the report's
// evidence: every table's row counts and checksums, which for a dump without a manifest are
// the baseline). Recorded with an audit entry in the same transaction.
class VerificationRepository
{
    Q_DECLARE_TR_FUNCTIONS(VerificationRepository)

public:
    struct Entry
    {
        qint64 id = 0;
        QString environment;
        QString backup;
        QString job;
        QString kind;
        QString sha256;
        QString targetEnvironment;
        QString targetDatabase;
        QString actor;
        QDateTime startedAt;
        QDateTime finishedAt;
        bool ok = false;
        bool proven = false;
        QJsonObject figures;
    };

    explicit VerificationRepository(Workspace &workspace) : m_workspace(workspace) {}

    // Returns the new entry's id.
    qint64 record(const VerifyReport &report);
    // Newest first; every environment's when environment is empty.
    QList<Entry> list(const QString &environment = {}, int limit = 100);
    // One verification by its id, or nullopt.
    std::optional<Entry> find(qint64 id);
    // One verification by its id. Throws Error(NotFound) naming it.
    Entry get(qint64 id);
    // The newest verification of environment that passed and proved its backup intact.
    std::optional<Entry> lastProven(const QString &environment);
    // When each backup of the environment was last proven intact (ok and proven): by id.
    QHash<QString, QDateTime> verifiedAt(const QString &environment);
    // The same, with the scheduled verifications the host ran on the backups in folders:
    // whichever proved a backup last.
    QHash<QString, QDateTime> verifiedAt(const QString &environment,
                                         const QList<BackupCatalog::Folder> &folders);
    // The newest verification of each backup of the environment, passed or not: its id, by
    // newestKey(job, backup).
    QHash<QString, qint64> newest(const QString &environment);
    static QString newestKey(const QString &job, const QString &backup)
    {
        return job + QLatin1Char('/') + backup;
    }

private:
    // The rows a WHERE ... clause (and its values) selects, newest first, at most limit.
    QList<Entry> select(const QString &where, const QVariantList &values, int limit);

    Workspace &m_workspace;
};

} // namespace blihops
