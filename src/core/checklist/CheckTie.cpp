#include "checklist/CheckTie.h"

#include "util/Error.h"

namespace blihops {

QString CheckTie::toString() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Smoke:
        return argument.isEmpty() ? QStringLiteral("smoke") : QStringLiteral("smoke:") + argument;
    case Kind::Health:
        return QStringLiteral("health");
    case Kind::Pair:
        return QStringLiteral("pair:") + argument;
    }
    return {};
}

QString CheckTie::describe() const
{
    switch (kind) {
    case Kind::None:
        return tr("Not tied to a check");
    case Kind::Smoke:
        return argument.isEmpty() ? tr("The whole smoke suite")
                                  : tr("Smoke check %1").arg(argument);
    case Kind::Health:
        return tr("Health of all services");
    case Kind::Pair:
        return tr("Runs beside %1 on one host").arg(argument);
    }
    return {};
}

CheckTie CheckTie::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    const QString kind = colon < 0 ? trimmed : trimmed.left(colon).trimmed();
    const QString argument = colon < 0 ? QString() : trimmed.mid(colon + 1).trimmed();
    if (kind == QLatin1String("smoke") && (colon < 0 || !argument.isEmpty()))
        return {Kind::Smoke, argument};
    if (kind == QLatin1String("health") && colon < 0)
        return {Kind::Health, {}};
    if (kind == QLatin1String("pair") && !argument.isEmpty())
        return {Kind::Pair, argument};
    throw Error(ErrorKind::BadInput,
                tr("\"%1\" is not a check an item can be tied to: use smoke:CHECK (a smoke "
                   "check of the run's environment), smoke (its whole suite), health (its "
                   "health rollup) or pair:ENVIRONMENT (whether both run on one host).")
                    .arg(trimmed));
}

} // namespace blihops
