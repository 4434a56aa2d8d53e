#include "markdown/MarkdownText.h"

namespace blihops {

QString markdownText(QString text)
{
    static const QString special = QStringLiteral("\\`*_[]<>#|");
    text.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text.replace(QLatin1Char('\n'), QLatin1Char(' '))) {
        if (special.contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

} // namespace blihops
