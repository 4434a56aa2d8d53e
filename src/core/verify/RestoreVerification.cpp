#include "verify/RestoreVerification.h"

#include "backup/BackupDownload.h"
#include "backup/BackupHost.h"
#include "backup/TableChecksumSql.h"
#include "util/Error.h"
#include "util/Sha256.h"
#include "verify/DumpObjects.h"
#include "verify/PostgresContainer.h"
#include "verify/ScratchDatabase.h"
#include "verify/StorageVerification.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>

using namespace std::chrono_literals;

namespace blihops {

RestoreVerification::RestoreVerification(Source source, Target target)
    : m_source(std::move(source)), m_target(std::move(target))
{
    const BackupRecord::Kind kind =
        m_source.entry ? m_source.entry->record.kind : BackupRecord::Kind::Database;
    const QString backup = m_source.entry                 ? m_source.entry->record.id
                           : !m_source.hostFile.isEmpty() ? m_source.hostFile
                                                          : m_source.file;
    m_report = VerifyReport::begin(m_source.environment, backup, kind);
    if (m_source.entry)
        m_report.job = m_source.entry->record.job;
    m_report.targetEnvironment = m_target.environment;
}

std::optional<BackupRecord::Kind> RestoreVerification::kindOf(const QByteArray &head)
{
    if (head.startsWith("PGDMP"))
        return BackupRecord::Kind::Database;
    if (head.startsWith("\x28\xb5\x2f\xfd") || head.startsWith("\x1f\x8b"))
        return BackupRecord::Kind::Storage;
    return std::nullopt;
}

void RestoreVerification::notify()
{
    if (m_progress)
        m_progress(m_report);
}

void RestoreVerification::begin(VerifyStep::Kind kind)
{
    m_stepStart.at(size_t(kind)) = QDateTime::currentMSecsSinceEpoch();
    m_report.step(kind).state = VerifyStep::State::Running;
    notify();
}

void RestoreVerification::end(VerifyStep::Kind kind, VerifyStep::State state, const QString &detail)
{
    VerifyStep &step = m_report.step(kind);
    if (step.state == VerifyStep::State::Running)
        step.durationMs = QDateTime::currentMSecsSinceEpoch() - m_stepStart.at(size_t(kind));
    step.state = state;
    if (state == VerifyStep::State::Passed)
        step.percent = 100;
    step.detail = detail;
    notify();
}

void RestoreVerification::percent(VerifyStep::Kind kind, int value)
{
    VerifyStep &step = m_report.step(kind);
    if (step.percent == value)
        return;
    step.percent = value;
    notify();
}

namespace {

// The file's SHA-256 on this machine, in pieces so that a cancel is seen.
QString hashLocal(const QString &path, const std::atomic<bool> &cancelled,
                  const std::function<void(int)> &percent)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = std::max<qint64>(file.size(), 1);
    return Sha256::of(file, &cancelled, [&](qint64 done) { percent(int(done * 100 / size)); })
        .value_or(QString());
}

} // namespace

QString RestoreVerification::onHostPath() const
{
    return m_source.entry ? m_source.entry->path() : m_source.hostFile;
}

BackupRecord::Kind RestoreVerification::kindOrThrow(const QByteArray &head, const QString &shown)
{
    const std::optional<BackupRecord::Kind> kind = kindOf(head);
    if (!kind) {
        throw Error(ErrorKind::BadInput,
                    tr("%1 is neither a PostgreSQL custom-format dump (pg_dump -Fc) nor a "
                       ".tar.zst or .tar.gz archive: nothing to verify.")
                        .arg(shown));
    }
    return *kind;
}

RestoreVerification::Probe RestoreVerification::probe(BackupHost &host, const QString &path)
{
    Probe probed;
    probed.result = host.run({QStringLiteral("sh"), QStringLiteral("-c"),
                              QStringLiteral("wc -c <\"$1\" && head -c 16 -- \"$1\""),
                              QStringLiteral("sh"), path},
                             60s);
    if (probed.result.ok()) {
        const QByteArray &out = probed.result.standardOutput;
        const qsizetype newline = out.indexOf('\n');
        probed.size = out.left(newline).trimmed().toLongLong();
        probed.head = out.mid(newline + 1);
    }
    return probed;
}

