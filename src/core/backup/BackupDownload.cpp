#include "backup/BackupDownload.h"

#include "backup/BackupHost.h"
#include "util/Error.h"
#include "util/Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace blihops {

BackupDownload::Result BackupDownload::download(BackupHost &host, const BackupCatalog::Entry &entry,
                                                const QString &directory,
                                                const std::function<void(qint64)> &progress,
                                                const std::atomic<bool> *cancel)
{
    if (entry.record.file.isEmpty() || !entry.record.ok) {
        throw Error(
            ErrorKind::BadInput,
            tr("Backup %1 is a failed run: it has no file to download.").arg(entry.record.id));
    }
    return copy(host, entry.path(), directory,
                Expected{entry.record.id, entry.record.sha256, entry.record.size}, progress,
                cancel);
}

BackupDownload::Result BackupDownload::downloadFile(BackupHost &host, const QString &path,
                                                    const QString &directory,
                                                    const std::function<void(qint64)> &progress,
                                                    const std::atomic<bool> *cancel)
{
    return copy(host, path, directory, std::nullopt, progress, cancel);
}

BackupDownload::Result BackupDownload::copy(BackupHost &host, const QString &path,
                                            const QString &directory,
                                            const std::optional<Expected> &expected,
                                            const std::function<void(qint64)> &progress,
                                            const std::atomic<bool> *cancel)
{
    if (!QDir().mkpath(directory) || !QFileInfo(directory).isWritable()) {
        throw Error(ErrorKind::BadInput,
                    tr("The folder %1 cannot be written: choose another one.").arg(directory));
    }
    Result result;
    result.path = QDir(directory).filePath(QFileInfo(path).fileName());
    const QString partial = result.path + QStringLiteral(".partial");
    std::function<void()> tick;
    if (progress)
        tick = [&progress, &partial] { progress(QFileInfo(partial).size()); };
    const ProcessResult ended =
        host.stream({QStringLiteral("cat"), QStringLiteral("--"), path}, {}, partial, cancel, tick);
    QFile file(partial);
    if (cancel && cancel->load()) {
        file.remove();
        result.error = tr("Cancelled: the copy of %1 was stopped and removed.").arg(path);
        return result;
    }
    if (!ended.ok()) {
        file.remove();
        result.error =
            tr("Copying %1 from %2 failed: %3.").arg(path, host.display(), ended.summary());
        return result;
    }
    const std::optional<QString> sha256 =
        file.open(QIODevice::ReadOnly) ? Sha256::of(file) : std::nullopt;
    if (!sha256) {
        result.error = tr("%1 cannot be read back: %2.").arg(partial, file.errorString());
        file.remove();
        return result;
    }
    result.size = file.size();
    file.close();
    result.sha256 = *sha256;
    if (expected && (result.sha256 != expected->sha256 || result.size != expected->size)) {
        file.remove();
        result.error = tr("The copy of %1 is not the backup: SHA-256 %2 and %3 bytes arrived, "
                          "the manifest gives %4 and %5 bytes. It was removed.")
                           .arg(expected->id, result.sha256)
                           .arg(result.size)
                           .arg(expected->sha256)
                           .arg(expected->size);
        return result;
    }
    QFile::remove(result.path);
    if (!file.rename(result.path)) {
        result.error =
            tr("%1 cannot be renamed to %2: %3.").arg(partial, result.path, file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace blihops
