#pragma once

#include "verify/VerificationRepository.h"

#include <QCoreApplication>
#include <QString>

namespace blihops {

// A stored restore verification as a document to file as evidence, read from the workspace's
// entry alone (an old verification exports as well as the one just run): the verdict and
// whether equality was proven, who ran it and when, the backup (job, kind, SHA-256), the
// target server and scratch database, every step with its duration, every table's rows
// expected and restored and whether its content is equal (the tables that differ first),
// the object counts in the dump and restored, a storage backup's missing, extra and changed
// files, and every error line. Markdown, or PDF (HTML laid out by PdfDocument on A4).
class VerificationExport
{
    Q_DECLARE_TR_FUNCTIONS(VerificationExport)

public:
    enum class Format
    {
        Markdown,
        Pdf,
    };

    // md, pdf. Throws Error(BadInput) for anything else.
    static Format formatFromKey(const QString &key);
    // By the file's suffix: .md (or .markdown) is Markdown, anything else PDF.
    static Format formatOfPath(const QString &path);
    // "Restore verification of ENV, backup BACKUP"
    static QString title(const VerificationRepository::Entry &entry);
    static QString markdown(const VerificationRepository::Entry &entry);
    static QString html(const VerificationRepository::Entry &entry);
    // Throws Error(BadInput) naming the file when it cannot be written.
    static void write(const VerificationRepository::Entry &entry, Format format,
                      const QString &path);
};

} // namespace blihops
