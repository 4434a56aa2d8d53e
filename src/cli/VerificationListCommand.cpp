#include "VerificationListCommand.h"

#include "CliContext.h"
#include "util/ExitCode.h"
#include "verify/VerificationRepository.h"
#include "workspace/EnvironmentRepository.h"

#include <QJsonArray>
#include <limits>

namespace blihops::cli {

int VerificationListCommand::run(CliContext &context, const QCommandLineParser &,
                                 const QStringList &positional)
{
    const QString environment = positional.value(0);
    // A misspelt name should say so rather than list nothing.
    if (!environment.isEmpty())
        EnvironmentRepository(context.workspace()).get(environment);
    const QList<VerificationRepository::Entry> entries =
        VerificationRepository(context.workspace())
            .list(environment, std::numeric_limits<int>::max());
    const auto when = [](const VerificationRepository::Entry &entry) {
        return entry.finishedAt.toUTC().toString(Qt::ISODate);
    };
    if (context.json()) {
        QJsonArray array;
        for (const VerificationRepository::Entry &entry : entries) {
            array.append(QJsonObject{{QStringLiteral("id"), entry.id},
                                     {QStringLiteral("environment"), entry.environment},
                                     {QStringLiteral("backup"), entry.backup},
                                     {QStringLiteral("when"), when(entry)},
                                     {QStringLiteral("who"), entry.actor},
                                     {QStringLiteral("ok"), entry.ok},
                                     {QStringLiteral("proven"), entry.proven}});
        }
        context.printJson({{QStringLiteral("verifications"), array}});
        return ExitOk;
    }
    QTextStream &out = context.out();
    out << QStringLiteral("ID").leftJustified(5) << ' '
        << QStringLiteral("ENVIRONMENT").leftJustified(14) << ' '
        << QStringLiteral("WHEN").leftJustified(20) << ' '
        << QStringLiteral("RESULT").leftJustified(12) << ' '
        << QStringLiteral("WHO").leftJustified(16) << " BACKUP\n";
    for (const VerificationRepository::Entry &entry : entries) {
        const QString result = QLatin1String(entry.ok ? "pass" : "fail") +
                               QLatin1String(entry.proven ? "" : " unproven");
        out << QString::number(entry.id).leftJustified(5) << ' '
            << entry.environment.leftJustified(14) << ' ' << when(entry).leftJustified(20) << ' '
            << result.leftJustified(12) << ' ' << entry.actor.leftJustified(16) << ' '
            << entry.backup << '\n';
    }
    out.flush();
    return ExitOk;
}

} // namespace blihops::cli