bool RestoreVerification::checksum()
{
    using Kind = VerifyStep::Kind;
    begin(Kind::Checksum);
    const std::optional<BackupCatalog::Entry> &entry = m_source.entry;
    const std::optional<Probe> &probed = m_source.hostFileProbe;
    const QString onHost = onHostPath();
    const QString shown = m_report.backup;
    QByteArray head;
    qint64 size = 0;
    QString copiedSha256; // of a copy made here, taken as it was read back
    if (!onHost.isEmpty() && m_source.host != m_target.host) {
        // Another host holds it: copied here (the copy is the checksum step's work, its
        // SHA-256 taken as it is read back), a backup's SHA-256 checked on arrival.
        m_download = std::make_unique<QTemporaryDir>();
        const qint64 expected = std::max<qint64>(entry    ? entry->record.size
                                                 : probed ? probed->size
                                                          : 0,
                                                 1);
        const auto arrived = [this, expected](qint64 bytes) {
            percent(Kind::Checksum, int(std::min<qint64>(99, bytes * 100 / expected)));
        };
        const BackupDownload::Result copied =
            entry ? BackupDownload::download(*m_source.host, *entry, m_download->path(), arrived,
                                             &m_cancelled)
                  : BackupDownload::downloadFile(*m_source.host, onHost, m_download->path(),
                                                 arrived, &m_cancelled);
        if (!copied.ok) {
            m_download.reset(); // nothing of a copy stays here
            if (m_cancelled) {
                end(Kind::Checksum, VerifyStep::State::Cancelled);
                return false;
            }
            m_report.sha256 = copied.sha256;
            m_report.errors << copied.error;
            end(Kind::Checksum, VerifyStep::State::Failed, copied.error);
            return false;
        }
        m_localFile = copied.path;
        copiedSha256 = copied.sha256;
    } else if (onHost.isEmpty()) {
        m_localFile = m_source.file;
    }
    if (!m_localFile.isEmpty()) {
        QFile file(m_localFile);
        if (!file.open(QIODevice::ReadOnly)) {
            throw Error(ErrorKind::BadInput,
                        tr("%1 cannot be read: %2.").arg(m_localFile, file.errorString()));
        }
        head = file.read(16);
        size = file.size();
    } else {
        // Its size (for the progress of a streamed archive) and its first bytes.
        const Probe read = probed ? *probed : probe(*m_source.host, onHost);
        if (!read.result.ok()) {
            const QString error = tr("%1 cannot be read on %2: %3.")
                                      .arg(onHost, m_source.host->display(), read.result.summary());
            // A path typed by hand: a wrong one is bad input, nothing to verify.
            if (!entry)
                throw Error(ErrorKind::BadInput, error + QLatin1Char(' ') + tr("Check the path."));
            m_report.errors << error;
            end(Kind::Checksum, VerifyStep::State::Failed, error);
            return false;
        }
        m_hostFileSize = read.size;
        head = read.head;
    }
    const BackupRecord::Kind kind = kindOrThrow(head, shown);
    if (entry && kind != entry->record.kind) {
        throw Error(ErrorKind::BadInput,
                    tr("%1 is a %2 backup by its manifest, but its file is a %3: nothing was "
                       "restored.")
                        .arg(shown, BackupRecord::kindKey(entry->record.kind),
                             BackupRecord::kindKey(kind)));
    }
    m_report.kind = kind;
    if (kind == BackupRecord::Kind::Storage)
        return true; // hashed in the comparison's one read of it: compareArchive() ends the step
    if (!copiedSha256.isEmpty()) {
        m_report.sha256 = copiedSha256;
    } else if (!m_localFile.isEmpty()) {
        m_report.sha256 =
            hashLocal(m_localFile, m_cancelled, [this](int p) { percent(Kind::Checksum, p); });
    } else {
        QStringList lines;
        const ProcessResult hashed = m_source.host->stream(
            {QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("wc -c <\"$1\" && sha256sum <\"$1\""), QStringLiteral("sh"), onHost},
            [&lines](const QString &line) { lines << line; }, {}, &m_cancelled);
        if (!hashed.ok() && !m_cancelled) {
            const QString error = tr("The SHA-256 of %1 on %2 could not be computed: %3.")
                                      .arg(onHost, m_source.host->display(), hashed.summary());
            m_report.errors << error;
            end(Kind::Checksum, VerifyStep::State::Failed, error);
            return false;
        }
        size = lines.value(0).trimmed().toLongLong();
        m_report.sha256 = lines.value(1).left(64);
    }
    if (m_cancelled) {
        end(Kind::Checksum, VerifyStep::State::Cancelled);
        return false;
    }
    return checksumVerdict(size);
}

