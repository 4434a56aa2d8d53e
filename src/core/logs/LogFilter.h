#pragma once

#include <QByteArrayMatcher>
#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace blihops {

// What a line must contain to be shown (the viewer's filter), to be found (its search) or
// to be printed (blihopsctl logs --grep): a piece of text or a regular expression
// (Perl-compatible, QRegularExpression), with case or without. An empty one matches
// every line. Lines are UTF-8; text with case is matched on the bytes, without a copy.
class LogFilter
{
    Q_DECLARE_TR_FUNCTIONS(LogFilter)

public:
    enum class Syntax
    {
        Text,
        RegularExpression
    };

    LogFilter() = default;
    LogFilter(const QString &pattern, Syntax syntax, Qt::CaseSensitivity sensitivity);

    bool isEmpty() const { return m_pattern.isEmpty(); }
    bool isValid() const { return m_error.isEmpty(); }
    // Why a regular expression is not valid, e.g. "missing ) at 3".
    QString errorString() const { return m_error; }
    QString pattern() const { return m_pattern; }
    Syntax syntax() const { return m_syntax; }
    Qt::CaseSensitivity caseSensitivity() const { return m_sensitivity; }

    bool matches(QByteArrayView utf8) const;
    bool matches(QStringView line) const;
    // Where it matches in line: (start, length) pairs, in order, not overlapping.
    QList<std::pair<qsizetype, qsizetype>> matchesIn(QStringView line) const;

private:
    QString m_pattern;
    Syntax m_syntax = Syntax::Text;
    Qt::CaseSensitivity m_sensitivity = Qt::CaseSensitive;
    QRegularExpression m_expression;
    QByteArrayMatcher m_bytes;
    QString m_error;
};

} // namespace blihops
