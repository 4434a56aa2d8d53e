#include "BackupListCommand.h"

#include "BackupCli.h"
#include "CliContext.h"
#include "verify/VerificationRepository.h"
#include "workspace/EnvironmentRepository.h"

#include <QJsonArray>
#include <QLocale>
#include <algorithm>

namespace blihops::cli {

QList<QCommandLineOption> BackupListCommand::options() const
{
    return {BackupCli::jobOption(), CliContext::trustHostKeyOption()};
}

int BackupListCommand::run(CliContext &context, const QCommandLineParser &parser,
                           const QStringList &positional)
{
    const Environment environment =
        EnvironmentRepository(context.workspace()).get(positional.at(0));
    const QList<BackupJob> jobs = BackupCli::jobs(context, parser, environment);
    QList<BackupCatalog::Entry> entries;
    QList<BackupCatalog::Folder> allFolders;
    if (!jobs.isEmpty()) {
        BackupHost host = BackupCli::connect(parser, environment);
        for (const BackupJob &job : jobs) {
            const QList<BackupCatalog::Folder> folders = BackupCatalog::read(host, job);
            BackupCli::warnProblems(folders);
            entries << BackupCatalog::entries(folders);
            allFolders << folders;
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        return a.record.started < b.record.started;
    });
    const QHash<QString, QDateTime> verified =
        VerificationRepository(context.workspace()).verifiedAt(environment.name, allFolders);
    if (context.json()) {
        QJsonArray list;
        for (const BackupCatalog::Entry &entry : std::as_const(entries))
            list.append(BackupCli::backupJson(entry, verified.value(entry.record.id)));
        context.printJson({{QStringLiteral("backups"), list}});
        return 0;
    }
    QTextStream &out = context.out();
    if (entries.isEmpty())
        out << "No backups.\n";
    for (const BackupCatalog::Entry &entry : std::as_const(entries)) {
        const BackupRecord &record = entry.record;
        out << QStringLiteral("%1  %2  %3  %4  ")
                   .arg(record.started.toUTC().toString(Qt::ISODate), record.job,
                        BackupRecord::kindKey(record.kind), record.id);
        if (record.ok)
            out << QStringLiteral("ok  %1  sha256 %2  %3%4\n")
                       .arg(QLocale::c().formattedDataSize(record.size), record.sha256,
                            entry.path(),
                            verified.contains(record.id)
                                ? QStringLiteral("  verified ") +
                                      verified.value(record.id).toString(Qt::ISODate)
                                : QString());
        else
            out << QStringLiteral("FAILED  %1\n").arg(record.error);
    }
    return 0;
}

} // namespace blihops::cli
