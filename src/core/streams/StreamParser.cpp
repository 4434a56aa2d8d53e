#include "streams/StreamParser.h"

#include "markdown/MarkdownReader.h"

#include <QFileInfo>
#include <cstring>

namespace blihops {

namespace {

enum class Unit
{
    Stream,
    Task,
    Subtask,
    Test,
};

struct Named
{
    Unit unit;
    QString id;
    QString title;
};

// "STREAM 1: DevOps", "TASK 1.1: Staging (1-2 days)", "Subtask 1.1.2: ...", "Test 3: ...":
// a heading's text (symbols before it dropped) that starts with one of those words and a
// number. Read word by word, not by an expression: most headings and lines are none of
// these, and this runs for every one of them.
std::optional<Named> namedHeading(const QString &text)
{
    const QString words = StreamStatus::withoutLeadingSymbols(text);
    qsizetype at = 0;
    while (at < words.size() && words.at(at).isLetter())
        ++at;
    const QString word = words.left(at).toLower();
    Unit unit;
    if (word == QLatin1String("stream"))
        unit = Unit::Stream;
    else if (word == QLatin1String("task"))
        unit = Unit::Task;
    else if (word == QLatin1String("subtask"))
        unit = Unit::Subtask;
    else if (word == QLatin1String("test"))
        unit = Unit::Test;
    else
        return std::nullopt;
    const qsizetype numberStart = at;
    while (at < words.size() && words.at(at).isSpace())
        ++at;
    if (at == numberStart)
        return std::nullopt; // "Tests to run", "Tasking": no number after a space
    const qsizetype idStart = at;
    // Digits and the dots between them: "1.1.2", not a trailing "1." of "Test 1.".
    while (at < words.size() &&
           (words.at(at).isDigit() || (words.at(at) == QLatin1Char('.') && at + 1 < words.size() &&
                                       words.at(at + 1).isDigit() && at > idStart)))
        ++at;
    if (at == idStart)
        return std::nullopt;
    const QString id = words.mid(idStart, at - idStart);
    QString title = words.mid(at).trimmed();
    for (const QChar separator :
         {QChar(u':'), QChar(u'.'), QChar(u'-'), QChar(0x2013), QChar(0x2014)}) {
        if (title.startsWith(separator)) {
            title = title.mid(1).trimmed();
            break;
        }
    }
    return Named{unit, id, title};
}

// A table's column whose header is one of the names, compared without case; -1 if none.
int columnOf(const QStringList &header, const QStringList &names)
{
    for (int i = 0; i < header.size(); ++i) {
        if (names.contains(StreamStatus::withoutLeadingSymbols(header.at(i)), Qt::CaseInsensitive))
            return i;
    }
    return -1;
}

enum class Listing
{
    None,
    Blockers,
    Dependencies,
};

// Whether text holds the lower-case ASCII word, in any case. Headings are short and
// mostly ASCII; QString's case-insensitive search folds every character and shows in
// profiles of large documents.
bool containsAscii(const QString &text, const char *word)
{
    const qsizetype length = qsizetype(std::strlen(word));
    for (qsizetype i = 0; i + length <= text.size(); ++i) {
        qsizetype j = 0;
        while (j < length && text.at(i + j).unicode() < 0x80 &&
               char(text.at(i + j).unicode() | 0x20) == word[j])
            ++j;
        if (j == length)
            return true;
    }
    return false;
}

// What a heading's list items are, by its words.
Listing listingOf(const QString &heading, Listing inherited)
{
    if (containsAscii(heading, "blocker"))
        return Listing::Blockers;
    if (containsAscii(heading, "dependenc"))
        return Listing::Dependencies;
    return inherited;
}

class Parser
{
public:
    explicit Parser(StreamReport &report) : m_report(report) {}

