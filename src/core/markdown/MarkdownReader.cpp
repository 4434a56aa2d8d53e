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
        std::string name;
        qsizetype valueStart = 0;
        qsizetype valueEnd = -1;
    };

    std::string text; // faster to append to, piece by piece, than QByteArray
    int strongDepth = 0;
    qsizetype strongStart = 0;
    // A bold run just closed without a colon: a field's name if the next text starts with
    // one ("**Status**: ...").
    std::string pendingName;
    qsizetype pendingNameStart = 0;
    qsizetype pendingStart = -1; // where the text after it starts
    std::vector<FieldSpan> fields;
    bool fieldOpen = false;
    std::vector<std::string> comments;

    // Empty again, keeping what was allocated: the next block reuses it.
    void reset()
    {
        text.clear(); // std::string keeps its capacity
        strongDepth = 0;
        strongStart = 0;
        pendingName.clear();
        pendingStart = -1;
        fields.clear();
        fieldOpen = false;
        comments.clear();
    }

    void startField(const std::string &name, qsizetype nameStart, qsizetype valueStart)
    {
        if (fieldOpen)
            fields.back().valueEnd = nameStart;
        fields.push_back({name, valueStart});
        fieldOpen = true;
    }

    void append(const char *data, qsizetype size)
    {
        if (pendingStart >= 0 && pendingStart == qsizetype(text.size())) {
            qsizetype at = 0;
            while (at < size && data[at] == ' ')
                ++at;
            if (at < size && data[at] == ':')
                startField(pendingName, pendingNameStart, qsizetype(text.size()) + at + 1);
        }
        pendingStart = -1;
        text.append(data, std::size_t(size));
    }

    void lineBreak()
    {
        if (fieldOpen) {
            fields.back().valueEnd = qsizetype(text.size());
            fieldOpen = false;
        }
        pendingStart = -1;
        text.push_back(' ');
    }

    void enterStrong()
    {
        if (strongDepth++ == 0)
            strongStart = qsizetype(text.size());
    }

    void leaveStrong()
    {
        if (--strongDepth > 0)
            return;
        // The bold text, spaces trimmed: a field's name when it ends with a colon.
        std::size_t first = std::size_t(strongStart);
        std::size_t last = text.size();
        while (first < last && text[first] == ' ')
            ++first;
        while (last > first && text[last - 1] == ' ')
            --last;
        if (first == last)
            return;
        if (text[last - 1] == ':') {
            std::size_t end = last - 1;
            while (end > first && text[end - 1] == ' ')
                --end;
            startField(text.substr(first, end - first), strongStart, qsizetype(text.size()));
        } else {
            pendingName = text.substr(first, last - first);
            pendingNameStart = strongStart;
            pendingStart = qsizetype(text.size());
        }
    }
};

// The text of a block: repaired already (the whole document was), white space folded. Most
// text needs no folding; only that is copied again.
QString plain(const char *utf8, qsizetype size)
{
    QString text = QString::fromUtf8(utf8, size);
    bool fold =
        !text.isEmpty() && (text.front() == QLatin1Char(' ') || text.back() == QLatin1Char(' '));
    for (qsizetype i = 1; !fold && i < text.size(); ++i)
        fold = text.at(i) == QLatin1Char(' ') && text.at(i - 1) == QLatin1Char(' ');
    return fold ? text.simplified() : text;
}

