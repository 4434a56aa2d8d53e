#pragma once

#include "checklist/ChecklistRun.h"

#include <QCoreApplication>
#include <QString>

namespace blihops {

// A run as a document to file with the release: every item with its state, note and
// evidence, the evidence list, the waivers and the sign-off block (or that there is none
// yet), and the run's revisions. Markdown (its items re-import as a checklist), HTML and
// PDF (the HTML laid out by QTextDocument on A4).
class ChecklistExport
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistExport)

public:
    enum class Format
    {
        Markdown,
        Html,
        Pdf,
    };

    // md, html, pdf. Throws Error(BadInput) for anything else.
    static Format formatFromKey(const QString &key);
    static QString markdown(const ChecklistRun &run);
    static QString html(const ChecklistRun &run);
    // Throws Error(BadInput) naming the file when it cannot be written.
    static void write(const ChecklistRun &run, Format format, const QString &path);
};

} // namespace blihops
