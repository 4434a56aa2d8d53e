#include "remote/ShellQuote.h"

#include <QRegularExpression>

namespace blihops {

QString shellQuote(const QString &word)
{
    // Words of these characters only mean themselves to a POSIX shell: no quotes, so that a
    // command line stays readable. Not "=" (a first word with it is an assignment) nor "~".
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+:,./-]+$"));
    if (plain.match(word).hasMatch())
        return word;
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
