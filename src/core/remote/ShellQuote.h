#pragma once

#include <QString>
#include <QStringList>

namespace blihops {

// The one place that turns an argv list into a command line for a remote POSIX shell:
// every word single-quoted, embedded quotes closed and escaped, so that spaces, quotes,
// `$(...)`, `;` and newlines reach the program as plain bytes of one argument.
QString shellQuote(const QString &word);
QString shellQuote(const QStringList &argv);

} // namespace blihops
