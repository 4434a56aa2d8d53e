#include "workspace/Tier.h"

namespace blihops {

QString tierKey(Tier tier)
{
    switch (tier) {
    case Tier::Development:
        return QStringLiteral("development");
    case Tier::Staging:
        return QStringLiteral("staging");
    case Tier::Production:
        return QStringLiteral("production");
    }
    return {};
}

std::optional<Tier> tierFromKey(const QString &key)
{
    for (Tier tier : {Tier::Development, Tier::Staging, Tier::Production}) {
        if (tierKey(tier) == key)
            return tier;
    }
    return std::nullopt;
}

QStringList tierKeys()
{
    return {tierKey(Tier::Development), tierKey(Tier::Staging), tierKey(Tier::Production)};
}

} // namespace blihops
