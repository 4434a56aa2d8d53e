#pragma once

#include "checklist/ChecklistAudit.h"
#include "checklist/ChecklistRun.h"
#include "checklist/ChecklistRunSummary.h"
#include "checklist/ChecklistTemplate.h"

#include <QCoreApplication>
#include <QList>
#include <functional>
#include <optional>

namespace blihops {

class Error;
class Workspace;

// Checklist runs in the workspace. Every change runs in one transaction with its entry in
// the run's audit; a signed revision refuses every change (Error(Conflict)) until the run is
// reopened, which starts the next revision from it and keeps it as it was.
class ChecklistRepository
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistRepository)

public:
    struct ItemChange
    {
        std::optional<ItemState> state;
        std::optional<QString> note;
        std::optional<Evidence> evidence; // checked by EvidenceValidators
    };

    struct SignResult
    {
        bool isSigned = false;
        QList<ChecklistItem> inTheWay; // when refused: pending, failed or blocked, not waived
        ChecklistRun run;
    };

    explicit ChecklistRepository(Workspace &workspace) : m_workspace(workspace) {}

    // Items ticked in the template start as pass, with the document as their evidence.
    // Throws Error(NotFound) for an unknown environment, Error(BadInput) for an empty release.
    ChecklistRun start(const ChecklistTemplate &checklistTemplate, const QString &environment,
                       const QString &release);
    // Newest first; all environments when environment is empty.
    QList<ChecklistRunSummary> list(const QString &environment = {});
    // revision 0: the latest. Throws Error(NotFound) for an unknown run or revision.
    ChecklistRun get(qint64 run, int revision = 0);

    // Throws Error(NotFound) for an unknown item, Error(Conflict) when the run is signed,
    // Error(BadInput) for evidence that does not check out.
    ChecklistItem change(qint64 run, int item, const ItemChange &change);
    // What an item's Run found: its state and the evidence the console made of it.
    ChecklistItem recordCheck(qint64 run, int item, ItemState state, const Evidence &evidence);
    ChecklistItem removeEvidence(qint64 run, int item, int index);
    // Throws Error(BadInput) for an empty reason.
    ChecklistItem waive(qint64 run, int item, const QString &reason);
    ChecklistItem unwaive(qint64 run, int item);
    ChecklistItem tie(qint64 run, int item, const CheckTie &tie);
    // Refused (isSigned false, nothing changed) while an item is in the way. Throws
    // Error(BadInput) for an empty name or role.
    SignResult sign(qint64 run, const QString &name, const QString &role, const QString &comment);
    // Throws Error(Conflict) when the latest revision is not signed.
    ChecklistRun reopen(qint64 run);
    QList<ChecklistAudit::Entry> audit(qint64 run);

    // What a change to a signed revision is refused with.
    static Error readOnly(qint64 run, int revision);

private:
    struct OpenRevision
    {
        qint64 rowId = 0;
        int revision = 0;
        QString environment;
    };
    struct ItemRow
    {
        qint64 rowId = 0;
        ChecklistItem item;
    };

    // The latest revision, locked against concurrent changes; throws Error(Conflict) when it
    // is signed.
    OpenRevision openRevision(qint64 run);
    ItemRow itemRow(qint64 run, const OpenRevision &revision, int number);
    void insertEvidence(qint64 itemRowId, const Evidence &evidence);
    // Runs work on the item in one transaction and returns the item as it is then.
    ChecklistItem onItem(qint64 run, int number,
                         const std::function<void(const OpenRevision &, const ItemRow &)> &work);
    void touch(qint64 itemRowId);
    QList<ChecklistItem> items(qint64 revisionRowId);

    Workspace &m_workspace;
};

} // namespace blihops
