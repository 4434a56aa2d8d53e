#include "backup/BackupSchedule.h"

#include "backup/BackupHost.h"
#include "backup/BackupInstaller.h"
#include "backup/BackupJobRepository.h"
#include "backup/BackupScript.h"
#include "checks/SmokeSuite.h"
#include "compose/ComposeProject.h"
#include "util/Error.h"
#include "workspace/AuditLog.h"
#include "workspace/Workspace.h"

#include <QJsonDocument>

namespace blihops {

namespace {

// A service's mount as a host path: "SRC:DST[:MODE]" with an absolute SRC, or the long form
// with type: bind.
QString bindSource(const ComposeNode &mount)
{
    if (mount.isScalar()) {
        const QString source = mount.text.section(QLatin1Char(':'), 0, 0);
        return mount.text.contains(QLatin1Char(':')) && source.startsWith(QLatin1Char('/'))
                   ? source
                   : QString();
    }
    if (mount.isMapping() && mount.scalar(QStringLiteral("type")) == QLatin1String("bind")) {
        const QString source = mount.scalar(QStringLiteral("source"));
        return source.startsWith(QLatin1Char('/')) ? source : QString();
    }
    return {};
}

} // namespace

BackupSchedule::Sources BackupSchedule::sources(const Environment &environment)
{
    const ComposeProject project =
        ComposeProject::load(environment.composeFiles, environment.envFile);
    Sources sources;
    for (const SmokeCheck &check : SmokeSuite::derive(environment, project)) {
        if (check.kind != SmokeCheck::Kind::Postgres)
            continue;
        QStringList databases{check.database};
        databases << check.databases;
        databases.removeAll(QString());
        databases.removeDuplicates();
        sources.databases.insert(check.service, databases);
    }
    if (const ComposeNode *volumes = project.root().get(QStringLiteral("volumes")))
        sources.volumes = volumes->keys;
    for (const ComposeProject::Service &service : project.services()) {
        const ComposeNode *mounts = service.definition.get(QStringLiteral("volumes"));
        if (!mounts || !mounts->isSequence())
            continue;
        for (const ComposeNode &mount : mounts->children) {
            const QString path = bindSource(mount);
            if (!path.isEmpty() && !sources.paths.contains(path))
                sources.paths << path;
        }
    }
    return sources;
}

QString BackupSchedule::engineVolume(const Environment &environment, const QString &name)
{
    const ComposeProject project =
        ComposeProject::load(environment.composeFiles, environment.envFile);
    const ComposeNode *volumes = project.root().get(QStringLiteral("volumes"));
    const ComposeNode *volume = volumes ? volumes->get(name) : nullptr;
    if (!volume) {
        throw Error(ErrorKind::BadInput,
                    tr("The compose files of %1 declare no volume \"%2\" (they declare: %3). "
                       "Give a declared name or a host path.")
                        .arg(environment.name, name,
                             volumes && !volumes->keys.isEmpty()
                                 ? volumes->keys.join(QStringLiteral(", "))
                                 : tr("none")));
    }
    const QString named = volume->scalar(QStringLiteral("name"));
    if (!named.isEmpty())
        return named;
    const ComposeNode *external = volume->get(QStringLiteral("external"));
    if (external && external->isTrue())
        return name;
    return environment.projectName + QLatin1Char('_') + name;
}

QString BackupSchedule::review(const BackupJob &job, const Environment &environment)
{
    const QString entry =
        BackupInstaller::scheduleEntry(job, BackupHost::dockerHostFor(environment));
    const QString script = BackupScript::generate(job, environment.projectName);
    return QStringLiteral("# Schedule entry (%1)\n%2%3\n# %4 (mode 700)\n%5")
        .arg(BackupJob::schedulerKey(job.scheduler), entry,
             entry.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n"),
             BackupScript::scriptPath(job), script);
}

void BackupSchedule::install(BackupHost &host, const BackupJob &job,
                             const std::optional<BackupJob> &previous,
                             const QString &composeProject)
{
    if (previous && (previous->scheduler != job.scheduler ||
                     BackupScript::scriptPath(*previous) != BackupScript::scriptPath(job)))
        BackupInstaller::remove(host, *previous, false);
    BackupInstaller::install(host, job, composeProject);
}

BackupJob BackupSchedule::save(Workspace &workspace, const BackupJob &job,
                               const QString &originalName, const QString &hostDisplay)
{
    BackupJob saved;
    workspace.inTransaction([&] {
        BackupJobRepository repository(workspace);
        saved = originalName.isEmpty() ? repository.add(job)
                                       : repository.update(job.environment, originalName, job);
        audit(workspace, QStringLiteral("backup.install"), saved,
              {{QStringLiteral("host"), hostDisplay},
               {QStringLiteral("scheduler"), BackupJob::schedulerKey(saved.scheduler)},
               {QStringLiteral("cron"), saved.cron}});
    });
    return saved;
}

void BackupSchedule::audit(Workspace &workspace, const QString &action, const BackupJob &job,
                           const QJsonObject &details)
{
    AuditLog(workspace).record(
        action, job.environment + QLatin1Char('/') + job.name,
        QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
}

} // namespace blihops
