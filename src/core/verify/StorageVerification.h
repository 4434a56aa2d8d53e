#pragma once

#include "archive/ArchiveReader.h"
#include "backup/BackupRecord.h"

#include <QList>
#include <QStringList>

namespace blihops {

// A storage archive's files, as ArchiveReader streamed them, against its manifest's list:
// paths in the manifest and not in the archive (missing), in the archive and not in the
// manifest (extra), and in both with another size or SHA-256 (changed), each sorted.
struct StorageVerification
{
    QStringList missing;
    QStringList extra;
    QStringList changed;

    static StorageVerification compare(const QList<ArchiveReader::File> &found,
                                       const QList<BackupRecord::File> &expected);
    bool equal() const { return missing.isEmpty() && extra.isEmpty() && changed.isEmpty(); }
};

} // namespace blihops
