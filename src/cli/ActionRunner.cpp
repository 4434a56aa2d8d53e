#include "ActionRunner.h"

#include "CliContext.h"
#include "Interrupt.h"
#include "util/BlockingWait.h"
#include "util/ExitCode.h"
#include "workspace/Tier.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <unistd.h>

namespace blihops::cli {

QCommandLineOption ActionRunner::confirmOption()
{
    return {QStringLiteral("confirm"),
            QStringLiteral("The environment's name: a destructive action on production runs "
                           "only with it (typed at a terminal otherwise)."),
            QStringLiteral("NAME")};
}

namespace {

const QCommandLineOption kTimeout(QStringLiteral("timeout"),
                                  QStringLiteral("Seconds the health gate waits (default: the "
                                                 "environment's, 120 unless set)."),
                                  QStringLiteral("S"));
const QCommandLineOption kNoWait(QStringLiteral("no-wait"),
                                 QStringLiteral("Do not wait for the services to be healthy."));

} // namespace

QList<QCommandLineOption> ActionRunner::gateOptions()
{
    return {kTimeout, kNoWait};
}

void ActionRunner::applyGateOptions(const QCommandLineParser &parser, Action::Request &request)
{
    request.wait = !parser.isSet(kNoWait);
    if (!parser.isSet(kTimeout))
        return;
    bool isNumber = false;
    request.timeoutSeconds = parser.value(kTimeout).toInt(&isNumber);
    if (!isNumber || request.timeoutSeconds < 1) {
        throw Error(ErrorKind::BadInput, QStringLiteral("--timeout \"%1\" is not a number of "
                                                        "seconds.")
                                             .arg(parser.value(kTimeout)));
    }
}

QString ActionRunner::confirmProduction(const QCommandLineParser &parser,
                                        const Environment &environment, const QString &what)
{
    if (environment.tier != Tier::Production)
        return {};
    QString confirmation;
    if (parser.isSet(confirmOption())) {
        confirmation = parser.value(confirmOption());
    } else if (isatty(STDIN_FILENO)) {
        QTextStream err(stderr);
        err << QStringLiteral("%1 is a production environment. Type its name to go on: ")
                   .arg(environment.name);
        err.flush();
        confirmation = QTextStream(stdin).readLine().trimmed();
    }
    if (confirmation != environment.name) {
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("%1 is a production environment: %2 needs --confirm %1 "
                                   "(or its name typed at a terminal). Nothing was changed.")
                        .arg(environment.name, what));
    }
    return confirmation;
}

int ActionRunner::run(CliContext &context, const QCommandLineParser &parser,
                      const Environment &environment, Action::Request request,
                      const HostKeyStore &keys)
{
    QTextStream err(stderr);
    // Asked once: a command that must ask before its own preparations has done so.
    if (Action::isDestructive(request) && request.confirmation.isEmpty())
        request.confirmation =
            confirmProduction(parser, environment, Action::kindKey(request.kind));
    Action action(environment, request, keys);
    QObject::connect(&action, &Action::outputLine, [&err](const QString &line) {
        err << line << '\n';
        err.flush();
    });
    // Ctrl+C cancels as the GUI's Cancel does: compose on the host is interrupted too.
    Interrupt interrupt;
    QObject::connect(&interrupt, &Interrupt::interrupted, &action, &Action::cancel);
    BlockingWait::until(
        &action, &Action::finished, [&action] { action.start(); },
        [&action] { return action.isFinished(); });
    // A refusal before anything ran is one line, as every other error.
    if (const std::optional<Error> error = action.error();
        error && action.exitCode() < 0 && !context.json())
        throw *error;
    Action::record(context.workspace(), action.audit());
    if (context.json())
        context.printJson(action.summary());
    if (action.state() == Action::State::Succeeded)
        return ExitOk;
    if (action.state() == Action::State::Cancelled && interrupt.happened())
        return Interrupt::kExitCode;
    if (const std::optional<Error> error = action.error())
        return exitCodeFor(error->kind());
    return ExitCheckFailed;
}

} // namespace blihops::cli
