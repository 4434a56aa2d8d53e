#pragma once

#include "compose/ComposeProject.h"
#include "compose/Finding.h"
#include "workspace/Tier.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <array>
#include <functional>

namespace blihops {

// One check of the readiness review, with the severity it carries in each tier: what is a
// hint in development is an error in production. Rules that compare two environments
// (the *-conflict ones) have no check of their own; EnvironmentConflicts finds those, and
// ReadinessReview finds compose-unreadable.
struct ReadinessRule
{
    Q_DECLARE_TR_FUNCTIONS(ReadinessRule)

public:
    // What a check found, before the review adds environment and severity.
    struct Issue
    {
        QString service;
        QString file;
        int line = 0;
        QString message;
        QString fix;
        bool blocking = false; // compose refuses to start: an error in every tier
    };
    using Check = std::function<QList<Issue>(const ComposeProject &)>;

    QString id;
    std::array<Severity, 3> severities; // development, staging, production
    Check check;                        // empty for the conflict rules

    Severity severityFor(Tier tier) const { return severities.at(size_t(tier)); }

    static const QList<ReadinessRule> &all();
    static const ReadinessRule *find(const QString &id);
    static QStringList ids();
};

} // namespace blihops
