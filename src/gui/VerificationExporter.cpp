#include "VerificationExporter.h"

#include "Background.h"
#include "ErrorBox.h"
#include "verify/VerificationExport.h"
#include "verify/VerificationRepository.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>

namespace blihops::gui {

VerificationExporter::VerificationExporter(std::shared_ptr<Workspace> workspace, QWidget *parent)
    : QObject(parent), m_workspace(std::move(workspace)), m_parent(parent)
{}

void VerificationExporter::choose(qint64 id, const QString &backup)
{
    auto *dialog = new QFileDialog(m_parent, tr("Export Verification"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("exportVerificationDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("PDF (*.pdf)"), tr("Markdown (*.md)")});
    // A file's path as the backup: its name only, and nothing a file name cannot hold.
    const QString name = QFileInfo(backup).fileName().replace(
        QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    dialog->selectFile(QStringLiteral("verification-%1-%2.pdf").arg(id).arg(name));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(
            filter.section(QStringLiteral("*."), 1).section(QLatin1Char(')'), 0, 0));
    });
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, id](const QString &path) { write(id, path); });
    dialog->open();
}

void VerificationExporter::write(qint64 id, const QString &path)
{
    const VerificationExport::Format format = VerificationExport::formatOfPath(path);
    attemptInBackground(
        this,
        [workspace = m_workspace, id, format, path] {
            VerificationExport::write(VerificationRepository(*workspace).get(id), format, path);
            return path;
        },
        [this](const QString &written) { emit exported(written); },
        [this](const Error &error) {
            showError(m_parent, tr("Cannot Export the Verification"), error.message());
            emit failed(error.message());
        });
}

} // namespace blihops::gui