QString plain(const std::string &utf8)
{
    return plain(utf8.data(), qsizetype(utf8.size()));
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

// Turns md4c's events into blocks. Each block is handed on when md4c has read all of it:
// into a list at the place it opened in (document order, parents by index), or to a visitor
// as it closes, with no list kept (a heading before what it heads; a list item after the
// items nested in it).
class Reader
{
public:
    Reader(MarkdownReader::TaskText taskText, QList<MarkdownBlock> *list,
           const MarkdownReader::Visitor *visit)
        : m_taskText(taskText), m_list(list), m_visit(visit)
    {}

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
    // A block being read: its place in the document, what is known of it so far, and its
    // text. A table cell has a text of its own and no block.
    struct Open
    {
        qsizetype index = 0;
        MarkdownBlock block;
        Inline content;
        bool cell = false;
        bool dropped = false; // a task item whose words nobody reads
    };

    // Where text goes: the innermost open heading, list item, paragraph or table cell.
    Inline *target()
    {
        return m_ignored > 0 || m_depth == 0 || top().dropped ? nullptr : &top().content;
    }

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
            open(std::move(heading));
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
            m_items.push_back(m_count);
            const bool dropped = item.task && m_taskText == MarkdownReader::TaskText::Dropped;
            open(std::move(item));
            top().dropped = dropped;
            break;
        }
        case MD_BLOCK_P:
            // A list item's paragraphs are the item's own text.
            if (m_depth > 0 && top().block.kind == MarkdownBlock::Kind::Item) {
                if (!top().content.text.empty())
                    top().content.lineBreak();
            } else {
                open(MarkdownBlock());
            }
            break;
        case MD_BLOCK_TABLE:
            m_table = MarkdownBlock();
            m_table.kind = MarkdownBlock::Kind::Table;
            m_tableIndex = reserve();
            m_inTable = true;
            break;
        case MD_BLOCK_TR:
            m_row.clear();
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            push(-1, MarkdownBlock());
            top().cell = true;
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
            if (m_depth > 0 && top().block.kind == MarkdownBlock::Kind::Paragraph && !top().cell)
                close();
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            m_row << plain(top().content.text);
            pop();
            break;
        case MD_BLOCK_TR:
            if (m_inTable)
                m_table.rows.append(m_row);
            break;
        case MD_BLOCK_TABLE:
            if (m_inTable)
                deliver(m_tableIndex, std::move(m_table));
            m_inTable = false;
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
                content->comments.push_back(html.mid(4, html.size() - 7).trimmed().toStdString());
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

    // The next block's place: in the list, a slot it fills when it is done.
    qsizetype reserve()
    {
        if (m_list)
            m_list->append(MarkdownBlock());
        return m_count++;
    }

    void deliver(qsizetype index, MarkdownBlock &&block)
    {
        if (m_list)
            (*m_list)[index] = std::move(block);
        else
            (*m_visit)(block);
    }

    void open(MarkdownBlock &&block)
    {
        const qsizetype index = reserve();
        push(index, std::move(block));
    }

    // A text target. The stack's entries stay where they are and are reset for reuse: what
    // their buffers allocated serves the next block at that depth.
    void push(qsizetype index, MarkdownBlock &&block)
    {
        if (m_depth == m_open.size())
            m_open.emplace_back();
        Open &entry = m_open[m_depth++];
        entry.index = index;
        entry.block = std::move(block);
        entry.content.reset();
        entry.cell = false;
        entry.dropped = false;
    }

    void pop() { --m_depth; }

    Open &top() { return m_open[m_depth - 1]; }

    // The block's text and fields, now that all of it was read.
    void close()
    {
        Open &done = top();
        Inline &content = done.content;
        if (content.fieldOpen)
            content.fields.back().valueEnd = qsizetype(content.text.size());
        MarkdownBlock &block = done.block;
        block.text = plain(content.text);
        for (const Inline::FieldSpan &span : content.fields) {
            block.fields.append({plain(span.name), plain(content.text.data() + span.valueStart,
                                                         span.valueEnd - span.valueStart)});
        }
        for (const std::string &comment : content.comments)
            block.comments << plain(comment);
        deliver(done.index, std::move(block));
        pop();
    }

    MarkdownReader::TaskText m_taskText;
    QList<MarkdownBlock> *m_list;           // list mode
    const MarkdownReader::Visitor *m_visit; // visitor mode
    qsizetype m_count = 0;                  // blocks opened so far
    std::vector<Open> m_open;               // the first m_depth entries are open, innermost last
    std::size_t m_depth = 0;
    std::vector<qsizetype> m_items; // open list items, innermost last
    int m_ignored = 0;              // depth of quotes, code and HTML blocks around us
    int m_listDepth = 0;
    MarkdownBlock m_table;
    qsizetype m_tableIndex = 0;
    bool m_inTable = false;
    QStringList m_row;
};

// md_parse over the repaired document; throws when md4c gives up.
void parse(const QByteArray &utf8, Reader &reader)
{
    const QByteArray text = TextRepair::macRomanMisreadingRepaired(TextRepair::withoutBom(utf8));
    MD_PARSER parser = {};
    parser.flags = MarkdownReader::parserFlags();
    parser.enter_block = &Reader::enterBlock;
    parser.leave_block = &Reader::leaveBlock;
    parser.enter_span = &Reader::enterSpan;
    parser.leave_span = &Reader::leaveSpan;
    parser.text = &Reader::text;
    if (md_parse(text.constData(), MD_SIZE(text.size()), &parser, &reader) != 0)
        throw Error(ErrorKind::BadInput,
                    MarkdownReader::tr("The Markdown parser gave up: out of memory?"));
}

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

QList<MarkdownBlock> MarkdownReader::read(const QByteArray &utf8, TaskText taskText)
{
    QList<MarkdownBlock> blocks;
    blocks.reserve(utf8.size() / 48); // about one block a line
    Reader reader(taskText, &blocks, nullptr);
    parse(utf8, reader);
    return blocks;
}

void MarkdownReader::visit(const QByteArray &utf8, TaskText taskText, const Visitor &visitor)
{
    Reader reader(taskText, nullptr, &visitor);
    parse(utf8, reader);
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
