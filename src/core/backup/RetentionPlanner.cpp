#include "backup/RetentionPlanner.h"

#include "backup/BackupManifest.h"
#include "backup/HostVerification.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace blihops {

RetentionPlanner::Plan RetentionPlanner::plan(const QList<BackupRecord> &records,
                                              const QList<PresentFile> &present,
                                              const Policy &policy, const QDateTime &now)
{
    QHash<QString, qint64> sizes;
    for (const PresentFile &file : present)
        sizes.insert(file.name, file.size);
    const QDateTime cutoff = now.addDays(-policy.keepDays);

    Plan plan;
    QSet<QString> named;
    // Newest first; within one source the keepMin newest good ones are safe.
    QList<BackupRecord> sorted = records;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const BackupRecord &a, const BackupRecord &b) { return a.started > b.started; });
    QHash<QString, int> goodSeen;
    for (const BackupRecord &record : sorted) {
        // A file two lines name is decided by the newer line.
        if (record.file.isEmpty() || named.contains(record.file))
            continue;
        named.insert(record.file);
        const Decision decision{record.file, record.id, record.size, {}};
        const auto with = [&](const QString &reason) {
            Decision d = decision;
            d.reason = reason;
            return d;
        };
        if (!sizes.contains(record.file)) {
            plan.missingFiles.append(record.file);
            continue;
        }
        if (sizes.value(record.file) != record.size) {
            plan.mismatched.append(with(tr("%1 bytes on disk, the manifest says %2: not the "
                                           "backup it describes, kept")
                                            .arg(sizes.value(record.file))
                                            .arg(record.size)));
            continue;
        }
        const bool old = record.started < cutoff;
        const QString started = record.started.toString(Qt::ISODate);
        if (!record.ok) {
            if (old)
                plan.remove.append(
                    with(tr("a failed run from %1, older than %n day(s)", nullptr, policy.keepDays)
                             .arg(started)));
            else
                plan.keep.append(
                    with(tr("a failed run from %1, kept for %n day(s)", nullptr, policy.keepDays)
                             .arg(started)));
            continue;
        }
        const QString source =
            BackupRecord::kindKey(record.kind) + QLatin1Char(':') + record.source;
        const int rank = ++goodSeen[source];
        if (rank <= policy.keepMin) {
            plan.keep.append(with(tr("one of the newest %n good backup(s) of %1, kept whatever "
                                     "its age",
                                     nullptr, policy.keepMin)
                                      .arg(record.source)));
        } else if (!old) {
            plan.keep.append(
                with(tr("from %1, younger than %n day(s)", nullptr, policy.keepDays).arg(started)));
        } else {
            plan.remove.append(with(tr("from %1, older than %n day(s), and %2 newer good "
                                       "backups of %3 are kept",
                                       nullptr, policy.keepDays)
                                        .arg(started)
                                        .arg(policy.keepMin)
                                        .arg(record.source)));
        }
    }
    for (const PresentFile &file : present) {
        // The script's own bookkeeping (.lock, .partials) is hidden; the manifest and the
        // scheduled verifications' log are themselves.
        if (!named.contains(file.name) && file.name != BackupManifest::fileName() &&
            file.name != HostVerification::fileName() && !file.name.startsWith(QLatin1Char('.')))
            plan.unknownFiles.append(file.name);
    }
    return plan;
}

} // namespace blihops