bool RestoreVerification::checksumVerdict(qint64 size)
{
    using Kind = VerifyStep::Kind;
    const std::optional<BackupCatalog::Entry> &entry = m_source.entry;
    if (entry && (m_report.sha256 != entry->record.sha256 || size != entry->record.size)) {
        const QString error =
            tr("SHA-256 mismatch: the file of %1 has SHA-256 %2 and %3 bytes, its manifest "
               "gives %4 and %5 bytes. It is not the backup; nothing was restored.")
                .arg(entry->record.id, m_report.sha256)
                .arg(size)
                .arg(entry->record.sha256)
                .arg(entry->record.size);
        m_report.errors << error;
        end(Kind::Checksum, VerifyStep::State::Failed, error);
        return false;
    }
    end(Kind::Checksum, VerifyStep::State::Passed,
        entry ? tr("SHA-256 %1 matches the manifest").arg(m_report.sha256)
              : tr("SHA-256 %1 (no manifest to compare with)").arg(m_report.sha256));
    return true;
}

void RestoreVerification::collectRestoreLine(const QString &line)
{
    static const QRegularExpression data(QStringLiteral("processing data for table \""));
    // Parallel workers share stderr: their messages may run into each other on one line.
    m_dataDone += int(line.count(data));
    if (m_dataEntries > 0)
        percent(VerifyStep::Kind::Restore, std::min(99, m_dataDone * 100 / m_dataEntries));
    if (!line.startsWith(QLatin1String("pg_restore:"))) {
        // The rest of an error's message: "Command was: ...", DETAIL, LINE.
        if (m_inError && !line.trimmed().isEmpty())
            m_report.errors << line;
        return;
    }
    m_inError = false;
    for (const QString &part : line.split(QStringLiteral("pg_restore:"), Qt::SkipEmptyParts)) {
        const QString message = part.trimmed();
        // "from TOC entry ..." names the object the error that follows is about.
        if (message.startsWith(QLatin1String("error:")) ||
            message.startsWith(QLatin1String("warning:")) ||
            message.startsWith(QLatin1String("from TOC entry"))) {
            m_report.errors << QStringLiteral("pg_restore: ") + message;
            m_inError = true;
        }
    }
}

