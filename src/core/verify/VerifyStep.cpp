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

QString VerifyStep::stateText(State state)
{
    switch (state) {
    case State::Pending:
        return tr("waiting");
    case State::Running:
        return tr("running");
    case State::Passed:
        return tr("passed");
    case State::Failed:
        return tr("failed");
    case State::Skipped:
        return tr("skipped");
    case State::Cancelled:
        return tr("cancelled");
    }
    return {};
}

std::optional<VerifyStep::Kind> VerifyStep::kindFromKey(const QString &key)
{
    for (const Kind kind : {Kind::Checksum, Kind::Restore, Kind::Compare, Kind::Cleanup}) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

std::optional<VerifyStep::State> VerifyStep::stateFromKey(const QString &key)
{
    for (const State state : {State::Pending, State::Running, State::Passed, State::Failed,
                              State::Skipped, State::Cancelled}) {
        if (stateKey(state) == key)
            return state;
    }
    return std::nullopt;
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
