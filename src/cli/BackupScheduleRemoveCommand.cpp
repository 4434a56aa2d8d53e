#include "BackupScheduleRemoveCommand.h"

#include "ActionRunner.h"
#include "BackupCli.h"
#include "CliContext.h"
#include "backup/BackupInstaller.h"
#include "backup/BackupJobRepository.h"
#include "workspace/EnvironmentRepository.h"

#include <QJsonArray>

namespace blihops::cli {

namespace {

const QCommandLineOption kDeleteBackups(QStringLiteral("delete-backups"),
                                        QStringLiteral("Also delete the job's backups (the "
                                                       "files its manifests name)."));

} // namespace

QList<QCommandLineOption> BackupScheduleRemoveCommand::options() const
{
    return {kDeleteBackups, ActionRunner::confirmOption(), CliContext::trustHostKeyOption()};
}

int BackupScheduleRemoveCommand::run(CliContext &context, const QCommandLineParser &parser,
                                     const QStringList &positional)
{
    const Environment environment =
        EnvironmentRepository(context.workspace()).get(positional.at(0));
    BackupJobRepository repository(context.workspace());
    const BackupJob job = repository.get(environment.name, positional.at(1));
    const bool deleteBackups = parser.isSet(kDeleteBackups);
    if (deleteBackups)
        ActionRunner::confirmProduction(parser, environment,
                                        QStringLiteral("backup schedule remove --delete-backups"));
    BackupHost host = BackupCli::connect(parser, environment);
    const BackupInstaller::Removal removal = BackupInstaller::remove(host, job, deleteBackups);
    const QJsonObject document = {
        {QStringLiteral("environment"), job.environment},
        {QStringLiteral("job"), job.name},
        {QStringLiteral("host"), host.display()},
        {QStringLiteral("delete_backups"), deleteBackups},
        {QStringLiteral("deleted"), QJsonArray::fromStringList(removal.deleted)},
        {QStringLiteral("kept"), QJsonArray::fromStringList(removal.kept)},
    };
    context.workspace().inTransaction([&] {
        repository.remove(environment.name, job.name);
        BackupCli::audit(context, QStringLiteral("backup.remove"), job, document);
    });
    if (context.json()) {
        context.printJson(document);
        return 0;
    }
    QTextStream &out = context.out();
    out << QStringLiteral("Removed %1/%2 from %3").arg(job.environment, job.name, host.display());
    out << (deleteBackups ? QStringLiteral(", %1 files deleted.\n").arg(removal.deleted.size())
                          : QStringLiteral("; its backups stay on the host.\n"));
    for (const QString &kept : removal.kept)
        out << QStringLiteral("Kept (not in the manifest): %1\n").arg(kept);
    return 0;
}

} // namespace blihops::cli
