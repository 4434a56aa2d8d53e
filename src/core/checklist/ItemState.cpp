#include "checklist/ItemState.h"

#include <QCoreApplication>

namespace blihops {

namespace {

constexpr ItemState kStates[] = {ItemState::Pending, ItemState::Pass, ItemState::Fail,
                                 ItemState::Blocked, ItemState::NotApplicable};

} // namespace

QString itemStateKey(ItemState state)
{
    switch (state) {
    case ItemState::Pending:
        return QStringLiteral("pending");
    case ItemState::Pass:
        return QStringLiteral("pass");
    case ItemState::Fail:
        return QStringLiteral("fail");
    case ItemState::Blocked:
        return QStringLiteral("blocked");
    case ItemState::NotApplicable:
        return QStringLiteral("na");
    }
    return {};
}

std::optional<ItemState> itemStateFromKey(const QString &key)
{
    for (ItemState state : kStates) {
        if (itemStateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

QStringList itemStateKeys()
{
    QStringList keys;
    for (ItemState state : kStates)
        keys << itemStateKey(state);
    return keys;
}

QString itemStateLabel(ItemState state)
{
    switch (state) {
    case ItemState::Pending:
        return QCoreApplication::translate("ItemState", "Pending");
    case ItemState::Pass:
        return QCoreApplication::translate("ItemState", "Pass");
    case ItemState::Fail:
        return QCoreApplication::translate("ItemState", "Fail");
    case ItemState::Blocked:
        return QCoreApplication::translate("ItemState", "Blocked");
    case ItemState::NotApplicable:
        return QCoreApplication::translate("ItemState", "Not applicable");
    }
    return {};
}

} // namespace blihops
