#pragma once

#include "backup/BackupCatalog.h"
#include "remote/ProcessResult.h"
#include "verify/VerifyReport.h"

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>
#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace blihops {

class BackupHost;
class PostgresContainer;

// Restores one backup, or a file on this machine, and proves it equals what was backed up,
// as a job of four steps (VerifyStep) that can be cancelled at any of them.
//
// A database dump: its SHA-256 and size are checked against the manifest before anything is
// restored; it is copied into the target server's container, restored there by pg_restore
// (`--jobs`, every error collected, not stopping at the first) into a new scratch database
// (ScratchDatabase), whose per-table row counts and checksums (TableChecksumSql, the backup
// script's own SQL) are compared with the manifest's and whose objects are counted against
// the dump's table of contents (DumpObjects); the scratch database is dropped after a pass,
// a failure or a cancel, unless it is to be kept. A dump without a manifest (a file) gets the
// figures of its restore as the baseline, and the report says that nothing was proven.
// A storage archive (StorageVerification) is streamed, nothing written to disk, and read
// once: its SHA-256 is taken from the bytes that go into libarchive, and the files' verdicts
// count only when it matches the manifest (the checksum step fails otherwise, as for a dump).
//
// run() blocks: worker threads and the CLI only. cancel() may be called from any thread.
class RestoreVerification
{
    Q_DECLARE_TR_FUNCTIONS(RestoreVerification)

public:
    // A file's size and first bytes on its host, read in one round trip.
    struct Probe
    {
        ProcessResult result; // how the read ended: size and head hold only when it is ok()
        qint64 size = 0;
        QByteArray head;
    };

    struct Source
    {
        QString environment; // where the backup is, for the report
        // A backup of the catalog, on host; else hostFile, a file on host that is no
        // catalog's backup; else file, a file on this machine. Only a backup has a manifest.
        std::optional<BackupCatalog::Entry> entry;
        BackupHost *host = nullptr;
        QString hostFile;
        QString file;
        // hostFile's probe(), when it was read already (VerificationSetup): not read again.
        std::optional<Probe> hostFileProbe = std::nullopt;
    };

    struct Target
    {
        QString environment;
        BackupHost *host = nullptr; // the target environment's host
        QString project;            // its compose project
        QString service;            // its PostgreSQL service
        QString user;               // the login; empty: the container's POSTGRES_USER
    };

    using Progress = std::function<void(const VerifyReport &)>;

    RestoreVerification(Source source, Target target);

    // Leaves the scratch database in place after the comparison (for a look by hand).
    void setKeep(bool keep) { m_keep = keep; }
    // Called after every change of a step, on run()'s thread.
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Throws Error(BadInput) before anything is done for a file that is neither a
    // custom-format dump nor a .tar.zst/.tar.gz archive (or not of the kind its manifest
    // says), and Error(Unreachable) when a host, container or server does not answer (after
    // cleaning up what it made). Everything else is in the report.
    VerifyReport run();
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

    // The kind of a file by its first bytes: "PGDMP" a custom-format dump, a zstd or gzip
    // frame an archive; nullopt: neither.
    static std::optional<BackupRecord::Kind> kindOf(const QByteArray &head);
    // kindOf(head), or Error(BadInput) naming shown when it is neither.
    static BackupRecord::Kind kindOrThrow(const QByteArray &head, const QString &shown);
    // The size and first 16 bytes of path on host, in one call (the path is a positional
    // parameter of a fixed script, never part of it).
    static Probe probe(BackupHost &host, const QString &path);

private:
    void begin(VerifyStep::Kind kind);
    void end(VerifyStep::Kind kind, VerifyStep::State state, const QString &detail = {});
    void percent(VerifyStep::Kind kind, int value);
    void notify();
    // The checksum step: magic, SHA-256 and size; false when the file is not the backup. A
    // storage archive's SHA-256 is taken as it is read for the comparison: compareArchive()
    // ends the step.
    bool checksum();
    // The source's path on its host: the backup's or hostFile; empty for a file here.
    QString onHostPath() const;
    // The end of the checksum step: m_report.sha256 and size against the manifest.
    bool checksumVerdict(qint64 size);
    void restore(PostgresContainer &server);
    void compare(PostgresContainer &server);
    void cleanup(PostgresContainer &server);
    // The comparison of a storage archive, streamed from the host or read here, in one pass
    // with the archive's SHA-256: its file verdicts count only once that matched.
    void compareArchive();
    // Lines pg_restore printed that are not its progress.
    void collectRestoreLine(const QString &line);

    Source m_source;
    Target m_target;
    bool m_keep = false;
    Progress m_progress;
    std::atomic<bool> m_cancelled = false;
    VerifyReport m_report;
    std::array<qint64, 4> m_stepStart{};       // by VerifyStep::Kind: two steps may overlap
    QString m_localFile;                       // the file on this machine that is restored, if any
    qint64 m_hostFileSize = 0;                 // the size of the source on its host, if there
    std::unique_ptr<QTemporaryDir> m_download; // a backup copied here from another host
    QByteArray m_toc;
    int m_dataEntries = 0;
    int m_dataDone = 0;
    bool m_created = false;
    bool m_inError = false;
};

} // namespace blihops
