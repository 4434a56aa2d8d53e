#include "VerifyCommand.h"

#include "ActionRunner.h"
#include "BackupCli.h"
#include "CliContext.h"
#include "util/ExitCode.h"
#include "verify/RestoreVerification.h"
#include "verify/ScratchDatabase.h"
#include "verify/VerificationRepository.h"
#include "verify/VerificationSetup.h"
#include "workspace/AuditLog.h"
#include "workspace/EnvironmentRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <atomic>
#include <csignal>

namespace blihops::cli {

namespace {

const QCommandLineOption kTarget(QStringLiteral("target"),
                                 QStringLiteral("Restore into a scratch database on the "
                                                "environment's own PostgreSQL server (scratch, "
                                                "the default) or on ENV2's."),
                                 QStringLiteral("scratch|ENV2"), QStringLiteral("scratch"));
const QCommandLineOption kKeep(QStringLiteral("keep"),
                               QStringLiteral("Leave the scratch database in place afterwards."));
const QCommandLineOption kOnHost(QStringLiteral("on-host"),
                                 QStringLiteral("FILE is a path on the environment's host, "
                                                "not on this machine."));
const QCommandLineOption kCleanup(QStringLiteral("cleanup"),
                                  QStringLiteral("First remove the scratch databases earlier "
                                                 "runs left on the target server."));

// The verification under way, for SIGINT: cancel() only sets an atomic flag, which a signal
// handler may do; the verification then stops its step and drops the scratch database.
std::atomic<RestoreVerification *> g_running = nullptr;

void onInterrupt(int)
{
    if (RestoreVerification *verification = g_running.load())
        verification->cancel();
}

class InterruptCancels
{
public:
    explicit InterruptCancels(RestoreVerification &verification)
    {
        g_running = &verification;
        struct sigaction action = {};
        action.sa_handler = onInterrupt;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, &m_previous);
        sigaction(SIGTERM, &action, &m_previousTerm);
    }
    ~InterruptCancels()
    {
        sigaction(SIGINT, &m_previous, nullptr);
        sigaction(SIGTERM, &m_previousTerm, nullptr);
        g_running = nullptr;
    }
    InterruptCancels(const InterruptCancels &) = delete;
    InterruptCancels &operator=(const InterruptCancels &) = delete;

private:
    struct sigaction m_previous = {};
    struct sigaction m_previousTerm = {};
};

void printReport(QTextStream &out, const VerifyReport &report)
{
    out << (report.ok() ? "PASS" : "FAIL") << "  " << report.environment << "  " << report.backup
        << (report.proven ? ""
                          : "  (no manifest: equality not proven; figures stored as the "
                            "baseline)")
        << '\n';
    for (const VerifyStep &step : report.steps) {
        out << QStringLiteral("  %1 %2 %3 ms  %4\n")
                   .arg(VerifyStep::kindKey(step.kind).leftJustified(9),
                        VerifyStep::stateKey(step.state).leftJustified(9))
                   .arg(step.durationMs, 7)
                   .arg(step.detail);
    }
    if (!report.tables.isEmpty())
        out << "tables (rows expected/restored):\n";
    for (const VerifyReport::Table &table : report.tables) {
        const auto rows = [](const std::optional<qint64> &value) {
            return value ? QString::number(*value) : QStringLiteral("-");
        };
        out << QStringLiteral("  %1 %2.%3  %4/%5\n")
                   .arg(!report.proven    ? QStringLiteral("    ")
                        : table.matches() ? QStringLiteral("ok  ")
                                          : QStringLiteral("DIFF"),
                        table.schema, table.name, rows(table.rowsExpected),
                        rows(table.rowsRestored));
    }
    if (!report.objects.isEmpty()) {
        out << "objects (dump/restored):";
        for (auto it = report.objects.cbegin(); it != report.objects.cend(); ++it)
            out << ' ' << it.key() << ' ' << it->dump << '/' << it->restored;
        out << '\n';
    }
    for (const auto &[label, list] :
         {std::pair("missing", &report.missing), std::pair("extra", &report.extra),
          std::pair("changed", &report.changed)}) {
        for (const QString &path : *list)
            out << "  " << label << ' ' << path << '\n';
    }
    for (const QString &error : report.errors)
        out << "error: " << error << '\n';
}

} // namespace

QList<QCommandLineOption> VerifyCommand::options() const
{
    return {kTarget,
            kKeep,
            kOnHost,
            kCleanup,
            ActionRunner::confirmOption(),
            CliContext::trustHostKeyOption()};
}

