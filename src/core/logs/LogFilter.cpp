#include "logs/LogFilter.h"

namespace blihops {

LogFilter::LogFilter(const QString &pattern, Syntax syntax, Qt::CaseSensitivity sensitivity)
    : m_pattern(pattern), m_syntax(syntax), m_sensitivity(sensitivity)
{
    if (m_pattern.isEmpty())
        return;
    if (syntax == Syntax::Text) {
        m_bytes.setPattern(pattern.toUtf8());
        return;
    }
    m_expression.setPattern(pattern);
    m_expression.setPatternOptions(sensitivity == Qt::CaseInsensitive
                                       ? QRegularExpression::CaseInsensitiveOption
                                       : QRegularExpression::NoPatternOption);
    if (!m_expression.isValid()) {
        m_error = tr("%1 at character %2")
                      .arg(m_expression.errorString())
                      .arg(m_expression.patternErrorOffset() + 1);
    } else {
        m_expression.optimize();
    }
}

bool LogFilter::matches(QByteArrayView utf8) const
{
    if (isEmpty())
        return true;
    if (m_syntax == Syntax::Text && m_sensitivity == Qt::CaseSensitive)
        return m_bytes.indexIn(utf8.data(), utf8.size()) >= 0;
    return matches(QStringView(QString::fromUtf8(utf8)));
}

bool LogFilter::matches(QStringView line) const
{
    if (isEmpty())
        return true;
    if (!isValid())
        return false;
    if (m_syntax == Syntax::Text)
        return line.contains(m_pattern, m_sensitivity);
    return m_expression.match(line).hasMatch();
}

QList<std::pair<qsizetype, qsizetype>> LogFilter::matchesIn(QStringView line) const
{
    QList<std::pair<qsizetype, qsizetype>> found;
    if (isEmpty() || !isValid())
        return found;
    if (m_syntax == Syntax::Text) {
        for (qsizetype at = line.indexOf(m_pattern, 0, m_sensitivity); at >= 0;
             at = line.indexOf(m_pattern, at + m_pattern.size(), m_sensitivity))
            found.append({at, m_pattern.size()});
        return found;
    }
    for (auto it = m_expression.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() > 0)
            found.append({match.capturedStart(), match.capturedLength()});
    }
    return found;
}

} // namespace blihops
