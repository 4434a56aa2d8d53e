#pragma once

#include "checklist/ChecklistTemplate.h"

#include <QCoreApplication>
#include <QList>

namespace blihops {

class Workspace;

// The templates a run can start from: the built-in ones, and every Markdown file a run was
// started from, kept in the workspace as it was then (a run always shows what it was made
// of, even after the file changed or went away).
class ChecklistTemplateRepository
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistTemplateRepository)

public:
    explicit ChecklistTemplateRepository(Workspace &workspace) : m_workspace(workspace) {}

    // The built-in templates by key, then the imported ones (the newest version of each key
    // that no built-in one has).
    QList<ChecklistTemplate> list();
    // A path to a Markdown file (ending in .md, or naming a file), else the key of a built-in
    // or imported template. Throws Error(NotFound) naming the choices.
    ChecklistTemplate resolve(const QString &nameOrPath);
    // The id of the stored copy, stored now if this version is new. Call in a transaction.
    qint64 store(const ChecklistTemplate &checklistTemplate);

private:
    Workspace &m_workspace;
};

} // namespace blihops
