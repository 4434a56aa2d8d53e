#include "streams/StreamSnapshot.h"

#include "streams/StreamReport.h"
#include "util/Timestamp.h"

namespace blihops {

std::optional<double> StreamSnapshot::completion() const
{
    return StreamReport::percentOf(done, total);
}

QJsonObject StreamSnapshot::toJson() const
{
    const std::optional<double> percent = completion();
    return {{QStringLiteral("snapshot"), id},
            {QStringLiteral("id"), stream},
            {QStringLiteral("title"), title},
            {QStringLiteral("source"), source},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("imported_at"), utcTimestamp(importedAt)},
            {QStringLiteral("imported_by"), importedBy},
            {QStringLiteral("done"), done},
            {QStringLiteral("total"), total},
            {QStringLiteral("completion"), percent ? QJsonValue(*percent) : QJsonValue()},
            {QStringLiteral("contradictions"), contradictions}};
}

} // namespace blihops
