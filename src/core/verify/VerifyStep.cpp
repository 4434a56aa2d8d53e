#include "verify/VerifyStep.h"

namespace blihops {

QString VerifyStep::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Checksum:
        return QStringLiteral("checksum");
    case Kind::Restore:
        return QStringLiteral("restore");
    case Kind::Compare:
        return QStringLiteral("compare");
    case Kind::Cleanup:
        return QStringLiteral("cleanup");
    }
    return {};
}

QString VerifyStep::stateKey(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Running:
        return QStringLiteral("running");
    case State::Passed:
        return QStringLiteral("passed");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Skipped:
        return QStringLiteral("skipped");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString VerifyStep::title(Kind kind)
{
    switch (kind) {
    case Kind::Checksum:
        return tr("SHA-256 of the file");
    case Kind::Restore:
        return tr("Restore");
    case Kind::Compare:
        return tr("Comparison");
    case Kind::Cleanup:
        return tr("Clean-up");
    }
    return {};
}

QJsonObject VerifyStep::toJson() const
{
    return {{QStringLiteral("step"), kindKey(kind)},
            {QStringLiteral("state"), stateKey(state)},
            {QStringLiteral("percent"), percent},
            {QStringLiteral("duration_ms"), double(durationMs)},
            {QStringLiteral("detail"), detail}};
}

} // namespace blihops
