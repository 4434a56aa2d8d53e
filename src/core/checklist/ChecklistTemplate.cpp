#include "checklist/ChecklistTemplate.h"

#include "markdown/MarkdownReader.h"
#include "util/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace blihops {

namespace {

const QString kBuiltinFolder = QStringLiteral(":/checklists");

// The tie an item's "<!-- check: KIND[:ARG] -->" comment names; untied without one.
CheckTie tieOf(const MarkdownBlock &item, const QString &source)
{
    for (const QString &comment : item.comments) {
        if (!comment.startsWith(QLatin1String("check:"), Qt::CaseInsensitive))
            continue;
        try {
            return CheckTie::parse(comment.mid(6));
        } catch (const Error &error) {
            throw Error(ErrorKind::BadInput, ChecklistTemplate::tr("%1, item \"%2\": %3")
                                                 .arg(source, item.text, error.message()));
        }
    }
    return {};
}

} // namespace

ChecklistTemplate ChecklistTemplate::fromMarkdown(const QString &key, const QString &origin,
                                                  const QString &source, const QByteArray &markdown)
{
    ChecklistTemplate result{key, {}, origin, source, markdown, {}};
    const QList<MarkdownBlock> blocks = MarkdownReader::read(markdown);
    QString section;
    QHash<int, int> numberOfBlock; // task items' block index -> item number
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const MarkdownBlock &block = blocks.at(i);
        if (block.kind == MarkdownBlock::Kind::Heading) {
            section = block.text;
            if (block.level == 1 && result.title.isEmpty())
                result.title = block.text;
            continue;
        }
        if (block.kind != MarkdownBlock::Kind::Item || !block.task)
            continue;
        ChecklistTemplateItem item;
        item.section = section;
        item.text = block.text;
        item.checked = block.checked;
        item.tie = tieOf(block, source);
        // Nested in the nearest enclosing task item; plain list items in between only group.
        for (int up = block.parent; up >= 0; up = blocks.at(up).parent) {
            if (numberOfBlock.contains(up)) {
                item.parent = numberOfBlock.value(up);
                item.depth = result.items.at(item.parent - 1).depth + 1;
                break;
            }
        }
        result.items.append(item);
        numberOfBlock.insert(int(i), int(result.items.size()));
    }
    if (result.items.isEmpty()) {
        throw Error(ErrorKind::BadInput,
                    tr("%1 has no task-list items (\"- [ ] ...\" or \"- [x] ...\" outside code "
                       "and quotes): a checklist needs at least one.")
                        .arg(source));
    }
    if (result.title.isEmpty())
        result.title = key;
    return result;
}

ChecklistTemplate ChecklistTemplate::fromFile(const QString &path)
{
    const QFileInfo info(path);
    return fromMarkdown(info.completeBaseName(), QStringLiteral("file"), info.absoluteFilePath(),
                        MarkdownReader::fileContents(path));
}

QList<ChecklistTemplate> ChecklistTemplate::builtins()
{
    QList<ChecklistTemplate> templates;
    const QStringList names =
        QDir(kBuiltinFolder).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = kBuiltinFolder + QLatin1Char('/') + name;
        templates.append(fromMarkdown(QFileInfo(name).completeBaseName(), QStringLiteral("builtin"),
                                      path, MarkdownReader::fileContents(path)));
    }
    return templates;
}

std::optional<ChecklistTemplate> ChecklistTemplate::builtin(const QString &key)
{
    const QString path = kBuiltinFolder + QLatin1Char('/') + key + QStringLiteral(".md");
    if (key.contains(QLatin1Char('/')) || !QFileInfo::exists(path))
        return std::nullopt;
    return fromMarkdown(key, QStringLiteral("builtin"), path, MarkdownReader::fileContents(path));
}

int ChecklistTemplate::tiedCount() const
{
    return int(std::count_if(items.begin(), items.end(),
                             [](const ChecklistTemplateItem &item) { return item.tie.isTied(); }));
}

QJsonObject ChecklistTemplate::toJson() const
{
    return {{QStringLiteral("key"), key},
            {QStringLiteral("title"), title},
            {QStringLiteral("origin"), origin},
            {QStringLiteral("source"), source},
            {QStringLiteral("items"), int(items.size())},
            {QStringLiteral("tied"), tiedCount()}};
}

} // namespace blihops
