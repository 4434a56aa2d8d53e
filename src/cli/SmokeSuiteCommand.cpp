#include "SmokeSuiteCommand.h"

#include "CliContext.h"
#include "checks/SmokeRunner.h"
#include "checks/SmokeSuite.h"
#include "checks/SmokeSuiteRepository.h"
#include "util/ExitCode.h"
#include "workspace/EnvironmentRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace blihops::cli {

namespace {

const QCommandLineOption kSet(QStringLiteral("set"),
                              QStringLiteral("Replace the suite with the checks in this JSON file "
                                             "(the \"checks\" array this command prints)."),
                              QStringLiteral("FILE"));
const QCommandLineOption kReset(QStringLiteral("reset"),
                                QStringLiteral("Forget the edited suite: run the derived one."));

QList<SmokeCheck> readChecks(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("Cannot read %1: %2.").arg(path, file.errorString()));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (document.isNull()) {
        throw Error(ErrorKind::BadInput, QStringLiteral("%1 is not JSON: %2 at byte %3.")
                                             .arg(path, error.errorString())
                                             .arg(error.offset));
    }
    const QJsonArray checks = document.isArray()
                                  ? document.array()
                                  : document.object().value(QStringLiteral("checks")).toArray();
    if (!document.isArray() && !document.object().value(QStringLiteral("checks")).isArray()) {
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("%1 has no \"checks\" array: start from `blihopsctl --json "
                                   "smoke suite ENV`.")
                        .arg(path));
    }
    return SmokeSuite::fromJson(checks);
}

} // namespace

QList<QCommandLineOption> SmokeSuiteCommand::options() const
{
    return {kSet, kReset};
}

int SmokeSuiteCommand::run(CliContext &context, const QCommandLineParser &parser,
                           const QStringList &positional)
{
    const QString name = positional.at(0);
    SmokeSuiteRepository repository(context.workspace());
    if (parser.isSet(kSet) && parser.isSet(kReset))
        throw Error(ErrorKind::BadInput, QStringLiteral("Give --set or --reset, not both."));
    if (parser.isSet(kSet))
        repository.save(name, readChecks(parser.value(kSet)));
    else if (parser.isSet(kReset))
        repository.reset(name);

    const Environment environment = EnvironmentRepository(context.workspace()).get(name);
    const auto stored = repository.get(name);
    const QList<SmokeCheck> checks = SmokeRunner::suiteFor(context.workspace(), environment);
    if (context.json()) {
        QJsonObject document{{QStringLiteral("environment"), name},
                             {QStringLiteral("edited"), stored.has_value()},
                             {QStringLiteral("checks"), SmokeSuite::toJson(checks)}};
        if (stored)
            document.insert(QStringLiteral("updatedBy"), stored->updatedBy);
        context.printJson(document);
        return ExitOk;
    }
    QTextStream &out = context.out();
    out << name << ": "
        << (stored ? QStringLiteral("edited by %1").arg(stored->updatedBy)
                   : QStringLiteral("derived from the compose files"))
        << '\n';
    for (const SmokeCheck &check : checks) {
        out << (check.enabled ? "  " : "- ") << check.name.leftJustified(22) << ' '
            << SmokeCheck::kindKey(check.kind).leftJustified(17) << ' ' << check.target() << '\n';
    }
    out.flush();
    return ExitOk;
}

} // namespace blihops::cli
