#pragma once

#include "compose/Finding.h"
#include "workspace/Environment.h"
#include "workspace/RuleSilence.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace blihops {

// The readiness review: every rule over every environment's compose project, and the
// conflict rules over each pair of environments on the same Docker Engine. A finding that
// a silence covers is set apart with its reason. An environment whose files cannot be read
// is reported as a failure; the others are still reviewed.
class ReadinessReview
{
public:
    struct Silenced
    {
        Finding finding;
        QString reason;
    };

    struct Failure
    {
        QString environment;
        QString message;
    };

    struct Report
    {
        QList<Finding> findings; // by environment (in the order given), file, line, rule
        QList<Silenced> silenced;
        QList<Failure> failures;

        bool hasErrors() const;
        // {"findings": [...], "silenced": [... with "reason"]}
        QJsonObject toJson() const;
    };

    static Report review(const QList<Environment> &environments,
                         const QList<RuleSilence> &silences = {});
};

} // namespace blihops
