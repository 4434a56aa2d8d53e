#include "backup/BackupCatalog.h"

#include "backup/BackupHost.h"
#include "backup/BackupScript.h"

#include <algorithm>

using namespace std::chrono_literals;

namespace blihops {

QString BackupCatalog::Entry::path() const
{
    return record.file.isEmpty() ? QString() : folder + QLatin1Char('/') + record.file;
}

QStringList BackupCatalog::folders(const BackupJob &job)
{
    QStringList list;
    if (job.backsUpDatabase())
        list << BackupScript::databaseFolder(job);
    if (job.backsUpStorage())
        list << BackupScript::storageFolder(job);
    list.removeDuplicates();
    return list;
}

BackupCatalog::Folder BackupCatalog::read(BackupHost &host, const QString &folder)
{
    Folder result;
    result.path = folder;
    if (!host.run({QStringLiteral("test"), QStringLiteral("-d"), folder}, 30s).ok())
        return result; // no run has made it yet
    result.exists = true;
    // Sizes and names, NUL-terminated: a name may hold any byte but NUL and '/'.
    const QByteArray listing = host.runOrThrow(
        {QStringLiteral("find"), folder, QStringLiteral("-mindepth"), QStringLiteral("1"),
         QStringLiteral("-maxdepth"), QStringLiteral("1"), QStringLiteral("-type"),
         QStringLiteral("f"), QStringLiteral("-printf"), QStringLiteral("%s\\t%f\\0")},
        tr("list the backups in %1").arg(folder));
    for (const QByteArray &entry : listing.split('\0')) {
        const qsizetype tab = entry.indexOf('\t');
        if (tab <= 0)
            continue;
        result.present.append(
            {QString::fromUtf8(entry.mid(tab + 1)), entry.left(tab).toLongLong()});
    }
    const QString manifest = folder + QLatin1Char('/') + BackupManifest::fileName();
    const bool hasManifest = std::any_of(result.present.cbegin(), result.present.cend(),
                                         [](const RetentionPlanner::PresentFile &file) {
                                             return file.name == BackupManifest::fileName();
                                         });
    if (hasManifest) {
        result.manifest = BackupManifest::parse(
            host.runOrThrow({QStringLiteral("cat"), QStringLiteral("--"), manifest},
                            tr("read %1").arg(manifest), 300s));
    }
    const QString verifications = folder + QLatin1Char('/') + HostVerification::fileName();
    if (std::any_of(result.present.cbegin(), result.present.cend(),
                    [](const RetentionPlanner::PresentFile &file) {
                        return file.name == HostVerification::fileName();
                    })) {
        result.verifications = HostVerification::parse(
            host.runOrThrow({QStringLiteral("cat"), QStringLiteral("--"), verifications},
                            tr("read %1").arg(verifications), 300s));
    }
    return result;
}

QList<BackupCatalog::Folder> BackupCatalog::read(BackupHost &host, const BackupJob &job)
{
    QList<Folder> list;
    for (const QString &folder : folders(job))
        list << read(host, folder);
    return list;
}

QList<BackupCatalog::Entry> BackupCatalog::entries(const QList<Folder> &folders)
{
    QList<Entry> list;
    for (const Folder &folder : folders) {
        for (const BackupRecord &record : folder.manifest.records)
            list.append({record, folder.path});
    }
    return list;
}

std::optional<BackupCatalog::Entry> BackupCatalog::find(const QList<Folder> &folders,
                                                        const QString &id)
{
    for (const Entry &entry : entries(folders)) {
        if (entry.record.id == id)
            return entry;
    }
    return std::nullopt;
}

QHash<QString, QDateTime> BackupCatalog::verifiedOnHost(const QList<Folder> &folders)
{
    QHash<QString, QDateTime> at;
    for (const Folder &folder : folders) {
        for (const HostVerification &verification : folder.verifications.records) {
            const QDateTime done = verification.started.addMSecs(verification.durationMs);
            if (verification.ok && done > at.value(verification.backup))
                at.insert(verification.backup, done);
        }
    }
    return at;
}

} // namespace blihops
