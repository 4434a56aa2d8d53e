#include "BackupPruneCommand.h"

#include "ActionRunner.h"
#include "BackupCli.h"
#include "CliContext.h"
#include "backup/BackupPruner.h"
#include "workspace/EnvironmentRepository.h"

#include <QJsonArray>

namespace blihops::cli {

namespace {

const QCommandLineOption kDryRun(QStringLiteral("dry-run"),
                                 QStringLiteral("Only list what would be deleted, and why."));

QJsonArray decisions(const QString &folder, const QList<RetentionPlanner::Decision> &list)
{
    QJsonArray array;
    for (const RetentionPlanner::Decision &decision : list) {
        array.append(QJsonObject{
            {QStringLiteral("path"), folder + QLatin1Char('/') + decision.file},
            {QStringLiteral("id"), decision.id},
            {QStringLiteral("size"), double(decision.size)},
            {QStringLiteral("reason"), decision.reason},
        });
    }
    return array;
}

QJsonArray paths(const QString &folder, const QStringList &names)
{
    QJsonArray array;
    for (const QString &name : names)
        array.append(folder + QLatin1Char('/') + name);
    return array;
}

} // namespace

QList<QCommandLineOption> BackupPruneCommand::options() const
{
    return {BackupCli::jobOption(), kDryRun, ActionRunner::confirmOption(),
            CliContext::trustHostKeyOption()};
}

int BackupPruneCommand::run(CliContext &context, const QCommandLineParser &parser,
                            const QStringList &positional)
{
    const Environment environment =
        EnvironmentRepository(context.workspace()).get(positional.at(0));
    const QList<BackupJob> jobs = BackupCli::jobs(context, parser, environment);
    const bool dryRun = parser.isSet(kDryRun);
    if (!dryRun)
        ActionRunner::confirmProduction(parser, environment, QStringLiteral("backup prune"));
    QJsonArray results;
    QTextStream &out = context.out();
    if (!jobs.isEmpty()) {
        BackupHost host = BackupCli::connect(parser, environment);
        for (const BackupJob &job : jobs) {
            QJsonArray folders;
            for (const BackupPruner::Result &result : BackupPruner::prune(host, job, dryRun)) {
                const RetentionPlanner::Plan &plan = result.plan;
                folders.append(QJsonObject{
                    {QStringLiteral("folder"), result.folder},
                    {QStringLiteral("remove"), decisions(result.folder, plan.remove)},
                    {QStringLiteral("keep"), decisions(result.folder, plan.keep)},
                    {QStringLiteral("mismatched"), decisions(result.folder, plan.mismatched)},
                    {QStringLiteral("unknown"), paths(result.folder, plan.unknownFiles)},
                    {QStringLiteral("missing"), paths(result.folder, plan.missingFiles)},
                    {QStringLiteral("deleted"), QJsonArray::fromStringList(result.deleted)},
                });
                if (context.json())
                    continue;
                for (const RetentionPlanner::Decision &decision : plan.remove)
                    out << (dryRun ? "would delete " : "deleted ") << result.folder << '/'
                        << decision.file << "  (" << decision.reason << ")\n";
                for (const RetentionPlanner::Decision &decision : plan.keep)
                    out << "keep " << result.folder << '/' << decision.file << "  ("
                        << decision.reason << ")\n";
                for (const RetentionPlanner::Decision &decision : plan.mismatched)
                    out << "keep " << result.folder << '/' << decision.file << "  ("
                        << decision.reason << ")\n";
                for (const QString &name : plan.unknownFiles)
                    out << "keep " << result.folder << '/' << name
                        << "  (not in the manifest: never deleted)\n";
            }
            const QJsonObject entry = {{QStringLiteral("job"), job.name},
                                       {QStringLiteral("folders"), folders}};
            if (!dryRun)
                BackupCli::audit(context, QStringLiteral("backup.prune"), job, entry);
            results.append(entry);
        }
    }
    if (context.json())
        context.printJson({{QStringLiteral("environment"), environment.name},
                           {QStringLiteral("dry_run"), dryRun},
                           {QStringLiteral("jobs"), results}});
    return 0;
}

} // namespace blihops::cli
