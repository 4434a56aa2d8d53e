#include "StreamListCommand.h"

#include "CliContext.h"
#include "streams/StreamRepository.h"
#include "util/ExitCode.h"

#include <QJsonArray>

namespace blihops::cli {

int StreamListCommand::run(CliContext &context, const QCommandLineParser &, const QStringList &)
{
    StreamRepository streams(context.workspace());
    const QList<StreamSnapshot> latest = streams.latest();
    const QHash<QString, QList<StreamSnapshot>> histories = streams.histories();
    if (context.json()) {
        QJsonArray array;
        for (const StreamSnapshot &snapshot : latest) {
            QJsonObject object = snapshot.toJson();
            object.insert(QStringLiteral("snapshots"),
                          int(histories.value(snapshot.stream).size()));
            array.append(object);
        }
        context.printJson({{QStringLiteral("streams"), array}});
        return ExitOk;
    }
    QTextStream &out = context.out();
    out << QStringLiteral("STREAM").leftJustified(8) << ' '
        << QStringLiteral("DONE").leftJustified(9) << ' '
        << QStringLiteral("COMPLETE").leftJustified(9) << ' '
        << QStringLiteral("CONTRADICTIONS").leftJustified(15) << ' '
        << QStringLiteral("IMPORTS").leftJustified(8) << " TITLE\n";
    for (const StreamSnapshot &snapshot : latest) {
        const std::optional<double> completion = snapshot.completion();
        out << snapshot.stream.leftJustified(8) << ' '
            << QStringLiteral("%1/%2").arg(snapshot.done).arg(snapshot.total).leftJustified(9)
            << ' '
            << (completion ? QString::number(*completion, 'f', 1) + QLatin1Char('%')
                           : QStringLiteral("-"))
                   .leftJustified(9)
            << ' ' << QString::number(snapshot.contradictions).leftJustified(15) << ' '
            << QString::number(histories.value(snapshot.stream).size()).leftJustified(8) << ' '
            << snapshot.title << '\n';
    }
    out.flush();
    return ExitOk;
}

} // namespace blihops::cli
