#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace blihops::gui {

// Colours compose YAML: keys, strings, ${VAR} substitutions, anchors and aliases, numbers
// and booleans, comments. Line by line, which is all compose files need.
class YamlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit YamlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0;
    };

    QList<Rule> m_rules;
    QRegularExpression m_comment;
    QTextCharFormat m_commentFormat;
};

} // namespace blihops::gui
