#include "workspace/Environment.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace blihops {

QJsonObject Environment::toJson() const
{
    QJsonArray ports;
    for (const ExpectedPort &port : expectedPorts)
        ports.append(QJsonObject{{"service", port.service}, {"port", port.port}});
    return QJsonObject{
        {"name", name},
        {"tier", tierKey(tier)},
        {"engine", engineUrl},
        {"compose_files", QJsonArray::fromStringList(composeFiles)},
        {"project_name", projectName},
        {"env_file", envFile},
        {"expected_ports", ports},
        {"databases", QJsonArray::fromStringList(databases)},
        {"remote_dir", remoteDirectory},
        {"health_timeout", healthTimeoutSeconds},
        {"updated_at", updatedAt.toString(Qt::ISODate)},
        {"updated_by", updatedBy},
    };
}

QString Environment::effectiveRemoteDirectory() const
{
    return remoteDirectory.isEmpty() ? QStringLiteral("~/blihops/") + projectName : remoteDirectory;
}

QString Environment::hostDirectory() const
{
    QString directory = effectiveRemoteDirectory();
    if (directory == QLatin1String("~"))
        return QStringLiteral(".");
    if (directory.startsWith(QLatin1String("~/")))
        directory = directory.mid(2);
    return directory;
}

QString formatExpectedPorts(const QList<ExpectedPort> &ports)
{
    QStringList parts;
    for (const ExpectedPort &port : ports)
        parts << QStringLiteral("%1:%2").arg(port.service).arg(port.port);
    return parts.join(QStringLiteral(", "));
}

QList<ExpectedPort> parseExpectedPorts(const QString &text)
{
    static const QRegularExpression entry(
        QStringLiteral("^([A-Za-z0-9][A-Za-z0-9_.-]*):(\\d{1,5})$"));
    QList<ExpectedPort> ports;
    for (const QString &raw : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        const QRegularExpressionMatch match = entry.match(item);
        const int port = match.hasMatch() ? match.captured(2).toInt() : 0;
        if (port < 1 || port > 65535) {
            throw Error(ErrorKind::BadInput,
                        QCoreApplication::translate("Environment",
                                                    "Expected port \"%1\" is not SERVICE:PORT with "
                                                    "a port from 1 to 65535 (for example "
                                                    "postgres:5432).")
                            .arg(item));
        }
        ports.append({match.captured(1), port});
    }
    return ports;
}

} // namespace blihops
