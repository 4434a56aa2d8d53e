#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace blihops {

// Where one checklist item stands. Only pass and not applicable let a run be signed off;
// pending, fail and blocked need a waiver.
enum class ItemState
{
    Pending,
    Pass,
    Fail,
    Blocked,
    NotApplicable,
};

// pending, pass, fail, blocked, na: the words of `blihopsctl checklist set` and the JSON.
QString itemStateKey(ItemState state);
std::optional<ItemState> itemStateFromKey(const QString &key);
QStringList itemStateKeys();
// Translated, for tables and exports.
QString itemStateLabel(ItemState state);

} // namespace blihops
