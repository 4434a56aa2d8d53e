#include "YamlHighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace blihops::gui {

namespace {

QTextCharFormat textFormat(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat result;
    result.setForeground(color);
    if (bold)
        result.setFontWeight(QFont::Bold);
    result.setFontItalic(italic);
    return result;
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document), m_comment(QStringLiteral("(^|\\s)#.*$"))
{
    // Colours readable on light and dark palettes alike.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    const QColor key = dark ? QColor(0x7d, 0xb4, 0xff) : QColor(0x1d, 0x4e, 0xd8);
    const QColor string = dark ? QColor(0x86, 0xd9, 0x8c) : QColor(0x15, 0x80, 0x3d);
    const QColor variable = dark ? QColor(0xe0, 0x9b, 0xff) : QColor(0x93, 0x33, 0xea);
    const QColor anchor = dark ? QColor(0xff, 0xb8, 0x6b) : QColor(0xc2, 0x41, 0x0c);
    const QColor literal = dark ? QColor(0xff, 0x9e, 0x9e) : QColor(0xb9, 0x1c, 0x1c);
    m_rules = {
        {QRegularExpression(QStringLiteral("^\\s*(?:-\\s+)?([^\\s#'\"][^:#]*?|\"[^\"]*\"|'[^']*')"
                                           "\\s*:(?=\\s|$)")),
         textFormat(key, true), 1},
        {QRegularExpression(
             QStringLiteral(":\\s+(true|false|yes|no|on|off|null|~|-?\\d+(?:\\.\\d+)?)"
                            "\\s*$")),
         textFormat(literal), 1},
        {QRegularExpression(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'")), textFormat(string),
         0},
        {QRegularExpression(QStringLiteral("[&*][A-Za-z0-9_-]+|!\\w+")), textFormat(anchor), 0},
        {QRegularExpression(QStringLiteral("\\$\\{[^}]*\\}|\\$[A-Za-z_][A-Za-z0-9_]*")),
         textFormat(variable, true), 0},
    };
    m_commentFormat =
        textFormat(QGuiApplication::palette().color(QPalette::PlaceholderText), false, true);
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : m_rules) {
        for (const QRegularExpressionMatch &match : rule.pattern.globalMatch(text))
            setFormat(int(match.capturedStart(rule.group)), int(match.capturedLength(rule.group)),
                      rule.format);
    }
    // A # starts a comment only outside quotes; compose files rarely quote one, so the
    // first # after a space (or at the start) is taken as the comment.
    const QRegularExpressionMatch comment = m_comment.match(text);
    if (comment.hasMatch())
        setFormat(int(comment.capturedStart()), int(text.size() - comment.capturedStart()),
                  m_commentFormat);
}

} // namespace blihops::gui
