#include "checklist/ChecklistItem.h"

#include "util/Timestamp.h"

#include <QJsonArray>

namespace blihops {

QJsonObject Waiver::toJson() const
{
    return {{QStringLiteral("reason"), reason},
            {QStringLiteral("at"), utcTimestamp(at)},
            {QStringLiteral("by"), by}};
}

bool ChecklistItem::isInTheWay() const
{
    const bool open =
        state == ItemState::Pending || state == ItemState::Fail || state == ItemState::Blocked;
    return open && !waiver;
}

QJsonObject ChecklistItem::toJson() const
{
    QJsonArray evidenceArray;
    for (const Evidence &entry : evidence)
        evidenceArray.append(entry.toJson());
    return {{QStringLiteral("id"), number},
            {QStringLiteral("section"), section},
            {QStringLiteral("text"), text},
            {QStringLiteral("depth"), depth},
            {QStringLiteral("parent"), parent > 0 ? QJsonValue(parent) : QJsonValue()},
            {QStringLiteral("state"), itemStateKey(state)},
            {QStringLiteral("note"), note},
            {QStringLiteral("tie"), tie.isTied() ? QJsonValue(tie.toString()) : QJsonValue()},
            {QStringLiteral("evidence"), evidenceArray},
            {QStringLiteral("waiver"), waiver ? QJsonValue(waiver->toJson()) : QJsonValue()},
            {QStringLiteral("updated_at"), utcTimestamp(updatedAt)},
            {QStringLiteral("updated_by"), updatedBy}};
}

} // namespace blihops
