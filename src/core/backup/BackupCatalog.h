#pragma once

#include "backup/BackupJob.h"
#include "backup/BackupManifest.h"
#include "backup/HostVerification.h"
#include "backup/RetentionPlanner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace blihops {

class BackupHost;

// A job's backups as its host holds them: for each of the job's folders, the manifest (the
// catalog: a backup is what a line says) and the files that are there. Read over SSH, never
// guessed from file names. Blocks: worker threads and the CLI only.
class BackupCatalog
{
    Q_DECLARE_TR_FUNCTIONS(BackupCatalog)

public:
    struct Folder
    {
        QString path;
        bool exists = false;
        BackupManifest::Parsed manifest;
        HostVerification::Parsed verifications; // the scheduled ones, run on the host
        // Every regular file directly in it, the script's hidden ones included.
        QList<RetentionPlanner::PresentFile> present;
    };

    // One manifest line with where its file is on the host.
    struct Entry
    {
        BackupRecord record;
        QString folder;
        QString path() const; // folder/file; empty for a failed run
    };

    // The job's folders: the database one, the storage one (one when they are the same).
    static QStringList folders(const BackupJob &job);
    static Folder read(BackupHost &host, const QString &folder);
    static QList<Folder> read(BackupHost &host, const BackupJob &job);
    // Every line of every folder, in file order.
    static QList<Entry> entries(const QList<Folder> &folders);
    // The entry whose id is id, or nullopt.
    static std::optional<Entry> find(const QList<Folder> &folders, const QString &id);
    // When the host's scheduled verifications last proved each backup (by its id).
    static QHash<QString, QDateTime> verifiedOnHost(const QList<Folder> &folders);
};

} // namespace blihops
