#pragma once

#include "actions/Action.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace blihops::cli {

class CliContext;

// What `env up` and `container stop` share: a destructive action on production asks for
// the environment's name (or takes --confirm), the action runs with its output on stderr,
// its audit entry is written, the summary goes to stdout with --json, and the result becomes
// the exit code (0 succeeded; 1 compose or the gate failed; 2 refused; 3 unreachable; 130
// cancelled by Ctrl+C or SIGTERM, which stop compose on the host as Cancel does).
class ActionRunner
{
public:
    static QCommandLineOption confirmOption();
    // --timeout S and --no-wait: how long the health gate waits, or that it does not.
    static QList<QCommandLineOption> gateOptions();
    static void applyGateOptions(const QCommandLineParser &parser, Action::Request &request);
    // For destructive work (what, e.g. "down") on production: the environment's name from
    // --confirm or, at a terminal, as typed; throws Error(BadInput) naming --confirm when it
    // is not the name. Other tiers need nothing: empty.
    static QString confirmProduction(const QCommandLineParser &parser,
                                     const Environment &environment, const QString &what);
    // request.confirmation is filled from --confirm or, at a terminal, from what is typed.
    static int run(CliContext &context, const QCommandLineParser &parser,
                   const Environment &environment, Action::Request request,
                   const HostKeyStore &keys);
};

} // namespace blihops::cli
