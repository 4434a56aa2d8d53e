#include "checklist/EvidenceValidators.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupHost.h"
#include "backup/BackupJobRepository.h"
#include "checks/SmokeHistory.h"
#include "util/Error.h"
#include "util/Sha256.h"
#include "verify/VerificationRepository.h"
#include "workspace/EnvironmentRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QReadWriteLock>
#include <QUrl>

namespace blihops {

namespace {

Evidence smokeRun(const EvidenceValidators::Context &context, const Evidence &evidence)
{
    bool ok = false;
    const qint64 id = evidence.ref.toLongLong(&ok);
    const std::optional<SmokeRun> run =
        ok && id > 0 ? SmokeHistory(context.workspace).find(id) : std::nullopt;
    if (!run) {
        throw Error(ErrorKind::NotFound,
                    EvidenceValidators::tr("There is no smoke run %1: `blihopsctl smoke history "
                                           "%2` lists the runs and their ids.")
                        .arg(evidence.ref, context.environment));
    }
    if (run->environment != context.environment) {
        throw Error(ErrorKind::BadInput,
                    EvidenceValidators::tr("Smoke run %1 tested %2, not %3, the environment of "
                                           "this checklist.")
                        .arg(evidence.ref, run->environment, context.environment));
    }
    Evidence checked = evidence;
    checked.ref = QString::number(id);
    // Untranslated: stored once and read in any language later, like the audit log.
    checked.detail = QStringLiteral("%1 of %2 checks passed%3")
                         .arg(run->results.size() - run->failedCount())
                         .arg(run->results.size())
                         .arg(run->cancelled ? QStringLiteral(", cancelled") : QString());
    return checked;
}

// A line of one of the environment's backup manifests, read on its host as `backup list` does.
Evidence backup(const EvidenceValidators::Context &context, const Evidence &evidence)
{
    const QString id = evidence.ref.trimmed();
    const QList<BackupJob> jobs = BackupJobRepository(context.workspace).list(context.environment);
    const auto none = [&] {
        return Error(ErrorKind::NotFound,
                     EvidenceValidators::tr("There is no backup %1 of %2: `blihopsctl backup list "
                                            "%2` lists the backups and their ids.")
                         .arg(id, context.environment));
    };
    if (jobs.isEmpty() || id.isEmpty())
        throw none();
    BackupHost host = BackupHost::connect(
        EnvironmentRepository(context.workspace).get(context.environment), HostKeyStore());
    for (const BackupJob &job : jobs) {
        const std::optional<BackupCatalog::Entry> entry =
            BackupCatalog::find(BackupCatalog::read(host, job), id);
        if (!entry)
            continue;
        const BackupRecord &record = entry->record;
        Evidence checked = evidence;
        checked.ref = record.id;
        // Untranslated, as the smoke run's detail.
        checked.detail =
            record.ok
                ? QStringLiteral("%1 backup of %2 by job %3, %4, %5 bytes, SHA-256 %6")
                      .arg(BackupRecord::kindKey(record.kind), record.source, record.job,
                           record.started.toUTC().toString(Qt::ISODate))
                      .arg(record.size)
                      .arg(record.sha256)
                : QStringLiteral("failed %1 backup of %2 by job %3, %4: %5")
                      .arg(BackupRecord::kindKey(record.kind), record.source, record.job,
                           record.started.toUTC().toString(Qt::ISODate), record.error.trimmed());
        return checked;
    }
    throw none();
}

// A restore verification kept in the workspace, of a backup of the run's environment.
Evidence verification(const EvidenceValidators::Context &context, const Evidence &evidence)
{
    bool ok = false;
    const qint64 id = evidence.ref.trimmed().toLongLong(&ok);
    const std::optional<VerificationRepository::Entry> entry =
        ok && id > 0 ? VerificationRepository(context.workspace).find(id) : std::nullopt;
    if (!entry) {
        throw Error(ErrorKind::NotFound,
                    EvidenceValidators::tr("There is no restore verification %1: `blihopsctl "
                                           "verification list` shows them with their ids.")
                        .arg(evidence.ref.trimmed()));
    }
    if (entry->environment != context.environment) {
        throw Error(ErrorKind::BadInput,
                    EvidenceValidators::tr("Restore verification %1 checked a backup of %2, not "
                                           "of %3, the environment of this checklist.")
                        .arg(evidence.ref.trimmed(), entry->environment, context.environment));
    }
    Evidence checked = evidence;
    checked.ref = QString::number(entry->id);
    // Untranslated, as the smoke run's detail.
    checked.detail =
        QStringLiteral("%1 %2 of %3 backup %4, restored into %5 on %6, %7 by %8")
            .arg(entry->ok ? QStringLiteral("passed") : QStringLiteral("failed"),
                 entry->proven ? QStringLiteral("(proven)") : QStringLiteral("(baseline only)"),
                 entry->kind, entry->backup,
                 entry->targetDatabase.isEmpty() ? QStringLiteral("-") : entry->targetDatabase,
                 entry->targetEnvironment.isEmpty() ? entry->environment : entry->targetEnvironment,
                 entry->finishedAt.toUTC().toString(Qt::ISODate), entry->actor);
    return checked;
}

Evidence file(const EvidenceValidators::Context &, const Evidence &evidence)
{
    const QFileInfo info(evidence.ref);
    QFile file(info.absoluteFilePath());
    // The checksum shows later whether the file is still the one that was attached.
    const std::optional<QString> sha256 =
        info.isFile() && file.open(QIODevice::ReadOnly) ? Sha256::of(file) : std::nullopt;
    if (!sha256) {
        throw Error(ErrorKind::NotFound,
                    EvidenceValidators::tr("Evidence file %1 does not exist or cannot be read.")
                        .arg(info.absoluteFilePath()));
    }
    Evidence checked = evidence;
    checked.ref = info.absoluteFilePath();
    checked.detail = QStringLiteral("%1 bytes, SHA-256 %2").arg(info.size()).arg(*sha256);
    return checked;
}

Evidence webPage(const EvidenceValidators::Context &, const Evidence &evidence)
{
    const QUrl url(evidence.ref, QUrl::StrictMode);
    const bool web =
        url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    if (!url.isValid() || !web || url.host().isEmpty()) {
        throw Error(ErrorKind::BadInput,
                    EvidenceValidators::tr("Evidence URL \"%1\" is not an http:// or https:// "
                                           "address.")
                        .arg(evidence.ref));
    }
    Evidence checked = evidence;
    checked.ref = url.toString(QUrl::FullyEncoded);
    return checked;
}

struct Registry
{
    QReadWriteLock lock;
    QHash<QString, EvidenceValidators::Validator> validators = {
        {QStringLiteral("smoke"), &smokeRun},
        {QStringLiteral("backup"), &backup},
        {QStringLiteral("verification"), &verification},
        {QStringLiteral("file"), &file},
        {QStringLiteral("url"), &webPage},
    };
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

void EvidenceValidators::add(const QString &kind, const Validator &validator)
{
    QWriteLocker locker(&registry().lock);
    registry().validators.insert(kind, validator);
}

bool EvidenceValidators::has(const QString &kind)
{
    QReadLocker locker(&registry().lock);
    return registry().validators.contains(kind);
}

Evidence EvidenceValidators::validate(const Context &context, const Evidence &evidence)
{
    if (!Evidence::attachableKinds().contains(evidence.kind)) {
        throw Error(
            ErrorKind::BadInput,
            tr("Evidence of kind %1 is recorded by the console itself (an imported tick "
               "or an item's Run); attach one of %2.")
                .arg(evidence.kind, Evidence::attachableKinds().join(QStringLiteral(", "))));
    }
    Validator validator;
    {
        QReadLocker locker(&registry().lock);
        validator = registry().validators.value(evidence.kind);
    }
    if (!validator) {
        throw Error(ErrorKind::BadInput,
                    tr("This BlihOps Console cannot check %1 references yet; attach the %1 as a "
                       "file: or url: instead.")
                        .arg(evidence.kind));
    }
    return validator(context, evidence);
}

} // namespace blihops
