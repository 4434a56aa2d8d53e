#pragma once

#include "backup/BackupRecord.h"
#include "backup/CronExpression.h"
#include "backup/HostVerification.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <optional>

namespace blihops {

// What is wrong with a job's backups, from its manifest records:
//  - stale: the newest good backup is older than 1.5 × the schedule's interval (the largest
//    gap between two consecutive runs), or there has been none for that long since the job
//    was installed;
//  - failed: the newest run failed;
//  - low space: the destination has less free space than twice the last run (the newest
//    good backup of each source, added up);
//  - verification failed: the newest scheduled verification on the host of one of its
//    sources failed (HostVerification).
class BackupAlerts
{
    Q_DECLARE_TR_FUNCTIONS(BackupAlerts)

public:
    enum class Kind
    {
        Stale,
        Failed,
        LowSpace,
        VerificationFailed,
    };

    struct Alert
    {
        Kind kind = Kind::Failed;
        QString job;
        QString message; // translated, one sentence
        QDateTime since; // the newest good backup (stale), the failed run's start
    };

    struct Input
    {
        QString job;
        CronExpression schedule;
        QTimeZone zone = QTimeZone::utc();
        QList<BackupRecord> records;
        QList<HostVerification> verifications;
        QDateTime installed;             // when the job was installed; may be invalid
        std::optional<qint64> freeBytes; // of the destination; unknown: no space alert
        QDateTime now = QDateTime::currentDateTimeUtc();
    };

    static QString kindKey(Kind kind); // stale, failed, low-space, verification-failed
    static QList<Kind> kinds();
    static QList<Alert> evaluate(const Input &input);
};

} // namespace blihops
