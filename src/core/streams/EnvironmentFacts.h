#pragma once

#include "workspace/Tier.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace blihops {

class Workspace;
struct Environment;

// What the dashboard shows of each environment beside the streams: its last smoke-test
// result, and whatever other modules know of it (backup health, the age of the last
// verified restore), each a column of its own. A module adds a provider here at start-up;
// an environment it knows nothing of gets no value, and a column no environment has is not
// shown.
class EnvironmentFacts
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentFacts)

public:
    struct Fact
    {
        QString column; // translated: "Last smoke test", "Backups", ...
        QString text;
        bool ok = true; // false draws the eye: a failed run, a stale backup
    };

    struct Row
    {
        QString environment;
        Tier tier = Tier::Development;
        QList<Fact> facts;
    };

    using Provider = std::function<std::optional<Fact>(Workspace &, const Environment &)>;

    // A verified restore older than this many days turns its column amber.
    static constexpr int kVerifiedRestoreDays = 7;

    static void addProvider(const Provider &provider);
    static QList<Row> collect(Workspace &workspace);
    // The columns the rows have, in the providers' order.
    static QStringList columns(const QList<Row> &rows);
    // "3 h ago", "2 d ago": how old something is, for a glance.
    static QString age(const QDateTime &at, const QDateTime &now);
};

} // namespace blihops
