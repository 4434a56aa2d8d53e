#include "markdown/MarkdownReader.h"

#include "markdown/TextRepair.h"
#include "util/Error.h"

#include <QFile>
#include <QFileInfo>
#include <md4c.h>
#include <vector>

namespace blihops {

namespace {

// The text of one heading, list item, paragraph or table cell as it is read, in UTF-8 until
// it is done (one conversion per block, not per piece of text), with the fields in it.
struct Inline
{
    struct FieldSpan
    {
        QByteArray name;
        qsizetype valueStart = 0;
        qsizetype valueEnd = -1;
    };

    QByteArray text;
    int strongDepth = 0;
    qsizetype strongStart = 0;
    // A bold run just closed without a colon: a field's name if the next text starts with
    // one ("**Status**: ...").
    QByteArray pendingName;
    qsizetype pendingStart = -1;
    std::vector<FieldSpan> fields;
    bool fieldOpen = false;
    QList<QByteArray> comments;

    void startField(const QByteArray &name, qsizetype nameStart, qsizetype valueStart)
    {
        if (fieldOpen)
            fields.back().valueEnd = nameStart;
        fields.push_back({name.trimmed(), valueStart});
        fieldOpen = true;
    }

    void append(const char *data, qsizetype size)
    {
        if (pendingStart >= 0 && pendingStart == text.size()) {
            qsizetype at = 0;
            while (at < size && data[at] == ' ')
                ++at;
            if (at < size && data[at] == ':')
                startField(pendingName, pendingStart - pendingName.size(), text.size() + at + 1);
        }
        pendingStart = -1;
        text.append(data, size);
    }

    void lineBreak()
    {
        if (fieldOpen) {
            fields.back().valueEnd = text.size();
            fieldOpen = false;
        }
        pendingStart = -1;
        text.append(' ');
    }

    void enterStrong()
    {
        if (strongDepth++ == 0)
            strongStart = text.size();
    }

    void leaveStrong()
    {
        if (--strongDepth > 0)
            return;
        const QByteArray bold = text.mid(strongStart);
        if (bold.trimmed().endsWith(':')) {
            startField(bold.trimmed().chopped(1), strongStart, text.size());
        } else if (!bold.trimmed().isEmpty()) {
            pendingName = bold;
            pendingStart = text.size();
        }
    }
};

QString plain(const QByteArray &utf8)
{
    return TextRepair::macRomanMisreadingRepaired(QString::fromUtf8(utf8).simplified());
}

// The character an entity stands for; the entity itself when it is not one of the few
// that documents use.
QByteArray decodeEntity(const QByteArray &entity)
{
    if (entity.startsWith("&#")) {
        const bool hex = entity.size() > 2 && (entity.at(2) == 'x' || entity.at(2) == 'X');
        bool ok = false;
        const uint codePoint = entity.mid(hex ? 3 : 2).chopped(1).toUInt(&ok, hex ? 16 : 10);
        if (!ok || codePoint == 0 || codePoint > 0x10FFFF)
            return QByteArrayLiteral("\xEF\xBF\xBD");
        const char32_t character = codePoint;
        return QString::fromUcs4(&character, 1).toUtf8();
    }
    static const QList<std::pair<QByteArray, QByteArray>> named = {
        {"&amp;", "&"},        {"&lt;", "<"},         {"&gt;", ">"},
        {"&quot;", "\""},      {"&apos;", "'"},       {"&nbsp;", " "},
        {"&mdash;", "\u2014"}, {"&ndash;", "\u2013"}, {"&hellip;", "\u2026"},
    };
    for (const auto &[name, value] : named) {
        if (entity == name)
            return value;
    }
    return entity;
}

class Reader
{
public:
    QList<MarkdownBlock> blocks;

    static int enterBlock(MD_BLOCKTYPE type, void *detail, void *self)
    {
        static_cast<Reader *>(self)->enter(type, detail);
        return 0;
    }
    static int leaveBlock(MD_BLOCKTYPE type, void *, void *self)
    {
        static_cast<Reader *>(self)->leave(type);
        return 0;
    }
    static int enterSpan(MD_SPANTYPE type, void *, void *self)
    {
        auto *reader = static_cast<Reader *>(self);
        if (type == MD_SPAN_STRONG && reader->target())
            reader->target()->enterStrong();
        return 0;
    }
    static int leaveSpan(MD_SPANTYPE type, void *, void *self)
    {
        auto *reader = static_cast<Reader *>(self);
        if (type == MD_SPAN_STRONG && reader->target())
            reader->target()->leaveStrong();
        return 0;
    }
    static int text(MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size, void *self)
    {
        static_cast<Reader *>(self)->addText(type, data, qsizetype(size));
        return 0;
    }

private:
    // Where text goes: the innermost open heading, list item, paragraph or table cell.
    struct Open
    {
        qsizetype block; // index in blocks; for a cell, its table's
        Inline content;
    };

    Inline *target() { return m_ignored > 0 || m_open.empty() ? nullptr : &m_open.back().content; }

