#include "CommandLine.h"

#include "BackupDownloadCommand.h"
#include "BackupListCommand.h"
#include "BackupPruneCommand.h"
#include "BackupRunCommand.h"
#include "BackupScheduleInstallCommand.h"
#include "BackupScheduleListCommand.h"
#include "BackupScheduleRemoveCommand.h"
#include "BackupScheduleShowCommand.h"
#include "BackupStatusCommand.h"
#include "ChecklistExportCommand.h"
#include "ChecklistListCommand.h"
#include "ChecklistReopenCommand.h"
#include "ChecklistRunCommand.h"
#include "ChecklistSetCommand.h"
#include "ChecklistShowCommand.h"
#include "ChecklistSignCommand.h"
#include "ChecklistStartCommand.h"
#include "ChecklistTemplatesCommand.h"
#include "ChecklistTieCommand.h"
#include "ChecklistWaiveCommand.h"
#include "CliContext.h"
#include "ContainerActionCommand.h"
#include "EnvActionCommand.h"
#include "EnvAddCommand.h"
#include "EnvConflictsCommand.h"
#include "EnvListCommand.h"
#include "EnvRemoveCommand.h"
#include "EnvShowCommand.h"
#include "EnvStatusCommand.h"
#include "EnvVarsCommand.h"
#include "LintCommand.h"
#include "LintSilenceCommand.h"
#include "LintUnsilenceCommand.h"
#include "LogsCommand.h"
#include "SmokeCommand.h"
#include "SmokeHistoryCommand.h"
#include "SmokeSecretCommand.h"
#include "SmokeSuiteCommand.h"
#include "StreamImportCommand.h"
#include "StreamListCommand.h"
#include "StreamReportCommand.h"
#include "VerificationExportCommand.h"
#include "VerificationListCommand.h"
#include "VerifyCommand.h"
#include "VersionCommand.h"
#include "util/ExitCode.h"
#include "util/Logging.h"

#include <QTextStream>

namespace blihops::cli {

namespace {

const QCommandLineOption kWorkspace(QStringLiteral("workspace"),
                                    QStringLiteral("Workspace: a SQLite file or a postgresql:// "
                                                   "URL (default: BLIHOPS_WORKSPACE, else the "
                                                   "user's own workspace file)."),
                                    QStringLiteral("PATH|URL"));
const QCommandLineOption kJson(QStringLiteral("json"),
                               QStringLiteral("Print one JSON document on stdout."));
const QCommandLineOption kVerbose(QStringLiteral("verbose"), QStringLiteral("Also log to stderr."));
const QCommandLineOption kHelp({QStringLiteral("h"), QStringLiteral("help")},
                               QStringLiteral("Show help."));

int fail(int code, const QString &message)
{
    QTextStream(stderr) << "blihopsctl: " << message << '\n';
    return code;
}

} // namespace

// The words of argv that are not options or option values.
QStringList CommandLine::words(const QStringList &arguments) const
{
    QStringList withValue = {QLatin1String("--") + kWorkspace.names().first()};
    for (const auto &command : m_commands) {
        for (const QCommandLineOption &option : command->options()) {
            if (option.valueName().isEmpty())
                continue;
            for (const QString &name : option.names())
                withValue << (name.size() == 1 ? QLatin1String("-") : QLatin1String("--")) + name;
        }
    }
    QStringList result;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument.startsWith(QLatin1Char('-'))) {
            if (withValue.contains(argument))
                ++i;
            continue;
        }
        result << argument;
    }
    return result;
}

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<VersionCommand>());
    m_commands.push_back(std::make_unique<EnvListCommand>());
    m_commands.push_back(std::make_unique<EnvShowCommand>());
    m_commands.push_back(std::make_unique<EnvStatusCommand>());
    m_commands.push_back(std::make_unique<EnvAddCommand>());
    m_commands.push_back(std::make_unique<EnvRemoveCommand>());
    for (const Action::Kind kind :
         {Action::Kind::Up, Action::Kind::Down, Action::Kind::Restart, Action::Kind::Pull})
        m_commands.push_back(std::make_unique<EnvActionCommand>(kind));
    m_commands.push_back(std::make_unique<EnvConflictsCommand>());
    m_commands.push_back(std::make_unique<EnvVarsCommand>());
    for (const Action::Kind kind : {Action::Kind::StartContainer, Action::Kind::StopContainer,
                                    Action::Kind::RestartContainer, Action::Kind::KillContainer})
        m_commands.push_back(std::make_unique<ContainerActionCommand>(kind));
    m_commands.push_back(std::make_unique<LintCommand>());
    m_commands.push_back(std::make_unique<LintSilenceCommand>());
    m_commands.push_back(std::make_unique<LintUnsilenceCommand>());
    m_commands.push_back(std::make_unique<SmokeCommand>());
    m_commands.push_back(std::make_unique<SmokeSuiteCommand>());
    m_commands.push_back(std::make_unique<SmokeHistoryCommand>());
    m_commands.push_back(std::make_unique<SmokeSecretCommand>());
    m_commands.push_back(std::make_unique<LogsCommand>());
    m_commands.push_back(std::make_unique<ChecklistTemplatesCommand>());
    m_commands.push_back(std::make_unique<ChecklistStartCommand>());
    m_commands.push_back(std::make_unique<ChecklistListCommand>());
    m_commands.push_back(std::make_unique<ChecklistShowCommand>());
    m_commands.push_back(std::make_unique<ChecklistSetCommand>());
    m_commands.push_back(std::make_unique<ChecklistRunCommand>());
    m_commands.push_back(std::make_unique<ChecklistTieCommand>());
    m_commands.push_back(std::make_unique<ChecklistWaiveCommand>());
    m_commands.push_back(std::make_unique<ChecklistSignCommand>());
    m_commands.push_back(std::make_unique<ChecklistReopenCommand>());
    m_commands.push_back(std::make_unique<ChecklistExportCommand>());
    m_commands.push_back(std::make_unique<StreamImportCommand>());
    m_commands.push_back(std::make_unique<StreamListCommand>());
    m_commands.push_back(std::make_unique<StreamReportCommand>());
    m_commands.push_back(std::make_unique<BackupScheduleInstallCommand>());
    m_commands.push_back(std::make_unique<BackupScheduleRemoveCommand>());
    m_commands.push_back(std::make_unique<BackupScheduleShowCommand>());
    m_commands.push_back(std::make_unique<BackupScheduleListCommand>());
    m_commands.push_back(std::make_unique<BackupRunCommand>());
    m_commands.push_back(std::make_unique<BackupListCommand>());
    m_commands.push_back(std::make_unique<BackupPruneCommand>());
    m_commands.push_back(std::make_unique<BackupStatusCommand>());
    m_commands.push_back(std::make_unique<BackupDownloadCommand>());
    m_commands.push_back(std::make_unique<VerifyCommand>());
    m_commands.push_back(std::make_unique<VerificationListCommand>());
    m_commands.push_back(std::make_unique<VerificationExportCommand>());
}

