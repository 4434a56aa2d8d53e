#include "compose/PortMapping.h"

namespace blihops {

namespace {

// "8000" or "8000-8010"; false for an empty or malformed range.
bool parseRange(const QString &text, int *first, int *last)
{
    const QStringList bounds = text.split(QLatin1Char('-'));
    bool okFirst = false;
    bool okLast = false;
    *first = bounds.at(0).toInt(&okFirst);
    *last = bounds.size() == 2 ? bounds.at(1).toInt(&okLast) : *first;
    return okFirst && (bounds.size() == 1 || okLast) && bounds.size() <= 2 && *first <= *last;
}

} // namespace

int PortMapping::hostPortFor(int containerPort) const
{
    if (!isPublished() || containerPort < containerFirst || containerPort > containerLast)
        return 0;
    return hostFirst + (containerPort - containerFirst);
}

QList<PortMapping> PortMapping::of(const ComposeProject::Service &service)
{
    QList<PortMapping> mappings;
    const ComposeNode *list = service.definition.get(QStringLiteral("ports"));
    if (!list)
        return mappings;
    for (const ComposeNode &entry : list->children) {
        PortMapping mapping;
        mapping.file = entry.file;
        mapping.line = entry.line;
        QString host;
        QString container;
        if (entry.isMapping()) {
            host = entry.scalar(QStringLiteral("published"));
            container = entry.scalar(QStringLiteral("target"));
            mapping.hostIp = entry.scalar(QStringLiteral("host_ip"));
            if (!entry.scalar(QStringLiteral("protocol")).isEmpty())
                mapping.protocol = entry.scalar(QStringLiteral("protocol"));
        } else {
            QString spec = entry.text;
            const qsizetype slash = spec.lastIndexOf(QLatin1Char('/'));
            if (slash >= 0) {
                mapping.protocol = spec.mid(slash + 1);
                spec.truncate(slash);
            }
            if (spec.startsWith(QLatin1Char('['))) { // [::1]:8080:80
                const qsizetype close = spec.indexOf(QLatin1Char(']'));
                mapping.hostIp = spec.mid(1, close - 1);
                spec = spec.mid(close + 2);
            }
            QStringList parts = spec.split(QLatin1Char(':'));
            if (parts.size() == 3 && mapping.hostIp.isEmpty())
                mapping.hostIp = parts.takeFirst();
            if (parts.size() == 2)
                host = parts.takeFirst();
            container = parts.value(0);
        }
        if (!parseRange(container, &mapping.containerFirst, &mapping.containerLast))
            continue;
        if (!host.isEmpty() && !parseRange(host, &mapping.hostFirst, &mapping.hostLast))
            continue;
        mappings.append(mapping);
    }
    return mappings;
}

} // namespace blihops