    void heading(const MarkdownBlock &block)
    {
        while (!m_open.empty() && m_open.back().level >= block.level)
            m_open.pop_back();
        while (!m_sections.empty() && m_sections.back().level >= block.level)
            m_sections.pop_back();
        const Listing inherited = m_sections.empty() ? Listing::None : m_sections.back().listing;
        m_sections.push_back({block.level, block.text, listingOf(block.text, inherited)});

        const std::optional<Named> named = namedHeading(block.text);
        if (!named)
            return;
        switch (named->unit) {
        case Unit::Stream:
            if (!m_streamNamed) {
                m_report.id = named->id;
                m_report.title = named->title;
                m_streamNamed = true;
            }
            return;
        case Unit::Task:
            m_report.tasks.append({named->id, named->title, {}, 0, 0, {}});
            m_open.push_back({block.level, Unit::Task, m_report.tasks.size() - 1, -1});
            m_seenUnit = true;
            return;
        case Unit::Subtask:
            if (const Open *task = innermost(Unit::Task)) {
                QList<StreamUnit> &subtasks = m_report.tasks[task->index].subtasks;
                subtasks.append({named->id, named->title, {}, 0, 0, {}});
                m_open.push_back({block.level, Unit::Subtask, task->index, subtasks.size() - 1});
            }
            return;
        case Unit::Test:
            m_report.tests.append({named->id, named->title, {}, 0, 0, {}});
            m_open.push_back({block.level, Unit::Test, m_report.tests.size() - 1, -1});
            m_seenUnit = true;
            return;
        }
    }

    void item(const MarkdownBlock &block)
    {
        if (block.task) {
            const int ticked = block.checked ? 1 : 0;
            for (const Open &open : m_open) {
                StreamUnit &unit = unitOf(open);
                unit.done += ticked;
                unit.total += 1;
            }
            if (m_open.empty()) {
                m_outsideDone += ticked;
                m_outsideTotal += 1;
            }
        } else {
            summaryLine(block.text);
        }
        const Listing listing = m_sections.empty() ? Listing::None : m_sections.back().listing;
        if (listing != Listing::None && !StreamStatus::saysNone(block.text))
            (listing == Listing::Blockers ? m_report.blockers : m_report.dependencies)
                << block.text;
    }

    void paragraph(const MarkdownBlock &block)
    {
        for (const MarkdownField &field : block.fields) {
            const QString name = field.name;
            if (name.compare(QLatin1String("Status"), Qt::CaseInsensitive) == 0) {
                status(field);
            } else if (name.startsWith(QLatin1String("Overall"), Qt::CaseInsensitive)) {
                m_report.stated.append(statement(name, field.value));
            } else if (name.compare(QLatin1String("Dependencies"), Qt::CaseInsensitive) == 0 ||
                       name.compare(QLatin1String("Blockers"), Qt::CaseInsensitive) == 0) {
                if (!StreamStatus::saysNone(field.value))
                    (name.startsWith(QLatin1Char('B'), Qt::CaseInsensitive) ? m_report.blockers
                                                                            : m_report.dependencies)
                        << field.value;
            }
        }
    }

    // A results table: a row per task or test, with its status and completion.
    void table(const MarkdownBlock &block)
    {
        if (block.rows.size() < 2)
            return;
        const QStringList &header = block.rows.first();
        const int statusColumn =
            columnOf(header, {QStringLiteral("Status"), QStringLiteral("Result")});
        const int completionColumn =
            columnOf(header, {QStringLiteral("Completion"), QStringLiteral("Progress"),
                              QStringLiteral("Complete"), QStringLiteral("%")});
        if (statusColumn < 0 && completionColumn < 0)
            return;
        const QString where = sectionTitle();
        for (const QStringList &row : block.rows.mid(1)) {
            const std::optional<Named> named =
                row.isEmpty() ? std::nullopt : namedHeading(row.first());
            if (!named || (named->unit != Unit::Task && named->unit != Unit::Test))
                continue;
            const QString status = statusColumn >= 0 ? row.value(statusColumn) : QString();
            const QString completion =
                completionColumn >= 0 ? row.value(completionColumn) : QString();
            StreamStatement stated;
            stated.where = where;
            stated.source = StreamStatement::Source::Table;
            stated.text = QStringList{status, completion}.join(QLatin1Char(' ')).trimmed();
            stated.state = StreamStatus::classify(status);
            stated.percent = StreamStatus::percentage(completion);
            if (!stated.percent)
                stated.percent = StreamStatus::percentage(status);
            m_pending.append({named->unit, named->id, stated});
        }
    }

    void take(const MarkdownBlock &block)
    {
        switch (block.kind) {
        case MarkdownBlock::Kind::Heading:
            if (m_firstTitle.isEmpty() && block.level == 1)
                m_firstTitle = StreamStatus::withoutLeadingSymbols(block.text);
            heading(block);
            break;
        case MarkdownBlock::Kind::Item:
            item(block);
            paragraph(block);
            break;
        case MarkdownBlock::Kind::Paragraph:
            paragraph(block);
            break;
        case MarkdownBlock::Kind::Table:
            table(block);
            break;
        }
    }

