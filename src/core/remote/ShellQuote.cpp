#include "remote/ShellQuote.h"

namespace blihops {

QString shellQuote(const QString &word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString shellQuote(const QStringList &argv)
{
    QStringList words;
    words.reserve(argv.size());
    for (const QString &word : argv)
        words << shellQuote(word);
    return words.join(QLatin1Char(' '));
}

} // namespace blihops
