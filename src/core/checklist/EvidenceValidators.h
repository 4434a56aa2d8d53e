#pragma once

#include "checklist/Evidence.h"

#include <QCoreApplication>
#include <functional>

namespace blihops {

class Workspace;

// Checks a reference before it is attached as evidence, and fills in what it found, so that
// a checklist never points at a smoke run that does not exist. One validator per kind:
// smoke, backup (read on the environment's host), verification, file and url are built in.
// A kind without one is refused; adding a validator (at start-up, before any checklist is
// changed) is all it takes for a kind to work from the CLI and the GUI alike.
class EvidenceValidators
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceValidators)

public:
    struct Context
    {
        Workspace &workspace;
        QString environment; // the checklist run's
    };
    // Returns the evidence as it is to be stored (reference made canonical, detail filled
    // in); throws Error naming the reference when it does not hold.
    using Validator = std::function<Evidence(const Context &context, const Evidence &evidence)>;

    // Replaces the validator of a kind, if it had one.
    static void add(const QString &kind, const Validator &validator);
    static bool has(const QString &kind);
    // Throws Error(BadInput) for a kind the console records itself or that nothing
    // validates yet, else whatever the kind's validator throws.
    static Evidence validate(const Context &context, const Evidence &evidence);
};

} // namespace blihops
