#include "VersionCommand.h"

#include "CliContext.h"
#include "util/Version.h"
#include "workspace/WorkspaceSchema.h"

namespace blihops::cli {

int VersionCommand::run(CliContext &context, const QCommandLineParser &, const QStringList &)
{
    // No workspace is opened: `version` must work when the workspace is broken.
    const QString version = QString::fromLatin1(kVersion);
    if (context.json()) {
        context.printJson({{"version", version},
                           {"qt", QString::fromLatin1(qVersion())},
                           {"schema_version", WorkspaceSchema::knownVersion()}});
    } else {
        context.out() << "blihopsctl " << version << " (Qt " << qVersion() << ", workspace schema "
                      << WorkspaceSchema::knownVersion() << ")\n";
    }
    return 0;
}

} // namespace blihops::cli
