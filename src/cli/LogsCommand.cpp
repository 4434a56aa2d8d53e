#include "LogsCommand.h"

#include "CliContext.h"
#include "LogPrinter.h"
#include "logs/LogSession.h"
#include "util/BlockingWait.h"
#include "util/ExitCode.h"
#include "util/LogCategories.h"
#include "workspace/EnvironmentRepository.h"

namespace blihops::cli {

namespace {

const QCommandLineOption kTail({QStringLiteral("tail"), QStringLiteral("n")},
                               QStringLiteral("Only the last N lines of each container, or "
                                              "\"all\" (the default)."),
                               QStringLiteral("N"));
const QCommandLineOption kSince(QStringLiteral("since"),
                                QStringLiteral("Only lines from this time on: a duration before "
                                               "now (10m, 2h, 1d), an RFC 3339 time "
                                               "(2024-05-01T10:00:00Z) or Unix seconds."),
                                QStringLiteral("T"));
const QCommandLineOption kFollow({QStringLiteral("follow"), QStringLiteral("f")},
                                 QStringLiteral("Go on printing what the containers write, until "
                                                "they stop."));
const QCommandLineOption kTimestamps({QStringLiteral("timestamps"), QStringLiteral("t")},
                                     QStringLiteral("Print the engine's time before each line."));
const QCommandLineOption kGrep(QStringLiteral("grep"),
                               QStringLiteral("Only lines that match this regular expression "
                                              "(as grep -E, per stream)."),
                               QStringLiteral("RE"));

int tailOf(const QCommandLineParser &parser)
{
    const QString value = parser.value(kTail);
    if (!parser.isSet(kTail) || value == QLatin1String("all"))
        return -1;
    bool ok = false;
    const int tail = value.toInt(&ok);
    if (!ok || tail < 0) {
        throw Error(
            ErrorKind::BadInput,
            QStringLiteral("--tail takes a number of lines or \"all\", not \"%1\".").arg(value));
    }
    return tail;
}

} // namespace

QList<QCommandLineOption> LogsCommand::options() const
{
    return {kTail, kSince, kFollow, kTimestamps, kGrep, CliContext::trustHostKeyOption()};
}

int LogsCommand::run(CliContext &context, const QCommandLineParser &parser,
                     const QStringList &positional)
{
    if (context.json()) {
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("logs prints the log itself: --json does not apply."));
    }
    LogQuery query;
    query.tail = tailOf(parser);
    query.since = parser.value(kSince);
    query.follow = parser.isSet(kFollow);
    query.times = parser.isSet(kTimestamps);
    LogFilter grep;
    if (parser.isSet(kGrep)) {
        grep =
            LogFilter(parser.value(kGrep), LogFilter::Syntax::RegularExpression, Qt::CaseSensitive);
        if (!grep.isValid() || grep.isEmpty()) {
            throw Error(ErrorKind::BadInput, QStringLiteral("--grep \"%1\" is not a regular "
                                                            "expression: %2.")
                                                 .arg(parser.value(kGrep), grep.errorString()));
        }
    }
    const Environment environment =
        EnvironmentRepository(context.workspace()).get(positional.at(0));
    const HostKeyStore keys =
        CliContext::hostKeys(environment, parser.value(CliContext::trustHostKeyOption()));

    LogSession session(environment, positional.at(1), query, keys);
    std::unique_ptr<LogPrinter> printer;
    QObject::connect(&session, &LogSession::resolved, [&] {
        printer = std::make_unique<LogPrinter>(parser.isSet(kTimestamps), grep,
                                               session.isService() ? session.sourceNames()
                                                                   : QStringList());
    });
    QObject::connect(&session, &LogSession::records, [&](const QList<LogRecord> &records) {
        printer->print(records);
        if (query.follow)
            printer->flush();
    });
    // Cuts and stopped containers are for --verbose: stderr carries the containers' own.
    QObject::connect(&session, &LogSession::notice,
                     [](const QString &message) { qCInfo(lcDocker) << message; });
    // A bad since fails within start(): then there is nothing to wait for.
    BlockingWait::until(
        &session, &LogSession::finished, [&session] { session.start(); },
        [&session] {
            return session.state() == LogSession::State::Ended ||
                   session.state() == LogSession::State::Failed;
        });
    if (printer)
        printer->finish();
    if (const std::optional<Error> failure = session.failure())
        throw *failure;
    return ExitOk;
}

} // namespace blihops::cli
