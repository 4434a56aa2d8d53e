#include "BackupStatusCommand.h"

#include "BackupCli.h"
#include "CliContext.h"
#include "backup/BackupHealthLog.h"
#include "backup/BackupJobRepository.h"
#include "backup/BackupStatus.h"
#include "util/ExitCode.h"
#include "workspace/EnvironmentRepository.h"

#include <QJsonArray>
#include <QMap>

namespace blihops::cli {

QList<QCommandLineOption> BackupStatusCommand::options() const
{
    return {CliContext::trustHostKeyOption()};
}

int BackupStatusCommand::run(CliContext &context, const QCommandLineParser &parser,
                             const QStringList &positional)
{
    QMap<QString, QList<BackupJob>> byEnvironment;
    for (const BackupJob &job : BackupJobRepository(context.workspace()).list(positional.value(0)))
        byEnvironment[job.environment] << job;
    EnvironmentRepository environments(context.workspace());
    QJsonArray jobs;
    QJsonArray unreachable;
    bool alerting = false;
    QTextStream &out = context.out();
    for (auto it = byEnvironment.cbegin(); it != byEnvironment.cend(); ++it) {
        const Environment environment = environments.get(it.key());
        try {
            BackupHost host = BackupCli::connect(parser, environment);
            const QString zone = host.zone();
            QList<BackupStatus> statuses;
            for (const BackupJob &job : it.value())
                statuses << BackupStatus::of(host, job, zone);
            // What was found, for the dashboards (which never reach the hosts themselves).
            BackupHealthLog(context.workspace()).record(environment.name, statuses);
            for (const BackupStatus &status : std::as_const(statuses)) {
                const BackupJob &job = status.job;
                alerting = alerting || !status.alerts.isEmpty();
                jobs.append(status.toJson());
                if (context.json())
                    continue;
                out << QStringLiteral("%1/%2: %3")
                           .arg(job.environment, job.name,
                                status.alerts.isEmpty() ? QStringLiteral("ok")
                                                        : QStringLiteral("ALERT"));
                if (status.lastRun)
                    out << QStringLiteral(", last run %1 %2")
                               .arg(status.lastRun->started.toUTC().toString(Qt::ISODate),
                                    status.lastRun->ok ? QStringLiteral("ok")
                                                       : QStringLiteral("failed"));
                if (status.nextRun.isValid())
                    out << QStringLiteral(", next %1").arg(status.nextRun.toString(Qt::ISODate));
                if (status.lastVerification)
                    out << QStringLiteral(", verified on the host %1 %2")
                               .arg(status.lastVerification->started.toUTC().toString(Qt::ISODate),
                                    status.lastVerification->ok ? QStringLiteral("ok")
                                                                : QStringLiteral("FAILED"));
                out << '\n';
                for (const BackupAlerts::Alert &alert : status.alerts)
                    out << "  " << BackupAlerts::kindKey(alert.kind) << ": " << alert.message
                        << '\n';
            }
        } catch (const Error &error) {
            if (error.kind() != ErrorKind::Unreachable &&
                error.kind() != ErrorKind::UntrustedHostKey &&
                error.kind() != ErrorKind::ChangedHostKey)
                throw;
            unreachable.append(QJsonObject{{QStringLiteral("environment"), environment.name},
                                           {QStringLiteral("error"), error.message()}});
            if (!context.json())
                out << QStringLiteral("%1: UNREACHABLE: %2\n")
                           .arg(environment.name, error.message());
        }
    }
    if (context.json())
        context.printJson({{QStringLiteral("ok"), !alerting && unreachable.isEmpty()},
                           {QStringLiteral("jobs"), jobs},
                           {QStringLiteral("unreachable"), unreachable}});
    else if (byEnvironment.isEmpty())
        out << "No backup jobs.\n";
    if (alerting)
        return ExitCheckFailed;
    return unreachable.isEmpty() ? ExitOk : ExitUnreachable;
}

} // namespace blihops::cli
