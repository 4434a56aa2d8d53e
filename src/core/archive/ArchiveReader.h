#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>

class QIODevice;

namespace blihops {

class Sha256;

// Reads the tar archives the backup script writes (tar.zst, tar.gz, or any compression
// libarchive knows) as a stream: nothing is extracted to disk to list or hash them.
class ArchiveReader
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveReader)
public:
    // A regular file in the archive. A hard link has the size and SHA-256 of its target.
    struct File
    {
        QString path; // as stored, without a leading "./"
        qint64 size = 0;
        QString sha256; // 64 hex digits of the file's bytes
    };
    struct Listing
    {
        QList<File> files; // in archive order; the ones read before an error, when there is one
        QString error;     // empty when the archive was read to its end
        bool truncated = false;    // the archive (or its compressed stream) ends early
        bool cancelled = false;    // *cancel became true: files holds what was read until then
        bool sourceFailed = false; // reading the source itself failed: not all of it was read
        bool ok() const { return error.isEmpty(); }
    };
    // Bytes read so far from the source (compressed bytes, as the file or pipe gives them).
    using Progress = std::function<void(qint64)>;

    // Every regular file of the archive named name (in messages) read from device, which must
    // be open for reading; a QProcess is read until it ends. cancel is polled between blocks.
    // With whole, every byte of the source goes into it as it goes into libarchive, in the same
    // pass, and the source is read to its end after the last entry or a failure of the archive
    // (not after a cancel or a failure of the source), before list returns or throws: the
    // archive file's SHA-256 without a second read.
    // Throws Error(BadInput) when the source is not a tar archive at all; every later failure
    // is in the Listing.
    static Listing list(QIODevice &device, const QString &name,
                        const std::atomic<bool> *cancel = nullptr, const Progress &progress = {},
                        Sha256 *whole = nullptr);
    // The same for a file. Throws Error(NotFound) when it cannot be opened.
    static Listing list(const QString &archivePath, const std::atomic<bool> *cancel = nullptr,
                        const Progress &progress = {}, Sha256 *whole = nullptr);
    // Writes the regular file at path in the archive to destination, which is replaced only
    // once the whole file is there; false when cancelled (destination untouched). Throws
    // Error(NotFound) when the archive holds no such file and Error(BadInput) when the archive
    // cannot be read or destination cannot be written.
    static bool extract(const QString &archivePath, const QString &path, const QString &destination,
                        const std::atomic<bool> *cancel = nullptr);
};

} // namespace blihops
