#pragma once

#include "checklist/CheckTie.h"
#include "checklist/Evidence.h"
#include "checklist/ItemState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace blihops {

// Why an item that is not done may be signed off all the same, and who said so.
struct Waiver
{
    QString reason;
    QDateTime at; // UTC
    QString by;

    QJsonObject toJson() const;
};

// One item of a run. Its number is its place in the checklist, the same in every revision.
struct ChecklistItem
{
    int number = 0;
    QString section; // the heading it stands under; empty before the first heading
    QString text;
    int depth = 0;  // 0 for a top-level item
    int parent = 0; // the number of the item it is nested in, 0 for none
    ItemState state = ItemState::Pending;
    QString note;
    CheckTie tie;
    QList<Evidence> evidence;
    std::optional<Waiver> waiver;
    QDateTime updatedAt; // UTC
    QString updatedBy;

    // Pending, failed or blocked, and not waived: what keeps a run from being signed.
    bool isInTheWay() const;
    QJsonObject toJson() const;
};

} // namespace blihops
