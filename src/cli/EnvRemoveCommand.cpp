#include "EnvRemoveCommand.h"

#include "CliContext.h"
#include "workspace/EnvironmentRepository.h"

namespace blihops::cli {

QList<QCommandLineOption> EnvRemoveCommand::options() const
{
    return {{QStringLiteral("confirm"),
             QStringLiteral("Required for a production environment: its name, typed "
                            "again."),
             QStringLiteral("NAME")}};
}

int EnvRemoveCommand::run(CliContext &context, const QCommandLineParser &parser,
                          const QStringList &positional)
{
    const QString name = positional.at(0);
    EnvironmentRepository repository(context.workspace());
    const Environment environment = repository.get(name);
    if (environment.tier == Tier::Production && parser.value(QStringLiteral("confirm")) != name) {
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("\"%1\" is a production environment: repeat its name with "
                                   "--confirm %1 to remove it.")
                        .arg(name));
    }
    repository.remove(name);
    if (context.json())
        context.printJson({{"removed", name}});
    else
        context.out() << "Removed environment " << name << '\n';
    return 0;
}

} // namespace blihops::cli
