#pragma once

#include "checklist/CheckTie.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace blihops {

// One "- [ ]" or "- [x]" of a template, where it stands and what it is tied to.
struct ChecklistTemplateItem
{
    QString section; // the nearest heading above it
    QString text;
    int depth = 0;
    int parent = 0; // the number (1-based position) of the item it is nested in, 0 for none
    bool checked = false;
    CheckTie tie;
};

// A checklist as Markdown: headings are sections, task-list items (nested too) are items,
// "<!-- check: health -->" after an item ties it to a check. Built-in templates live under
// resources/checklists/; any Markdown file can be one.
struct ChecklistTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistTemplate)

public:
    QString key;    // the file's name without ".md"
    QString title;  // the first top-level heading, else the key
    QString origin; // "builtin" or "file"
    QString source; // the file's path; the resource path for a built-in one
    QByteArray markdown;
    QList<ChecklistTemplateItem> items;

    // Throws Error(BadInput) naming the source when it has no items or an annotation is not a
    // check.
    static ChecklistTemplate fromMarkdown(const QString &key, const QString &origin,
                                          const QString &source, const QByteArray &markdown);
    // Throws as MarkdownReader::readFile and fromMarkdown do.
    static ChecklistTemplate fromFile(const QString &path);
    static QList<ChecklistTemplate> builtins();
    static std::optional<ChecklistTemplate> builtin(const QString &key);

    int tiedCount() const;
    QJsonObject toJson() const;
};

} // namespace blihops
