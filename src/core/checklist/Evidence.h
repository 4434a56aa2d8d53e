#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace blihops {

// What backs an item's state, written KIND:REF: a smoke-test run (smoke:ID), a backup
// (backup:ID), a restore verification (verification:ID), a file (file:PATH) or a web page
// (url:https://...). The console records three kinds of its own, which cannot be attached
// by hand: document:SOURCE (the item was ticked in the imported Markdown), health:ENV and
// pair:ENV (what an item's Run button found).
struct Evidence
{
    Q_DECLARE_TR_FUNCTIONS(Evidence)

public:
    QString kind;
    QString ref;
    QString detail; // what the console found when it was recorded, e.g. "3 of 3 checks passed"
    QDateTime recordedAt; // UTC
    QString recordedBy;

    QString toString() const { return kind + QLatin1Char(':') + ref; }
    QJsonObject toJson() const;

    // The kinds a person may attach, and all kinds.
    static QStringList attachableKinds();
    static QStringList kinds();
    // Throws Error(BadInput) for text that is not KIND:REF with a known kind.
    static Evidence parse(const QString &text);
};

} // namespace blihops
