#pragma once

#include "streams/EnvironmentFacts.h"
#include "streams/StreamReport.h"
#include "streams/StreamSnapshot.h"

#include <QList>

namespace blihops {

class Workspace;

// Everything the Dashboard mode and its PDF show, read in one go: each stream's latest
// report with its contradictions and its snapshots over time, and the environments' facts.
struct Dashboard
{
    struct Stream
    {
        StreamReport report;
        QList<StreamContradiction> contradictions;
        QList<StreamSnapshot> history; // oldest first
    };

    QList<Stream> streams;
    QList<EnvironmentFacts::Row> environments;

    static Dashboard load(Workspace &workspace);
    // The streams named (by id), or all of them when ids is empty.
    Dashboard only(const QStringList &ids) const;
};

} // namespace blihops
