#include "docker/ProjectFilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace blihops {

QByteArray ProjectFilter::encoded(const QString &project, bool containersOnly)
{
    QJsonObject filters{{QStringLiteral("label"),
                         QJsonArray{QStringLiteral("com.docker.compose.project=") + project}}};
    if (containersOnly)
        filters.insert(QStringLiteral("type"), QJsonArray{QStringLiteral("container")});
    return QUrl::toPercentEncoding(
        QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact)));
}

} // namespace blihops
