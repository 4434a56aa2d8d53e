#pragma once

#include "backup/BackupCatalog.h"

#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>

namespace blihops {

class BackupHost;

// A backup copied from its host to this machine: written as NAME.partial in the folder, its
// SHA-256 computed from the bytes that arrived and compared with the manifest's, and only
// then renamed to NAME. A copy that does not match is removed. Blocks: worker threads and the
// CLI only.
class BackupDownload
{
    Q_DECLARE_TR_FUNCTIONS(BackupDownload)

public:
    struct Result
    {
        bool ok = false;
        QString path;   // the local file (ok), or where it would have gone
        QString sha256; // of the bytes that arrived
        qint64 size = 0;
        QString error; // why it is not ok
    };

    // Throws Error(BadInput) for a failed run's line (it has no file) or a folder that cannot
    // be written; a copy that breaks off or does not match is a Result that is not ok.
    // progress, when given, gets the bytes that have arrived about every quarter second;
    // once *cancel holds, the copy stops and is removed.
    static Result download(BackupHost &host, const BackupCatalog::Entry &entry,
                           const QString &directory,
                           const std::function<void(qint64 bytes)> &progress = {},
                           const std::atomic<bool> *cancel = nullptr);
    // Any file on the host (no manifest to compare with), by the same rules otherwise.
    static Result downloadFile(BackupHost &host, const QString &path, const QString &directory,
                               const std::function<void(qint64 bytes)> &progress = {},
                               const std::atomic<bool> *cancel = nullptr);

private:
    struct Expected
    {
        QString id;
        QString sha256;
        qint64 size = 0;
    };
    static Result copy(BackupHost &host, const QString &path, const QString &directory,
                       const std::optional<Expected> &expected,
                       const std::function<void(qint64 bytes)> &progress,
                       const std::atomic<bool> *cancel);
};

} // namespace blihops
