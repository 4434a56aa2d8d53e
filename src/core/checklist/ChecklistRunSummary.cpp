#include "checklist/ChecklistRunSummary.h"

#include "checklist/ChecklistRun.h"
#include "util/Timestamp.h"

namespace blihops {

QString ChecklistRunSummary::stateKey() const
{
    return ChecklistRun::stateKeyFor(isSigned);
}

QJsonObject ChecklistRunSummary::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("template"), templateKey},
            {QStringLiteral("template_title"), templateTitle},
            {QStringLiteral("environment"), environment},
            {QStringLiteral("release"), release},
            {QStringLiteral("revision"), revision},
            {QStringLiteral("state"), stateKey()},
            {QStringLiteral("decided"), decided},
            {QStringLiteral("total"), total},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("created_at"), utcTimestamp(createdAt)},
            {QStringLiteral("created_by"), createdBy}};
}

} // namespace blihops