bool CommandLine::writesPdf(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--pdf") || argument.startsWith(QLatin1String("--pdf=")) ||
            argument == QLatin1String("--format=pdf") ||
            (argument == QLatin1String("--format") &&
             arguments.value(i + 1) == QLatin1String("pdf")))
            return true;
    }
    return false;
}

QString CommandLine::globalHelp() const
{
    QString text = QStringLiteral(
        "Usage: blihopsctl [--workspace PATH|postgresql://URL] [--json] COMMAND ...\n\n"
        "Drives BlihOps environments from a terminal, cron or CI.\n\nCommands:\n");
    for (const auto &command : m_commands)
        text +=
            QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(23), command->summary());
    text += QStringLiteral("\nOptions:\n  --workspace PATH|URL  %1\n  --json                %2\n"
                           "  --verbose             %3\n\n"
                           "Exit codes: 0 ok, 1 a check failed, 2 bad usage or input, 3 a host "
                           "or server unreachable.\n`blihopsctl COMMAND --help` shows a "
                           "command's options.\n")
                .arg(kWorkspace.description(), kJson.description(), kVerbose.description());
    return text;
}

Command *CommandLine::find(const QStringList &commandWords, qsizetype *used) const
{
    // The longest name first: "backup schedule list" before "backup list".
    for (qsizetype take = std::min<qsizetype>(commandWords.size(), 3); take > 0; --take) {
        const QString candidate = commandWords.mid(0, take).join(QLatin1Char(' '));
        for (const auto &command : m_commands) {
            if (command->name() == candidate) {
                *used = take;
                return command.get();
            }
        }
    }
    return nullptr;
}

int CommandLine::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    const QStringList commandWords = words(args);
    qsizetype used = 0;
    Command *command = find(commandWords, &used);
    if (!command) {
        if (commandWords.isEmpty() || commandWords.first() == QLatin1String("help") ||
            args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
            QTextStream(stdout) << globalHelp();
            return commandWords.isEmpty() && !args.contains(QLatin1String("--help")) &&
                           !args.contains(QLatin1String("-h"))
                       ? ExitBadInput
                       : ExitOk;
        }
        return fail(
            ExitBadInput,
            QStringLiteral("unknown command \"%1\": `blihopsctl --help` lists the commands.")
                .arg(commandWords.mid(0, 2).join(QLatin1Char(' '))));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.addOptions({kWorkspace, kJson, kVerbose, kHelp});
    parser.addOptions(command->options());
    parser.addPositionalArgument(command->name(), QString(), command->name());
    if (!command->arguments().isEmpty())
        parser.addPositionalArgument(command->arguments(), QString());
    if (!parser.parse(arguments))
        return fail(ExitBadInput, parser.errorText() + QStringLiteral(": `blihopsctl ") +
                                      command->name() +
                                      QStringLiteral(" --help` shows the options."));
    if (parser.isSet(kHelp)) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    Logging::install(QStringLiteral("blihopsctl"),
                     parser.isSet(kVerbose) ? Logging::Stderr::On : Logging::Stderr::Off);

    const QStringList positional = parser.positionalArguments().mid(used);
    // "NAME" is required, "[NAME]" optional, "[FILE...]" any number.
    const QStringList names = command->arguments().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const qsizetype required = std::count_if(names.begin(), names.end(), [](const QString &name) {
        return !name.startsWith(QLatin1Char('['));
    });
    const bool unbounded = !names.isEmpty() && names.last().contains(QLatin1String("..."));
    if (positional.size() < required || (!unbounded && positional.size() > names.size())) {
        return fail(ExitBadInput, QStringLiteral("usage: blihopsctl %1 %2")
                                      .arg(command->name(), command->arguments())
                                      .trimmed());
    }
    try {
        CliContext context(parser.value(kWorkspace), parser.isSet(kJson));
        return command->run(context, parser, positional);
    } catch (const Error &error) {
        return fail(exitCodeFor(error.kind()), error.message());
    }
}

} // namespace blihops::cli
