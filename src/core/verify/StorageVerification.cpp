#include "verify/StorageVerification.h"

#include <QHash>

namespace blihops {

StorageVerification StorageVerification::compare(const QList<ArchiveReader::File> &found,
                                                 const QList<BackupRecord::File> &expected)
{
    QHash<QString, const BackupRecord::File *> wanted;
    for (const BackupRecord::File &file : expected)
        wanted.insert(file.path, &file);
    StorageVerification result;
    for (const ArchiveReader::File &file : found) {
        const BackupRecord::File *listed = wanted.take(file.path);
        if (!listed)
            result.extra << file.path;
        else if (listed->size != file.size || listed->sha256 != file.sha256)
            result.changed << file.path;
    }
    for (const BackupRecord::File *file : std::as_const(wanted))
        result.missing << file->path;
    result.missing.sort();
    result.extra.sort();
    result.changed.sort();
    return result;
}

} // namespace blihops
