#include "StreamImportCommand.h"

#include "CliContext.h"
#include "streams/StreamRepository.h"
#include "util/ExitCode.h"

#include <QJsonArray>

namespace blihops::cli {

int StreamImportCommand::run(CliContext &context, const QCommandLineParser &,
                             const QStringList &positional)
{
    StreamRepository streams(context.workspace());
    QJsonArray imported;
    QTextStream &out = context.out();
    for (const QString &path : positional) {
        const StreamRepository::Imported result = streams.import(path);
        QJsonObject object = result.snapshot.toJson();
        object.insert(QStringLiteral("unchanged"), result.unchanged);
        imported.append(object);
        if (!context.json()) {
            const StreamSnapshot &snapshot = result.snapshot;
            out << "stream " << snapshot.stream << " (" << snapshot.title << "): " << snapshot.done
                << " of " << snapshot.total << " items ticked, " << snapshot.contradictions
                << " contradiction(s)" << (result.unchanged ? ", unchanged since last import" : "")
                << '\n';
        }
    }
    if (context.json())
        context.printJson({{QStringLiteral("imported"), imported}});
    out.flush();
    return ExitOk;
}

} // namespace blihops::cli