void RestoreVerification::restore(PostgresContainer &server)
{
    using Kind = VerifyStep::Kind;
    begin(Kind::Restore);
    const QString database = m_report.targetDatabase;
    const QString dump = ScratchDatabase::dumpPath(database);
    ScratchDatabase::create(server, database);
    m_created = true;
    // Into the container, as its own login's file: a custom-format dump is read by seeking,
    // which pg_restore --jobs needs.
    const QStringList into =
        server.exec({QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("umask 077; cat >\"$1\""), QStringLiteral("sh"), dump});
    const ProcessResult copied =
        m_localFile.isEmpty()
            ? m_target.host->stream(QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                                QStringLiteral("f=$1; shift; exec \"$@\" <\"$f\""),
                                                QStringLiteral("sh"), onHostPath()} +
                                        into,
                                    {}, {}, &m_cancelled)
            : m_target.host->stream(into, {}, {}, &m_cancelled, {}, m_localFile);
    if (m_cancelled) {
        end(Kind::Restore, VerifyStep::State::Cancelled);
        return;
    }
    if (!copied.ok()) {
        throw Error(ErrorKind::Unreachable,
                    tr("Copying the dump into the container of %1 on %2 failed: %3.")
                        .arg(server.service(), m_target.host->display(), copied.summary()));
    }
    const ProcessResult listed = m_target.host->run(
        server.exec({QStringLiteral("pg_restore"), QStringLiteral("--list"), dump}), 300s);
    if (!listed.ok()) {
        for (const QString &line : QString::fromUtf8(listed.standardError).split(QLatin1Char('\n')))
            collectRestoreLine(line);
        end(Kind::Restore, VerifyStep::State::Failed,
            tr("pg_restore cannot read the dump's table of contents."));
        return;
    }
    m_toc = listed.standardOutput;
    m_dataEntries = DumpObjects::dataEntries(m_toc);
    const QByteArray cores =
        m_target.host->run(server.exec({QStringLiteral("nproc")}), 60s).standardOutput.trimmed();
    const int jobs = std::clamp(cores.toInt(), 1, 4);
    // Owners and privileges are left out: the roles of one server need not exist on another,
    // and the data and objects are what is proven.
    const ProcessResult restored = m_target.host->stream(
        server.exec({QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("echo $$ >\"$1\"; shift; exec \"$@\""), QStringLiteral("sh"),
                     ScratchDatabase::pidPath(database), QStringLiteral("pg_restore"),
                     QStringLiteral("--verbose"), QStringLiteral("--no-owner"),
                     QStringLiteral("--no-privileges"), QStringLiteral("--jobs=%1").arg(jobs),
                     QStringLiteral("--dbname=") + database, dump}),
        [this](const QString &line) { collectRestoreLine(line); }, {}, &m_cancelled);
    if (m_cancelled) {
        end(Kind::Restore, VerifyStep::State::Cancelled);
        return;
    }
    if (!restored.ok()) {
        end(Kind::Restore, VerifyStep::State::Failed,
            tr("pg_restore ended with %1: %2").arg(restored.summary(), m_report.errors.value(0)));
        return;
    }
    end(Kind::Restore, VerifyStep::State::Passed,
        tr("%1 restored with %2 jobs").arg(database).arg(jobs));
}

void RestoreVerification::compare(PostgresContainer &server)
{
    using Kind = VerifyStep::Kind;
    begin(Kind::Compare);
    const QString database = m_report.targetDatabase;
    const QList<TableChecksum> restored = TableChecksumSql::parse(server.psqlOrThrow(
        database, TableChecksumSql::psqlScript(false), tr("compute the table checksums")));
    percent(Kind::Compare, 70);
    QHash<std::pair<QString, QString>, TableChecksum> found;
    for (const TableChecksum &table : restored)
        found.insert({table.schema, table.name}, table);
    m_report.proven = bool(m_source.entry);
    if (m_source.entry) {
        for (const TableChecksum &expected : m_source.entry->record.tables) {
            VerifyReport::Table table{expected.schema,   expected.name, expected.rows,
                                      expected.checksum, std::nullopt,  QString()};
            if (const auto it = found.constFind({expected.schema, expected.name});
                it != found.cend()) {
                table.rowsRestored = it->rows;
                table.checksumRestored = it->checksum;
                found.erase(it);
            }
            m_report.tables.append(table);
        }
    }
    // Restored tables the manifest does not name (all of them, without a manifest).
    for (const TableChecksum &extra : std::as_const(found)) {
        m_report.tables.append(
            {extra.schema, extra.name, std::nullopt, QString(), extra.rows, extra.checksum});
    }
    m_report.sortTables();
    const QMap<QString, qint64> dump = DumpObjects::fromToc(m_toc);
    const QMap<QString, qint64> catalog = DumpObjects::parseCatalog(
        server.psqlOrThrow(database, DumpObjects::catalogQuery() + QStringLiteral(";\n"),
                           tr("count the restored objects")));
    for (const QString &kind : DumpObjects::kinds())
        m_report.objects.insert(kind, {dump.value(kind), catalog.value(kind)});
    const int mismatched = m_report.proven ? m_report.mismatchedTables() : 0;
    QStringList objectsOff;
    for (auto it = m_report.objects.cbegin(); it != m_report.objects.cend(); ++it) {
        if (it->dump != it->restored)
            objectsOff << QStringLiteral("%1 %2/%3").arg(it.key()).arg(it->restored).arg(it->dump);
    }
    if (mismatched > 0 || !objectsOff.isEmpty()) {
        QStringList names;
        for (const VerifyReport::Table &table : std::as_const(m_report.tables)) {
            if (!table.matches())
                names << table.schema + QLatin1Char('.') + table.name;
        }
        QString detail = mismatched > 0 ? tr("%n table(s) differ: %1", nullptr, mismatched)
                                              .arg(names.join(QStringLiteral(", ")))
                                        : QString();
        if (!objectsOff.isEmpty()) {
            detail +=
                (detail.isEmpty() ? QString() : QStringLiteral("; ")) +
                tr("objects restored/in the dump: %1").arg(objectsOff.join(QStringLiteral(", ")));
        }
        end(Kind::Compare, VerifyStep::State::Failed, detail);
        return;
    }
    end(Kind::Compare, VerifyStep::State::Passed,
        m_report.proven
            ? tr("%n table(s) equal to the manifest", nullptr, int(m_report.tables.size()))
            : tr("%n table(s) counted: no manifest, stored as the baseline", nullptr,
                 int(m_report.tables.size())));
}