int VerifyCommand::run(CliContext &context, const QCommandLineParser &parser,
                       const QStringList &positional)
{
    EnvironmentRepository environments(context.workspace());
    const Environment environment = environments.get(positional.at(0));
    const QString what = positional.value(1);
    if (what.isEmpty() && !parser.isSet(kCleanup)) {
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("verify needs a BACKUP (an id from `blihopsctl backup list "
                                   "%1`) or a dump or archive FILE, or --cleanup.")
                        .arg(environment.name));
    }
    const bool onHost = parser.isSet(kOnHost);
    if (onHost && what.isEmpty()) {
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("--on-host needs the FILE's path on the host of %1.")
                        .arg(environment.name));
    }
    const bool isFile = onHost || (!what.isEmpty() && QFileInfo(what).isFile());
    const QString targetName = parser.value(kTarget);
    const Environment target =
        targetName == QLatin1String("scratch") ? environment : environments.get(targetName);
    std::optional<BackupHost> sourceHost;
    std::optional<VerificationSetup::Backup> backup;
    if (onHost || (!what.isEmpty() && !isFile))
        sourceHost.emplace(BackupCli::connect(parser, environment));
    if (!what.isEmpty() && !isFile) {
        const auto [job, entry] = BackupCli::findBackup(context, *sourceHost, environment, what);
        backup = VerificationSetup::Backup{job, entry};
    }
    VerificationSetup setup(
        environment, target, std::move(sourceHost), backup, {isFile ? what : QString(), onHost},
        [&parser](const Environment &other) { return BackupCli::connect(parser, other); });
    // A scratch database is written on the target's server: on production, after its name.
    if (!setup.storage())
        ActionRunner::confirmProduction(parser, target,
                                        QStringLiteral("a restore verification on its server"));

    QTextStream err(stderr);
    QJsonArray removed;
    if (!setup.storage()) {
        const PostgresContainer server = setup.server();
        for (const QString &leftover : ScratchDatabase::leftovers(server)) {
            if (!parser.isSet(kCleanup)) {
                err << QStringLiteral("blihopsctl: warning: %1 on the server of %2 was left by "
                                      "an earlier verification: --cleanup removes it\n")
                           .arg(leftover, target.name);
                continue;
            }
            const QString error = ScratchDatabase::drop(server, leftover);
            if (!error.isEmpty())
                throw Error(ErrorKind::Unreachable, error);
            err << QStringLiteral("Removed %1, left by an earlier verification.\n").arg(leftover);
            removed.append(leftover);
        }
    }
    err.flush();
    if (parser.isSet(kCleanup)) {
        AuditLog(context.workspace())
            .record(
                QStringLiteral("verify.cleanup"), target.name,
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("removed"), removed}})
                                      .toJson(QJsonDocument::Compact)));
    }
    if (what.isEmpty()) {
        if (context.json())
            context.printJson({{QStringLiteral("removed"), removed}});
        else if (removed.isEmpty())
            context.out() << "No scratch databases to remove.\n";
        return ExitOk;
    }

    RestoreVerification verification = setup.verification();
    verification.setKeep(parser.isSet(kKeep));
    // Each step's start and end on stderr: stdout stays the result.
    QList<VerifyStep::State> shown;
    verification.setProgress([&](const VerifyReport &report) {
        for (qsizetype i = 0; i < report.steps.size(); ++i) {
            const VerifyStep &step = report.steps.at(i);
            if (shown.size() <= i)
                shown.append(VerifyStep::State::Pending);
            if (shown.at(i) == step.state)
                continue;
            shown[i] = step.state;
            if (step.state == VerifyStep::State::Running)
                err << VerifyStep::title(step.kind) << "…\n";
            else if (step.finished())
                err << VerifyStep::title(step.kind) << ": " << VerifyStep::stateKey(step.state)
                    << (step.detail.isEmpty() ? QString()
                                              : QStringLiteral(" (%1)").arg(step.detail))
                    << '\n';
        }
        err.flush();
    });
    VerifyReport report;
    {
        const InterruptCancels interrupts(verification);
        report = verification.run();
    }
    // Its id is what a checklist item takes as evidence (verification:ID).
    const qint64 id = VerificationRepository(context.workspace()).record(report);
    if (context.json()) {
        QJsonObject json = report.toJson();
        json.insert(QStringLiteral("id"), double(id));
        context.printJson(json);
    } else {
        printReport(context.out(), report);
        context.out()
            << QStringLiteral("Recorded as verification %1 (evidence: verification:%1).\n").arg(id);
    }
    return report.ok() ? ExitOk : ExitCheckFailed;
}

} // namespace blihops::cli
