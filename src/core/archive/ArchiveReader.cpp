#include "archive/ArchiveReader.h"

#include "util/Error.h"
#include "util/Sha256.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSaveFile>
#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace blihops {

namespace {

constexpr qint64 kBlock = 256 * 1024;

// One pass over an archive read from a QIODevice through libarchive's callbacks.
class Pass
{
public:
    Pass(QIODevice &device, const std::atomic<bool> *cancel, ArchiveReader::Progress progress,
         Sha256 *whole = nullptr)
        : m_device(device), m_cancel(cancel), m_progress(std::move(progress)), m_whole(whole),
          m_archive(archive_read_new(), archive_read_free), m_buffer(kBlock, Qt::Uninitialized)
    {
        archive_read_support_filter_all(m_archive.get());
        archive_read_support_format_tar(m_archive.get());
        archive_read_support_format_gnutar(m_archive.get());
    }

    bool open()
    {
        return archive_read_open(m_archive.get(), this, nullptr, &Pass::read, nullptr) ==
               ARCHIVE_OK;
    }
    archive *get() const { return m_archive.get(); }
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    bool sourceFailed() const { return !m_sourceError.isEmpty(); }
    QString sourceError() const { return m_sourceError; }

    QString error() const
    {
        if (cancelled())
            return ArchiveReader::tr("cancelled");
        if (sourceFailed())
            return m_sourceError;
        const char *text = archive_error_string(m_archive.get());
        return text ? QString::fromUtf8(text) : ArchiveReader::tr("unknown libarchive error");
    }

    // libarchive says "Truncated tar archive", "Truncated input", "truncated gzip input"...
    bool truncated() const
    {
        return !cancelled() && !sourceFailed() && error().contains(QLatin1String("runcated"));
    }

    // The rest of the source, which libarchive did not ask for (the end of the compressed
    // stream after the tar's last block, or all after a failure), into the whole hash; false
    // when it could not all be read.
    bool drain()
    {
        if (!m_whole || m_drained)
            return !cancelled() && !sourceFailed();
        m_drained = true;
        la_ssize_t got = 0;
        while ((got = fill()) > 0) {
        }
        return got == 0;
    }

private:
    static la_ssize_t read(struct archive *, void *data, const void **buffer)
    {
        auto *self = static_cast<Pass *>(data);
        *buffer = self->m_buffer.constData();
        return self->fill();
    }

    la_ssize_t fill()
    {
        auto *process = qobject_cast<QProcess *>(&m_device);
        for (;;) {
            if (cancelled())
                return ARCHIVE_FATAL;
            const qint64 got = m_device.read(m_buffer.data(), m_buffer.size());
            if (got > 0) {
                if (m_whole)
                    m_whole->add(QByteArrayView(m_buffer.constData(), got));
                m_total += got;
                if (m_progress)
                    m_progress(m_total);
                return static_cast<la_ssize_t>(got);
            }
            if (got < 0 && process && process->state() == QProcess::NotRunning)
                return 0; // the writer ended and its channel is closed
            if (got < 0) {
                m_sourceError = m_device.errorString();
                return ARCHIVE_FATAL;
            }
            if (!m_device.isSequential())
                return 0; // end of the file
            if (m_device.waitForReadyRead(200))
                continue;
            if (!process || process->state() == QProcess::NotRunning) {
                if (process && process->bytesAvailable() > 0)
                    continue;
                return 0; // the writer ended
            }
        }
    }

    QIODevice &m_device;
    const std::atomic<bool> *m_cancel;
    ArchiveReader::Progress m_progress;
    Sha256 *m_whole;
    std::unique_ptr<archive, int (*)(archive *)> m_archive;
    QByteArray m_buffer;
    qint64 m_total = 0;
    QString m_sourceError;
    bool m_drained = false;
};

QString entryPath(archive_entry *entry)
{
    const char *utf8 = archive_entry_pathname_utf8(entry);
    QString path =
        utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(archive_entry_pathname(entry));
    while (path.startsWith(QLatin1String("./")))
        path.remove(0, 2);
    return path;
}

QString hardlinkTarget(archive_entry *entry)
{
    const char *utf8 = archive_entry_hardlink_utf8(entry);
    const char *raw = archive_entry_hardlink(entry);
    if (!utf8 && !raw)
        return {};
    QString path = utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(raw);
    while (path.startsWith(QLatin1String("./")))
        path.remove(0, 2);
    return path;
}

// Hands every block of the current entry's data to sink; false when reading failed.
template <typename Sink> bool readData(Pass &pass, Sink &&sink)
{
    const void *block = nullptr;
    size_t size = 0;
    la_int64_t offset = 0;
    for (;;) {
        const int status = archive_read_data_block(pass.get(), &block, &size, &offset);
        if (status == ARCHIVE_EOF)
            return true;
        if (status < ARCHIVE_WARN || pass.cancelled())
            return false;
        sink(static_cast<const char *>(block), static_cast<qint64>(size));
    }
}

} // namespace