    void enter(MD_BLOCKTYPE type, void *detail)
    {
        if (type == MD_BLOCK_QUOTE || type == MD_BLOCK_CODE || type == MD_BLOCK_HTML) {
            ++m_ignored;
            return;
        }
        if (m_ignored > 0)
            return;
        switch (type) {
        case MD_BLOCK_H: {
            MarkdownBlock heading;
            heading.kind = MarkdownBlock::Kind::Heading;
            heading.level = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
            open(heading);
            break;
        }
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            ++m_listDepth;
            break;
        case MD_BLOCK_LI: {
            const auto *li = static_cast<MD_BLOCK_LI_DETAIL *>(detail);
            MarkdownBlock item;
            item.kind = MarkdownBlock::Kind::Item;
            item.level = std::max(0, m_listDepth - 1);
            item.task = li->is_task != 0;
            item.checked = item.task && (li->task_mark == 'x' || li->task_mark == 'X');
            item.parent = m_items.empty() ? -1 : int(m_items.back());
            m_items.push_back(blocks.size());
            open(item);
            break;
        }
        case MD_BLOCK_P:
            // A list item's paragraphs are the item's own text.
            if (!m_open.empty() &&
                blocks.at(m_open.back().block).kind == MarkdownBlock::Kind::Item) {
                if (!m_open.back().content.text.isEmpty())
                    m_open.back().content.lineBreak();
            } else {
                open(MarkdownBlock());
            }
            break;
        case MD_BLOCK_TABLE: {
            MarkdownBlock table;
            table.kind = MarkdownBlock::Kind::Table;
            m_table = blocks.size();
            blocks.append(table);
            break;
        }
        case MD_BLOCK_TR:
            m_row.clear();
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            m_open.push_back({m_table, {}});
            break;
        default:
            break;
        }
    }

    void leave(MD_BLOCKTYPE type)
    {
        if (type == MD_BLOCK_QUOTE || type == MD_BLOCK_CODE || type == MD_BLOCK_HTML) {
            --m_ignored;
            return;
        }
        if (m_ignored > 0)
            return;
        switch (type) {
        case MD_BLOCK_H:
            close();
            break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            --m_listDepth;
            break;
        case MD_BLOCK_LI:
            m_items.pop_back();
            close();
            break;
        case MD_BLOCK_P:
            if (blocks.at(m_open.back().block).kind == MarkdownBlock::Kind::Paragraph)
                close();
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            m_row << plain(m_open.back().content.text);
            m_open.pop_back();
            break;
        case MD_BLOCK_TR:
            if (m_table >= 0)
                blocks[m_table].rows.append(m_row);
            break;
        case MD_BLOCK_TABLE:
            m_table = -1;
            break;
        default:
            break;
        }
    }

    void addText(MD_TEXTTYPE type, const MD_CHAR *data, qsizetype size)
    {
        Inline *content = target();
        if (!content)
            return;
        switch (type) {
        case MD_TEXT_BR:
        case MD_TEXT_SOFTBR:
            content->lineBreak();
            break;
        case MD_TEXT_ENTITY: {
            const QByteArray decoded = decodeEntity(QByteArray(data, size));
            content->append(decoded.constData(), decoded.size());
            break;
        }
        case MD_TEXT_HTML: {
            const QByteArray html = QByteArray(data, size).trimmed();
            if (html.startsWith("<!--") && html.endsWith("-->"))
                content->comments << html.mid(4, html.size() - 7).trimmed();
            break;
        }
        case MD_TEXT_NULLCHAR:
            content->append("\xEF\xBF\xBD", 3);
            break;
        default:
            content->append(data, size);
            break;
        }
    }

    void open(const MarkdownBlock &block)
    {
        m_open.push_back({blocks.size(), {}});
        blocks.append(block);
    }

    // The block's text and fields, now that all of it was read.
    void close()
    {
        Open done = std::move(m_open.back());
        m_open.pop_back();
        Inline &content = done.content;
        if (content.fieldOpen)
            content.fields.back().valueEnd = content.text.size();
        MarkdownBlock &block = blocks[done.block];
        block.text = plain(content.text);
        for (const Inline::FieldSpan &span : content.fields) {
            block.fields.append(
                {plain(span.name),
                 plain(content.text.mid(span.valueStart, span.valueEnd - span.valueStart))});
        }
        for (const QByteArray &comment : std::as_const(content.comments))
            block.comments << plain(comment);
    }

    std::vector<Open> m_open;
    std::vector<qsizetype> m_items; // open list items, innermost last
    int m_ignored = 0;              // depth of quotes, code and HTML blocks around us
    int m_listDepth = 0;
    qsizetype m_table = -1;
    QStringList m_row;
};

} // namespace

QString MarkdownBlock::field(const QString &name) const
{
    for (const MarkdownField &candidate : fields) {
        if (candidate.name.compare(name, Qt::CaseInsensitive) == 0)
            return candidate.value;
    }
    return {};
}

unsigned MarkdownReader::parserFlags()
{
    return MD_FLAG_TASKLISTS | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_COLLAPSEWHITESPACE;
}

QList<MarkdownBlock> MarkdownReader::read(const QByteArray &utf8)
{
    const QByteArray text = TextRepair::withoutBom(utf8);
    MD_PARSER parser = {};
    parser.flags = parserFlags();
    parser.enter_block = &Reader::enterBlock;
    parser.leave_block = &Reader::leaveBlock;
    parser.enter_span = &Reader::enterSpan;
    parser.leave_span = &Reader::leaveSpan;
    parser.text = &Reader::text;
    Reader reader;
    if (md_parse(text.constData(), MD_SIZE(text.size()), &parser, &reader) != 0)
        throw Error(ErrorKind::BadInput, tr("The Markdown parser gave up: out of memory?"));
    return std::move(reader.blocks);
}

QByteArray MarkdownReader::fileContents(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        throw Error(ErrorKind::NotFound,
                    tr("Markdown file %1 does not exist.").arg(QFileInfo(path).absoluteFilePath()));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(ErrorKind::BadInput,
                    tr("Markdown file %1 cannot be read: %2.").arg(path, file.errorString()));
    }
    return file.readAll();
}

QList<MarkdownBlock> MarkdownReader::readFile(const QString &path)
{
    return read(fileContents(path));
}

} // namespace blihops