void RestoreVerification::compareArchive()
{
    using Kind = VerifyStep::Kind;
    begin(Kind::Compare);
    const qint64 size =
        std::max<qint64>(m_localFile.isEmpty() ? m_hostFileSize : QFileInfo(m_localFile).size(), 1);
    const auto progress = [this, size](qint64 read) {
        const int value = int(std::min<qint64>(99, read * 100 / size));
        percent(Kind::Checksum, value);
        percent(Kind::Compare, value);
    };
    // One read: the archive's bytes are hashed as they go into libarchive.
    Sha256 whole;
    ArchiveReader::Listing listing;
    std::optional<Error> notArchive;
    try {
        if (!m_localFile.isEmpty()) {
            listing = ArchiveReader::list(m_localFile, &m_cancelled, progress, &whole);
        } else {
            // Streamed from the host: the archive's bytes pass through here, never to disk.
            const QStringList command = m_source.host->commandLine(
                {QStringLiteral("cat"), QStringLiteral("--"), onHostPath()});
            QProcess process;
            process.start(command.first(), command.mid(1), QIODevice::ReadOnly);
            const auto stop = qScopeGuard([&process] {
                if (process.state() != QProcess::NotRunning) {
                    process.kill();
                    process.waitForFinished();
                }
            });
            listing = ArchiveReader::list(process, onHostPath(), &m_cancelled, progress, &whole);
        }
    } catch (const Error &error) {
        if (error.kind() != ErrorKind::BadInput)
            throw;
        notArchive = error; // read to its end all the same: the checksum is told first
    }
    if (m_cancelled) {
        end(Kind::Checksum, VerifyStep::State::Cancelled);
        end(Kind::Compare, VerifyStep::State::Cancelled);
        return;
    }
    if (listing.sourceFailed) {
        m_report.errors << listing.error;
        end(Kind::Checksum, VerifyStep::State::Failed, listing.error);
        end(Kind::Compare, VerifyStep::State::Skipped);
        return;
    }
    m_report.sha256 = whole.hex();
    // Files of an archive that is not the backup prove nothing: no verdict on them.
    if (!checksumVerdict(whole.size())) {
        end(Kind::Compare, VerifyStep::State::Skipped);
        return;
    }
    if (notArchive)
        throw *notArchive;
    if (!listing.ok())
        m_report.errors << listing.error;
    m_report.proven = bool(m_source.entry);
    if (m_source.entry) {
        const StorageVerification found =
            StorageVerification::compare(listing.files, m_source.entry->record.files);
        m_report.missing = found.missing;
        m_report.extra = found.extra;
        m_report.changed = found.changed;
    }
    if (!listing.ok() || !m_report.missing.isEmpty() || !m_report.extra.isEmpty() ||
        !m_report.changed.isEmpty()) {
        end(Kind::Compare, VerifyStep::State::Failed,
            listing.truncated ? listing.error
                              : tr("%1 missing, %2 extra, %3 changed")
                                    .arg(m_report.missing.size())
                                    .arg(m_report.extra.size())
                                    .arg(m_report.changed.size()));
        return;
    }
    end(Kind::Compare, VerifyStep::State::Passed,
        m_report.proven ? tr("%n file(s) equal to the manifest", nullptr, int(listing.files.size()))
                        : tr("%n file(s) read: no manifest to compare with", nullptr,
                             int(listing.files.size())));
}

