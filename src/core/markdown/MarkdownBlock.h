#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace blihops {

// "**Status**: ✅ COMPLETE" in a paragraph or list item: a bold name, a colon, and the text
// up to the next line break or the next such name.
struct MarkdownField
{
    QString name;
    QString value;
};

// One block of a Markdown document as md4c reads it, in document order. Text is plain:
// markup gone, white space folded, entities decoded, mis-encoded emoji repaired. Nothing in
// code blocks, block quotes or HTML blocks is reported.
struct MarkdownBlock
{
    enum class Kind
    {
        Heading,
        Item, // a list item, with or without a checkbox
        Paragraph,
        Table,
    };

    Kind kind = Kind::Paragraph;
    int level = 0;        // Heading: 1-6; Item: how deep its list is nested, 0 at the top
    bool task = false;    // Item: has a checkbox ("- [ ]", "- [x]")
    bool checked = false; // Item: the box is ticked
    int parent = -1;      // Item: index of the item whose list holds it, -1 at the top
    QString text;         // Heading, Item (its own text, not its sub-items'), Paragraph
    QList<MarkdownField> fields;
    QStringList comments;    // Item, Paragraph: inline HTML comments, their text trimmed
    QList<QStringList> rows; // Table: the header row first

    // The value of the first field called name (compared without case), or a null string.
    QString field(const QString &name) const;
};

} // namespace blihops

// Qt's implicitly shared members only: moved as bytes when a list of blocks grows.
Q_DECLARE_TYPEINFO(blihops::MarkdownField, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(blihops::MarkdownBlock, Q_RELOCATABLE_TYPE);
