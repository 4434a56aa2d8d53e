#include "backup/BackupAlerts.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

namespace blihops {

QString BackupAlerts::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Stale:
        return QStringLiteral("stale");
    case Kind::Failed:
        return QStringLiteral("failed");
    case Kind::LowSpace:
        return QStringLiteral("low-space");
    case Kind::VerificationFailed:
        break;
    }
    return QStringLiteral("verification-failed");
}

QList<BackupAlerts::Kind> BackupAlerts::kinds()
{
    return {Kind::Stale, Kind::Failed, Kind::LowSpace, Kind::VerificationFailed};
}

QList<BackupAlerts::Alert> BackupAlerts::evaluate(const Input &input)
{
    const BackupRecord *newest = nullptr;
    const BackupRecord *newestGood = nullptr;
    for (const BackupRecord &record : input.records) {
        if (!newest || record.started > newest->started)
            newest = &record;
        if (record.ok && (!newestGood || record.started > newestGood->started))
            newestGood = &record;
    }

    QList<Alert> alerts;
    const qint64 interval = input.schedule.intervalSeconds(input.now, input.zone);
    const qint64 allowed = interval * 3 / 2;
    const QLocale locale;
    const auto hours = [&](qint64 seconds) {
        return locale.toString(double(seconds) / 3600.0, 'f', 1);
    };
    if (newestGood) {
        const qint64 age = newestGood->started.secsTo(input.now);
        if (interval > 0 && age > allowed) {
            alerts.append({Kind::Stale, input.job,
                           tr("The newest good backup of %1 is %2 hours old; the schedule "
                              "\"%3\" should give one at least every %4 hours.")
                               .arg(input.job, hours(age), input.schedule.text(), hours(interval)),
                           newestGood->started});
        }
    } else if (input.installed.isValid() && interval > 0 &&
               input.installed.secsTo(input.now) > allowed) {
        alerts.append({Kind::Stale, input.job,
                       tr("%1 has no good backup, %2 hours after it was installed.")
                           .arg(input.job, hours(input.installed.secsTo(input.now))),
                       input.installed});
    }
    if (newest && !newest->ok) {
        alerts.append({Kind::Failed, input.job,
                       tr("The last run of %1 (%2) failed: %3")
                           .arg(input.job, newest->started.toString(Qt::ISODate), newest->error),
                       newest->started});
    }
    // A run writes one backup per source: the next one needs about their sum.
    QHash<QString, const BackupRecord *> perSource;
    for (const BackupRecord &record : input.records) {
        const QString key = BackupRecord::kindKey(record.kind) + QLatin1Char(':') + record.source;
        const BackupRecord *known = perSource.value(key);
        if (record.ok && (!known || record.started > known->started))
            perSource.insert(key, &record);
    }
    qint64 lastRun = 0;
    for (const BackupRecord *record : std::as_const(perSource))
        lastRun += record->size;
    if (newestGood && input.freeBytes && *input.freeBytes < 2 * lastRun) {
        alerts.append({Kind::LowSpace, input.job,
                       tr("The destination of %1 has %2 free, less than twice its last backup "
                          "(%3).")
                           .arg(input.job, locale.formattedDataSize(*input.freeBytes),
                                locale.formattedDataSize(lastRun)),
                       newestGood->started});
    }
    // The newest scheduled verification of each source: one that failed is an alert until a
    // later one passes.
    QHash<QString, const HostVerification *> verified;
    for (const HostVerification &verification : input.verifications) {
        const QString key =
            BackupRecord::kindKey(verification.kind) + QLatin1Char(':') + verification.source;
        const HostVerification *known = verified.value(key);
        if (!known || verification.started >= known->started)
            verified.insert(key, &verification);
    }
    QList<const HostVerification *> failed;
    for (const HostVerification *verification : std::as_const(verified)) {
        if (!verification->ok)
            failed << verification;
    }
    std::sort(failed.begin(), failed.end(),
              [](const auto *a, const auto *b) { return a->started < b->started; });
    for (const HostVerification *verification : std::as_const(failed)) {
        alerts.append(
            {Kind::VerificationFailed, input.job,
             tr("The scheduled verification of %1 (%2) failed: %3")
                 .arg(input.job, verification->started.toString(Qt::ISODate), verification->error),
             verification->started});
    }
    return alerts;
}

} // namespace blihops
