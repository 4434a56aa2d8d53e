#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace blihops {

// How strictly later features treat an environment: production gets the strictest checks
// and typed confirmations for destructive actions.
enum class Tier
{
    Development,
    Staging,
    Production
};

QString tierKey(Tier tier);
std::optional<Tier> tierFromKey(const QString &key);
QStringList tierKeys();

} // namespace blihops
