#pragma once

#include "streams/StreamReport.h"

#include <QCoreApplication>
#include <QList>

namespace blihops {

// Where a stream document's statements and its checkboxes disagree:
//   status         a task or test stated complete (or passed) with items unticked, stated
//                  not started with items ticked, or stated partial with all or none ticked
//   test-pass      a test stated PASS (or 100 %) with unticked items
//   percentage     a stated percentage more than kTolerance points from what the items show
//   header-status  the stream's own status against its tasks
class StreamReview
{
    Q_DECLARE_TR_FUNCTIONS(StreamReview)

public:
    // Documents round: 85 % for 42 of 47 items is fair, 50 % for 7 of 7 is not.
    static constexpr double kTolerance = 5.0;

    static QList<StreamContradiction> contradictions(const StreamReport &report);
    // Where a statement is made, in words: "Status", "the table under "QA Summary"".
    static QString placeOf(const StreamStatement &statement);
};

} // namespace blihops