ArchiveReader::Listing ArchiveReader::list(QIODevice &device, const QString &name,
                                           const std::atomic<bool> *cancel,
                                           const Progress &progress, Sha256 *whole)
{
    Pass pass(device, cancel, progress, whole);
    Listing listing;
    auto fail = [&](const QString &what) {
        pass.drain();
        listing.sourceFailed = pass.sourceFailed();
        listing.cancelled = pass.cancelled();
        listing.truncated = pass.truncated();
        if (listing.cancelled)
            listing.error = tr("Reading %1 was cancelled.").arg(name);
        else if (listing.truncated)
            listing.error =
                tr("%1 is truncated: it ends inside %2 (%3).").arg(name, what, pass.error());
        else
            listing.error = tr("%1 cannot be read at %2: %3.").arg(name, what, pass.error());
        return listing;
    };
    // libarchive bids on the format while opening, or at the first header.
    auto refuse = [&] {
        if (!pass.drain() || pass.truncated())
            return;
        throw Error(
            ErrorKind::BadInput,
            tr("%1 is not a tar archive (%2): choose a storage backup.").arg(name, pass.error()));
    };
    if (!pass.open()) {
        refuse();
        return fail(tr("its start"));
    }
    QHash<QString, qsizetype> byPath; // path -> index in files, for hard links
    bool first = true;
    for (;;) {
        archive_entry *entry = nullptr;
        const int status = archive_read_next_header(pass.get(), &entry);
        const auto after = [&] {
            return listing.files.isEmpty()
                       ? tr("its start")
                       : tr("the header after %1").arg(listing.files.last().path);
        };
        if (status == ARCHIVE_EOF)
            return pass.drain() ? listing : fail(after());
        if (status < ARCHIVE_WARN) {
            if (first)
                refuse();
            return fail(after());
        }
        first = false;
        const QString path = entryPath(entry);
        const QString target = hardlinkTarget(entry);
        if (!target.isEmpty()) {
            const auto found = byPath.constFind(target);
            if (found != byPath.constEnd()) {
                File copy = listing.files.at(*found);
                copy.path = path;
                byPath.insert(path, listing.files.size());
                listing.files.append(copy);
            }
            continue;
        }
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue;
        Sha256 hash;
        const bool read = readData(
            pass, [&](const char *data, qint64 length) { hash.add(QByteArrayView(data, length)); });
        if (!read)
            return fail(path);
        byPath.insert(path, listing.files.size());
        listing.files.append({path, hash.size(), hash.hex()});
    }
}

ArchiveReader::Listing ArchiveReader::list(const QString &archivePath,
                                           const std::atomic<bool> *cancel,
                                           const Progress &progress, Sha256 *whole)
{
    QFile file(archivePath);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(ErrorKind::NotFound,
                    tr("%1 cannot be opened: %2.").arg(archivePath, file.errorString()));
    }
    return list(file, archivePath, cancel, progress, whole);
}

bool ArchiveReader::extract(const QString &archivePath, const QString &path,
                            const QString &destination, const std::atomic<bool> *cancel)
{
    QString wanted = path;
    // A hard link's bytes are its target's: follow the chain, one pass per link.
    for (int links = 0; links < 64; ++links) {
        QFile file(archivePath);
        if (!file.open(QIODevice::ReadOnly)) {
            throw Error(ErrorKind::NotFound,
                        tr("%1 cannot be opened: %2.").arg(archivePath, file.errorString()));
        }
        Pass pass(file, cancel, {});
        if (!pass.open()) {
            throw Error(ErrorKind::BadInput,
                        tr("%1 cannot be read: %2.").arg(archivePath, pass.error()));
        }
        QString next;
        for (;;) {
            archive_entry *entry = nullptr;
            const int status = archive_read_next_header(pass.get(), &entry);
            if (pass.cancelled())
                return false;
            if (status == ARCHIVE_EOF) {
                throw Error(ErrorKind::NotFound, tr("%1 holds no file %2.").arg(archivePath, path));
            }
            if (status < ARCHIVE_WARN) {
                throw Error(ErrorKind::BadInput,
                            pass.truncated()
                                ? tr("%1 is truncated (%2).").arg(archivePath, pass.error())
                                : tr("%1 cannot be read: %2.").arg(archivePath, pass.error()));
            }
            if (entryPath(entry) != wanted)
                continue;
            next = hardlinkTarget(entry);
            if (!next.isEmpty())
                break;
            if (archive_entry_filetype(entry) != AE_IFREG) {
                throw Error(ErrorKind::NotFound,
                            tr("%1 in %2 is not a regular file.").arg(path, archivePath));
            }
            QSaveFile out(destination);
            if (!out.open(QIODevice::WriteOnly)) {
                throw Error(ErrorKind::BadInput,
                            tr("%1 cannot be written: %2.").arg(destination, out.errorString()));
            }
            bool written = true;
            const bool read = readData(pass, [&](const char *data, qint64 length) {
                written = written && out.write(data, length) == length;
            });
            if (pass.cancelled()) {
                out.cancelWriting();
                return false;
            }
            if (!read) {
                out.cancelWriting();
                throw Error(
                    ErrorKind::BadInput,
                    pass.truncated()
                        ? tr("%1 is truncated: it ends inside %2 (%3).")
                              .arg(archivePath, path, pass.error())
                        : tr("%1 cannot be read at %2: %3.").arg(archivePath, path, pass.error()));
            }
            if (!written || !out.commit()) {
                throw Error(ErrorKind::BadInput,
                            tr("%1 cannot be written: %2.").arg(destination, out.errorString()));
            }
            return true;
        }
        wanted = next;
    }
    throw Error(ErrorKind::BadInput,
                tr("%1 in %2 is a chain of hard links that does not end.").arg(path, archivePath));
}

} // namespace blihops
