#pragma once

#include "checklist/ChecklistItem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace blihops {

// QA's signature under one revision of a run.
struct SignOff
{
    QString name;
    QString role;
    QString comment;
    QDateTime at;  // UTC
    QString actor; // the account that signed, beside the name typed

    QJsonObject toJson() const;
};

// A revision of a run as the run's history lists it.
struct ChecklistRevision
{
    int revision = 0;
    bool isSigned = false;
    QDateTime openedAt; // UTC
    QString openedBy;
    std::optional<SignOff> signOff;

    QJsonObject toJson() const;
};

// One walk through a checklist for an environment and a release. Signing makes the
// revision read-only; reopening starts the next revision from it and keeps it as it was.
struct ChecklistRun
{
    qint64 id = 0;
    QString templateKey;
    QString templateTitle;
    QString templateSource; // "builtin" or the imported file's path
    QString environment;
    QString release;
    int revision = 1; // the one shown
    int latestRevision = 1;
    bool isSigned = false;
    QDateTime createdAt; // UTC
    QString createdBy;
    QList<ChecklistItem> items;
    std::optional<SignOff> signOff;
    QList<ChecklistRevision> revisions; // oldest first

    // "open" or "signed".
    QString stateKey() const;
    static QString stateKeyFor(bool isSigned);
    int decidedCount() const; // items that are not pending
    QList<int> itemsInTheWay() const;
    const ChecklistItem *item(int number) const;
    // The document `blihopsctl checklist show --json` prints.
    QJsonObject toJson() const;
};

} // namespace blihops
