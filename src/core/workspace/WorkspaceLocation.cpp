#include "workspace/WorkspaceLocation.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace blihops {

WorkspaceLocation WorkspaceLocation::fromString(const QString &text)
{
    WorkspaceLocation location;
    if (text.startsWith(QLatin1String("postgresql://")) ||
        text.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2) {
            throw Error(ErrorKind::BadInput,
                        QCoreApplication::translate("WorkspaceLocation",
                                                    "Workspace URL \"%1\" is not valid: use "
                                                    "postgresql://USER@HOST[:PORT]/DATABASE.")
                            .arg(url.toDisplayString(QUrl::RemovePassword)));
        }
        location.m_kind = Kind::Postgres;
        location.m_url = url;
        return location;
    }
    if (text.trimmed().isEmpty()) {
        throw Error(ErrorKind::BadInput,
                    QCoreApplication::translate("WorkspaceLocation",
                                                "The workspace path is empty: give a file path "
                                                "or a postgresql:// URL."));
    }
    location.m_sqlitePath = QFileInfo(text).absoluteFilePath();
    return location;
}

WorkspaceLocation WorkspaceLocation::resolve(const QString &option)
{
    if (!option.isEmpty())
        return fromString(option);
    const QString fromEnv = qEnvironmentVariable("BLIHOPS_WORKSPACE");
    if (!fromEnv.isEmpty())
        return fromString(fromEnv);
    return fromString(defaultSqlitePath());
}

QString WorkspaceLocation::defaultSqlitePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("workspace.sqlite"));
}

QString WorkspaceLocation::displayName() const
{
    if (m_kind == Kind::Sqlite)
        return QDir::toNativeSeparators(m_sqlitePath);
    return m_url.toDisplayString(QUrl::RemovePassword | QUrl::RemoveQuery);
}

} // namespace blihops
