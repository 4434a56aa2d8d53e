#include "compose/Finding.h"

namespace blihops {

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QJsonObject Finding::toJson() const
{
    return QJsonObject{
        {"rule", rule},
        {"severity", severityKey(severity)},
        {"environment", environment},
        {"service", service},
        {"file", file},
        {"line", line},
        {"message", message},
        {"fix", fix},
    };
}

} // namespace blihops
