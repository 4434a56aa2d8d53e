#pragma once

#include "markdown/MarkdownBlock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

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

    // Throws Error(BadInput) if md4c gives up (it only does when out of memory).
    static QList<MarkdownBlock> read(const QByteArray &utf8);
    // Throws Error(NotFound) or Error(BadInput) naming the file when it cannot be read.
    static QList<MarkdownBlock> readFile(const QString &path);
    // The file's bytes; throws as readFile does.
    static QByteArray fileContents(const QString &path);
};

} // namespace blihops
