#include "checklist/ChecklistRun.h"

#include "util/Timestamp.h"

#include <QJsonArray>

namespace blihops {

QJsonObject SignOff::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("role"), role},
            {QStringLiteral("comment"), comment},
            {QStringLiteral("at"), utcTimestamp(at)},
            {QStringLiteral("actor"), actor}};
}

QJsonObject ChecklistRevision::toJson() const
{
    return {{QStringLiteral("revision"), revision},
            {QStringLiteral("state"), ChecklistRun::stateKeyFor(isSigned)},
            {QStringLiteral("opened_at"), utcTimestamp(openedAt)},
            {QStringLiteral("opened_by"), openedBy},
            {QStringLiteral("signoff"), signOff ? QJsonValue(signOff->toJson()) : QJsonValue()}};
}

QString ChecklistRun::stateKeyFor(bool isSigned)
{
    return isSigned ? QStringLiteral("signed") : QStringLiteral("open");
}

QString ChecklistRun::stateKey() const
{
    return stateKeyFor(isSigned);
}

int ChecklistRun::decidedCount() const
{
    return int(std::count_if(items.begin(), items.end(), [](const ChecklistItem &item) {
        return item.state != ItemState::Pending;
    }));
}

QList<int> ChecklistRun::itemsInTheWay() const
{
    QList<int> numbers;
    for (const ChecklistItem &item : items) {
        if (item.isInTheWay())
            numbers << item.number;
    }
    return numbers;
}

const ChecklistItem *ChecklistRun::item(int number) const
{
    for (const ChecklistItem &candidate : items) {
        if (candidate.number == number)
            return &candidate;
    }
    return nullptr;
}

QJsonObject ChecklistRun::toJson() const
{
    QJsonArray itemArray;
    for (const ChecklistItem &entry : items)
        itemArray.append(entry.toJson());
    QJsonArray revisionArray;
    for (const ChecklistRevision &entry : revisions)
        revisionArray.append(entry.toJson());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("template"), templateKey},
            {QStringLiteral("template_title"), templateTitle},
            {QStringLiteral("template_source"), templateSource},
            {QStringLiteral("environment"), environment},
            {QStringLiteral("release"), release},
            {QStringLiteral("revision"), revision},
            {QStringLiteral("latest_revision"), latestRevision},
            {QStringLiteral("state"), stateKey()},
            {QStringLiteral("decided"), decidedCount()},
            {QStringLiteral("total"), int(items.size())},
            {QStringLiteral("created_at"), utcTimestamp(createdAt)},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("items"), itemArray},
            {QStringLiteral("signoff"), signOff ? QJsonValue(signOff->toJson()) : QJsonValue()},
            {QStringLiteral("revisions"), revisionArray}};
}

} // namespace blihops
