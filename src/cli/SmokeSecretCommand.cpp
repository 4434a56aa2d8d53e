#include "SmokeSecretCommand.h"

#include "CliContext.h"
#include "checks/Credentials.h"
#include "util/ExitCode.h"
#include "workspace/EnvironmentRepository.h"

#include <QTextStream>
#include <termios.h>
#include <unistd.h>

namespace blihops::cli {

namespace {

const QCommandLineOption kForget(QStringLiteral("forget"),
                                 QStringLiteral("Remove the password from the keychain."));

} // namespace

QList<QCommandLineOption> SmokeSecretCommand::options() const
{
    return {kForget};
}

int SmokeSecretCommand::run(CliContext &context, const QCommandLineParser &parser,
                            const QStringList &positional)
{
    // The environment must exist; the secret itself never touches the workspace.
    const QString environment =
        EnvironmentRepository(context.workspace()).get(positional.at(0)).name;
    const QString variable = positional.at(1);
    if (parser.isSet(kForget)) {
        Credentials::forget(environment, variable);
        return ExitOk;
    }
    // From stdin, never argv: a command line is visible to every user of the machine. Typed
    // at a terminal, it is not echoed.
    termios saved{};
    const bool silenced = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (silenced) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        QTextStream(stderr) << "Password for " << variable << " of " << environment << ": "
                            << Qt::flush;
    }
    QTextStream in(stdin);
    const QString secret = in.readLine();
    if (silenced) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        QTextStream(stderr) << '\n';
    }
    if (secret.isEmpty()) {
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("No password on stdin: pipe it in, e.g. `pass show db | "
                                   "blihopsctl smoke secret %1 %2`.")
                        .arg(environment, variable));
    }
    Credentials::store(environment, variable, secret);
    return ExitOk;
}

} // namespace blihops::cli