    void finish(const QString &fallbackId)
    {
        if (!m_streamNamed) {
            m_report.id = fallbackId;
            m_report.title = m_firstTitle.isEmpty() ? fallbackId : m_firstTitle;
        }
        // Summaries often come after the tasks they speak of; attach them now.
        for (const Pending &pending : std::as_const(m_pending)) {
            QList<StreamUnit> &units = pending.unit == Unit::Task ? m_report.tasks : m_report.tests;
            for (StreamUnit &unit : units) {
                if (unit.id == pending.id) {
                    unit.stated.append(pending.statement);
                    break;
                }
            }
        }
        if (m_report.tasks.isEmpty()) {
            m_report.done = m_outsideDone;
            m_report.total = m_outsideTotal;
        }
        for (const StreamUnit &task : std::as_const(m_report.tasks)) {
            m_report.done += task.done;
            m_report.total += task.total;
        }
    }

private:
    struct Open
    {
        int level;
        Unit unit;
        qsizetype index;    // in tasks or tests
        qsizetype subIndex; // in the task's subtasks
    };
    struct Section
    {
        int level;
        QString heading; // made a title only when a table or summary needs it
        Listing listing;
    };
    struct Pending
    {
        Unit unit;
        QString id;
        StreamStatement statement;
    };

    StreamUnit &unitOf(const Open &open)
    {
        switch (open.unit) {
        case Unit::Subtask:
            return m_report.tasks[open.index].subtasks[open.subIndex];
        case Unit::Test:
            return m_report.tests[open.index];
        default:
            return m_report.tasks[open.index];
        }
    }

    const Open *innermost(Unit unit) const
    {
        for (auto it = m_open.rbegin(); it != m_open.rend(); ++it) {
            if (it->unit == unit)
                return &*it;
        }
        return nullptr;
    }

    QString sectionTitle() const
    {
        return m_sections.empty() ? QString()
                                  : StreamStatus::withoutLeadingSymbols(m_sections.back().heading);
    }

    static StreamStatement statement(const QString &where, const QString &text)
    {
        return {where, text, StreamStatus::classify(text), StreamStatus::percentage(text)};
    }

    // The first Status field in a task's or test's own scope is its status; one before any
    // task or test is the stream's.
    void status(const MarkdownField &field)
    {
        if (!m_open.empty()) {
            StreamUnit &unit = unitOf(m_open.back());
            if (std::none_of(unit.stated.begin(), unit.stated.end(), [](const StreamStatement &s) {
                    return s.where == QLatin1String("Status");
                }))
                unit.stated.append(statement(QStringLiteral("Status"), field.value));
        } else if (!m_seenUnit) {
            m_report.stated.append(statement(QStringLiteral("Status"), field.value));
        }
    }

    // "✅ Task 1.3: Backup & Recovery - 50% Complete": a percentage stated for a task or test
    // elsewhere in the document.
    void summaryLine(const QString &text)
    {
        const std::optional<Named> named = namedHeading(text);
        if (!named || (named->unit != Unit::Task && named->unit != Unit::Test))
            return;
        const std::optional<double> percent = StreamStatus::percentage(named->title);
        if (!percent)
            return;
        m_pending.append({named->unit,
                          named->id,
                          {sectionTitle(), named->title, StreamStatus::State::Unknown, percent,
                           StreamStatement::Source::Summary}});
    }

    StreamReport &m_report;
    std::vector<Open> m_open;
    std::vector<Section> m_sections;
    QList<Pending> m_pending;
    bool m_streamNamed = false;
    QString m_firstTitle;
    bool m_seenUnit = false;
    int m_outsideDone = 0;
    int m_outsideTotal = 0;
};

} // namespace

StreamReport StreamParser::parse(const QList<MarkdownBlock> &blocks, const QString &fallbackId)
{
    StreamReport report;
    Parser parser(report);
    for (const MarkdownBlock &block : blocks)
        parser.take(block);
    parser.finish(fallbackId);
    return report;
}

StreamReport StreamParser::parseDocument(const QByteArray &markdown, const QString &fallbackId)
{
    // Block by block as md4c reads them: no list of the document's blocks is kept.
    StreamReport report;
    Parser parser(report);
    MarkdownReader::visit(markdown, MarkdownReader::TaskText::Dropped,
                          [&parser](const MarkdownBlock &block) { parser.take(block); });
    parser.finish(fallbackId);
    return report;
}

StreamReport StreamParser::parseFile(const QString &path)
{
    const QFileInfo info(path);
    StreamReport report =
        parseDocument(MarkdownReader::fileContents(path), info.completeBaseName());
    report.source = info.absoluteFilePath();
    return report;
}

} // namespace blihops