void RestoreVerification::cleanup(PostgresContainer &server)
{
    using Kind = VerifyStep::Kind;
    begin(Kind::Cleanup);
    if (m_keep && m_created && !m_cancelled) {
        m_report.kept = true;
        // The copied dump goes; the database stays.
        m_target.host->run(server.exec({QStringLiteral("rm"), QStringLiteral("-f"),
                                        ScratchDatabase::dumpPath(m_report.targetDatabase),
                                        ScratchDatabase::pidPath(m_report.targetDatabase)}),
                           60s);
        end(Kind::Cleanup, VerifyStep::State::Passed,
            tr("%1 kept: drop it when done (blihopsctl verify --cleanup)")
                .arg(m_report.targetDatabase));
        return;
    }
    const QString error = ScratchDatabase::drop(server, m_report.targetDatabase);
    if (!error.isEmpty()) {
        m_report.errors << error;
        end(Kind::Cleanup, VerifyStep::State::Failed, error);
        return;
    }
    end(Kind::Cleanup, VerifyStep::State::Passed, tr("%1 dropped").arg(m_report.targetDatabase));
}

VerifyReport RestoreVerification::run()
{
    using Kind = VerifyStep::Kind;
    const auto skipRest = [this](VerifyStep::State state) {
        for (VerifyStep &step : m_report.steps) {
            if (step.state == VerifyStep::State::Pending)
                step.state = state;
        }
    };
    const auto finish = [this] {
        m_report.cancelled = bool(m_cancelled);
        m_report.finished = QDateTime::currentDateTimeUtc();
        notify();
        return m_report;
    };
    if (!checksum()) {
        skipRest(m_cancelled ? VerifyStep::State::Cancelled : VerifyStep::State::Skipped);
        return finish();
    }
    if (m_report.kind == BackupRecord::Kind::Storage) {
        end(Kind::Restore, VerifyStep::State::Skipped, tr("streamed: nothing is written to disk"));
        compareArchive();
        end(Kind::Cleanup, m_cancelled ? VerifyStep::State::Cancelled : VerifyStep::State::Skipped);
        return finish();
    }
    m_report.targetDatabase =
        ScratchDatabase::name(m_source.entry ? m_source.entry->record.job : QString());
    PostgresContainer server =
        PostgresContainer::find(*m_target.host, m_target.project, m_target.service, m_target.user);
    try {
        if (!m_cancelled)
            restore(server);
        if (m_created && !m_cancelled)
            compare(server);
    } catch (const Error &error) {
        for (VerifyStep &step : m_report.steps) {
            if (step.state == VerifyStep::State::Running) {
                step.state = VerifyStep::State::Failed;
                step.detail = error.message();
            }
        }
        m_report.errors << error.message();
        if (m_created)
            cleanup(server);
        if (error.kind() == ErrorKind::Unreachable)
            throw;
        skipRest(VerifyStep::State::Skipped);
        return finish();
    }
    skipRest(m_cancelled ? VerifyStep::State::Cancelled : VerifyStep::State::Skipped);
    m_report.step(Kind::Cleanup).state = VerifyStep::State::Pending;
    if (m_created)
        cleanup(server);
    else
        end(Kind::Cleanup, m_cancelled ? VerifyStep::State::Cancelled : VerifyStep::State::Skipped);
    return finish();
}

} // namespace blihops
