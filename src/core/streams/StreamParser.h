#pragma once

#include "markdown/MarkdownBlock.h"
#include "streams/StreamReport.h"

#include <QList>
#include <QString>

namespace blihops {

// Reads a stream document into a report. Structure comes from md4c's blocks, never from
// lines: "STREAM 1", "TASK 1.1", "Subtask 1.1.2" and "Test 3" are read from headings, and a
// heading's scope (every block until the next heading of its level or above) holds its
// checkboxes. What the document states comes from "**Status**:" fields, results tables
// (a column named Status and one named Completion or Progress) and summary lines that name
// a task or test and a percentage ("Task 1.3: ... - 50% Complete").
//
// A stream's own count is its tasks' items; a document without tasks counts every item
// outside its tests.
class StreamParser
{
public:
    // fallbackId: the stream's id when no "STREAM N" heading names it (the file's name).
    static StreamReport parse(const QList<MarkdownBlock> &blocks, const QString &fallbackId);
    // The document's bytes read as the parser needs them (boxes counted, not their words).
    static StreamReport parseDocument(const QByteArray &markdown, const QString &fallbackId);
    // Throws as MarkdownReader::readFile does.
    static StreamReport parseFile(const QString &path);
};

} // namespace blihops
