#include "streams/Dashboard.h"

#include "streams/StreamRepository.h"
#include "streams/StreamReview.h"

namespace blihops {

Dashboard Dashboard::load(Workspace &workspace)
{
    StreamRepository repository(workspace);
    const QHash<QString, QList<StreamSnapshot>> histories = repository.histories();
    Dashboard dashboard;
    for (const StreamReport &report : repository.reports())
        dashboard.streams.append(
            {report, StreamReview::contradictions(report), histories.value(report.id)});
    dashboard.environments = EnvironmentFacts::collect(workspace);
    return dashboard;
}

Dashboard Dashboard::only(const QStringList &ids) const
{
    if (ids.isEmpty())
        return *this;
    Dashboard subset;
    subset.environments = environments;
    for (const Stream &stream : streams) {
        if (ids.contains(stream.report.id))
            subset.streams.append(stream);
    }
    return subset;
}

} // namespace blihops
