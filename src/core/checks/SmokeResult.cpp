#include "checks/SmokeResult.h"

#include "util/Timestamp.h"

#include <QJsonArray>

namespace blihops {

QJsonObject SmokeResult::toJson() const
{
    return {
        {QStringLiteral("check"), check},     {QStringLiteral("kind"), SmokeCheck::kindKey(kind)},
        {QStringLiteral("service"), service}, {QStringLiteral("target"), target},
        {QStringLiteral("passed"), passed},   {QStringLiteral("durationMs"), durationMs},
        {QStringLiteral("message"), message}};
}

bool SmokeRun::passed() const
{
    return !cancelled && failedCount() == 0;
}

int SmokeRun::failedCount() const
{
    return static_cast<int>(std::count_if(
        results.begin(), results.end(), [](const SmokeResult &result) { return !result.passed; }));
}

QJsonObject SmokeRun::toJson() const
{
    QJsonArray checks;
    for (const SmokeResult &result : results)
        checks.append(result.toJson());
    QJsonObject object{{QStringLiteral("environment"), environment},
                       {QStringLiteral("startedAt"), utcTimestamp(startedAt)},
                       {QStringLiteral("finishedAt"), utcTimestamp(finishedAt)},
                       {QStringLiteral("actor"), actor},
                       {QStringLiteral("passed"), passed()},
                       {QStringLiteral("cancelled"), cancelled},
                       {QStringLiteral("checks"), checks}};
    if (id != 0)
        object.insert(QStringLiteral("id"), id);
    return object;
}

} // namespace blihops
