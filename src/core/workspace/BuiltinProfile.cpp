#include "workspace/BuiltinProfile.h"

#include "util/Error.h"
#include "util/LogCategories.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace blihops {

namespace {

const QStringList kFiles = {
    QStringLiteral("docker-compose.dev.yml"),
    QStringLiteral("docker-compose.staging.yml"),
    QStringLiteral("docker-compose.yml"),
    QStringLiteral(".env.example"),
};
const QLatin1String kScheme("profile:");

// The profile file a path names, if it is one: in this user's folder, or in the folder of
// the same name on another member's machine (…/BlihOps/BlihOps Console/profile/NAME).
QString profileFileOf(const QString &path)
{
    const QFileInfo info(path);
    if (!kFiles.contains(info.fileName()))
        return {};
    const QString folder = QDir::cleanPath(info.absolutePath());
    const QString ours = QDir::cleanPath(BuiltinProfile::defaultDirectory());
    const QString suffix =
        QDir(QCoreApplication::organizationName()).filePath(QCoreApplication::applicationName()) +
        QStringLiteral("/profile");
    if (folder == ours || folder.endsWith(QLatin1Char('/') + suffix))
        return info.fileName();
    return {};
}

void copyFiles(const QString &directory)
{
    if (!QDir().mkpath(directory)) {
        throw Error(ErrorKind::Workspace,
                    QCoreApplication::translate("BuiltinProfile",
                                                "Cannot create %1 for the built-in profile's "
                                                "compose files: check its permissions.")
                        .arg(directory));
    }
    for (const QString &name : kFiles) {
        const QString target = QDir(directory).filePath(name);
        if (QFile::exists(target))
            continue;
        if (!QFile::copy(QStringLiteral(":/profile/") + name, target)) {
            throw Error(ErrorKind::Workspace,
                        QCoreApplication::translate("BuiltinProfile",
                                                    "Cannot write %1: check that the disk has "
                                                    "space and the folder is writable.")
                            .arg(target));
        }
        // Resource files come out read-only; the user owns these copies.
        QFile::setPermissions(target, QFile::permissions(target) | QFileDevice::WriteOwner);
    }
}

Environment makeEnvironment(const QString &name, Tier tier, const QString &engine,
                            const QString &composeFile, const QString &project,
                            QList<ExpectedPort> ports, const QString &database)
{
    Environment environment;
    environment.name = name;
    environment.tier = tier;
    environment.engineUrl = engine;
    environment.composeFiles = {composeFile};
    environment.projectName = project;
    environment.expectedPorts = std::move(ports);
    environment.databases = {database};
    return environment;
}

} // namespace

QString BuiltinProfile::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("profile"));
}

QString BuiltinProfile::toStored(const QString &path)
{
    const QString name = profileFileOf(path);
    return name.isEmpty() ? path : kScheme + name;
}

QString BuiltinProfile::resolve(const QString &stored)
{
    QString name;
    if (stored.startsWith(kScheme))
        name = stored.mid(kScheme.size());
    else if (!QFile::exists(stored)) // another member's copy, stored by an earlier version
        name = profileFileOf(stored);
    return name.isEmpty() ? stored : QDir(defaultDirectory()).filePath(name);
}

bool BuiltinProfile::ensure(Workspace &workspace)
{
    const QString directory = defaultDirectory();
    copyFiles(directory);
    const QDir dir(directory);
    const QString localEngine = QStringLiteral("unix:///var/run/docker.sock");
    const auto seen = [&] {
        return workspace
            .exec(QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'builtin_profile'"))
            .next();
    };
    // Read first: a workspace that has the profile needs no write lock, so reading still
    // works while another program writes.
    if (seen())
        return false;
    bool added = false;
    workspace.inTransaction([&] {
        if (seen())
            return;
        // Not the folder: in a team's workspace that would be one member's home.
        workspace.exec(QStringLiteral("INSERT INTO workspace_meta (key, value) VALUES "
                                      "('builtin_profile', 'added')"));
        EnvironmentRepository repository(workspace);
        repository.add(makeEnvironment(
            QStringLiteral("development"), Tier::Development, localEngine,
            dir.filePath(QStringLiteral("docker-compose.dev.yml")), QStringLiteral("blihops-dev"),
            {{QStringLiteral("postgres"), 5432},
             {QStringLiteral("redis"), 6379},
             {QStringLiteral("api"), 8000},
             {QStringLiteral("admin"), 8080}},
            QStringLiteral("blihops_db")));
        repository.add(makeEnvironment(QStringLiteral("staging"), Tier::Staging, localEngine,
                                       dir.filePath(QStringLiteral("docker-compose.staging.yml")),
                                       QStringLiteral("blihops-staging"),
                                       {{QStringLiteral("postgres"), 5433},
                                        {QStringLiteral("redis"), 6380},
                                        {QStringLiteral("api"), 8001},
                                        {QStringLiteral("admin"), 8081}},
                                       QStringLiteral("blihops_staging_db")));
        // Production lives on a VPS the user names; until then its engine stays unset.
        repository.add(makeEnvironment(
            QStringLiteral("production"), Tier::Production, QString(),
            dir.filePath(QStringLiteral("docker-compose.yml")), QStringLiteral("blihops"),
            {{QStringLiteral("api"), 8000}, {QStringLiteral("admin"), 8080}},
            QStringLiteral("blihops")));
        added = true;
    });
    if (added)
        qCInfo(lcWorkspace) << "added the built-in BlihOps profile from" << directory;
    return added;
}

} // namespace blihops
