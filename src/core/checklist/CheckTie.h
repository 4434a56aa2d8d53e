#pragma once

#include <QCoreApplication>
#include <QString>

namespace blihops {

// The check a checklist item stands for, which its Run button runs: a smoke check of the
// run's environment (or its whole suite), the environment's health rollup, or the verdict
// whether it can run beside another environment on one host. Written "smoke:NAME",
// "smoke", "health" or "pair:ENV", in templates as <!-- check: ... --> after the item.
struct CheckTie
{
    Q_DECLARE_TR_FUNCTIONS(CheckTie)

public:
    enum class Kind
    {
        None,
        Smoke,
        Health,
        Pair,
    };

    Kind kind = Kind::None;
    QString
        argument; // Smoke: the check's name, empty for the whole suite; Pair: the other environment

    bool isTied() const { return kind != Kind::None; }
    // "smoke:NAME", "smoke", "health", "pair:ENV"; empty when untied.
    QString toString() const;
    // Translated, for a person: "Smoke check redis/redis", "Health of all services", ...
    QString describe() const;
    // Empty text unties. Throws Error(BadInput) naming what is wrong and what is allowed.
    static CheckTie parse(const QString &text);

    bool operator==(const CheckTie &) const = default;
};

} // namespace blihops
