#pragma once

#include "compose/Finding.h"
#include "workspace/Environment.h"
#include "workspace/RuleSilence.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace blihops {

// The readiness review: every rule over every environment's compose project, and the
// conflict rules over each pair of environments on the same Docker Engine. A finding that
// a silence covers is set apart with its reason. An environment whose files cannot be read
// is one finding (compose-unreadable, an error, at the file and line that failed); the
// others are still reviewed.
class ReadinessReview
{
    Q_DECLARE_TR_FUNCTIONS(ReadinessReview)

public:
    struct Silenced
    {
        Finding finding;
        QString reason;
    };

    struct Report
    {
        QList<Finding> findings; // by environment (in the order given), file, line, rule
        QList<Silenced> silenced;

        bool hasErrors() const;
        // {"findings": [...], "silenced": [... with "reason"]}
        QJsonObject toJson() const;
    };

    static Report review(const QList<Environment> &environments,
                         const QList<RuleSilence> &silences = {});
};

} // namespace blihops
