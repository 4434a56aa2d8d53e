#pragma once

#include "checklist/ChecklistRun.h"

#include <QString>

namespace blihops::cli {

class CliContext;

// What the checklist commands share: reading RUN and ITEM, printing a run or an item as
// JSON (--json) or as text for a terminal.
class ChecklistCli
{
public:
    // Throws Error(BadInput) for anything but a positive number.
    static qint64 runId(const QString &text);
    static int itemNumber(const QString &text);
    static void printRun(CliContext &context, const ChecklistRun &run);
    // {"run": RUN, "item": {...}}
    static void printItem(CliContext &context, qint64 run, const ChecklistItem &item);
};

} // namespace blihops::cli
