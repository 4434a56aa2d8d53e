#include "checklist/Evidence.h"

#include "util/Error.h"
#include "util/Timestamp.h"

namespace blihops {

QJsonObject Evidence::toJson() const
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("ref"), ref},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("recorded_at"), utcTimestamp(recordedAt)},
            {QStringLiteral("recorded_by"), recordedBy}};
}

QStringList Evidence::attachableKinds()
{
    return {QStringLiteral("smoke"), QStringLiteral("backup"), QStringLiteral("verification"),
            QStringLiteral("file"), QStringLiteral("url")};
}

QStringList Evidence::kinds()
{
    return attachableKinds() + QStringList{QStringLiteral("document"), QStringLiteral("health"),
                                           QStringLiteral("pair")};
}

Evidence Evidence::parse(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    Evidence evidence;
    evidence.kind = text.left(colon).trimmed();
    evidence.ref = colon < 0 ? QString() : text.mid(colon + 1).trimmed();
    if (colon < 0 || evidence.ref.isEmpty() || !kinds().contains(evidence.kind)) {
        throw Error(ErrorKind::BadInput,
                    tr("Evidence \"%1\" is not KIND:REF with a kind of %2, e.g. smoke:12 or "
                       "url:https://ci.example.org/build/7.")
                        .arg(text, attachableKinds().join(QStringLiteral(", "))));
    }
    return evidence;
}

} // namespace blihops
