#pragma once

#include "markdown/MarkdownBlock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <functional>

namespace blihops {

// Reads Markdown with md4c (the parser Qt itself uses) and its task-list and table
// extensions into blocks: headings, list items with their checkboxes and nesting,
// paragraphs with their "**Name**: value" fields, and tables. A byte-order mark, CRLF line
// ends and UTF-8 mis-read as Mac Roman are tolerated; code blocks, quotes and HTML blocks
// are skipped, so a "- [ ]" quoted or shown as an example never counts.
class MarkdownReader
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownReader)

public:
    // md4c's options: the extensions documents use, raw HTML blocks kept out of the text.
    static unsigned parserFlags();

    // Whether task-list items keep their words: a reader that only counts boxes (a stream
    // document of thousands) is spared converting text it never reads.
    enum class TaskText
    {
        Kept,
        Dropped,
    };

    using Visitor = std::function<void(const MarkdownBlock &block)>;

    // Throws Error(BadInput) if md4c gives up (it only does when out of memory).
    static QList<MarkdownBlock> read(const QByteArray &utf8, TaskText taskText = TaskText::Kept);
    // The blocks one by one as each is read whole, with no list kept: a heading before what
    // it heads, a list item after the items nested in it; parent is not set. Throws as read
    // does.
    static void visit(const QByteArray &utf8, TaskText taskText, const Visitor &visitor);
    // Throws Error(NotFound) or Error(BadInput) naming the file when it cannot be read.
    static QList<MarkdownBlock> readFile(const QString &path);
    // The file's bytes; throws as readFile does.
    static QByteArray fileContents(const QString &path);
};

} // namespace blihops
