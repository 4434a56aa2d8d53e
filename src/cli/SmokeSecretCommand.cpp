#include "SmokeSecretCommand.h"

#include "CliContext.h"
#include "checks/Credentials.h"
#include "util/ExitCode.h"
#include "workspace/EnvironmentRepository.h"

#include <QTextStream>

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
    // From stdin, never argv: a command line is visible to every user of the machine.
    QTextStream in(stdin);
    const QString secret = in.readLine();
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
