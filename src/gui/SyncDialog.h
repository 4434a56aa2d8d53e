#pragma once

#include "actions/ProjectSync.h"

#include <QDialog>

class QListWidget;
class QPlainTextEdit;

namespace blihops::gui {

// Before Up, Restart or Pull on an ssh:// engine: the compose and env files whose copies in
// the host's folder differ from this machine's, each with its difference (the env file's
// contents are never shown: it holds secrets). Accepting uploads them; the action then runs.
class SyncDialog : public QDialog
{
    Q_OBJECT

public:
    SyncDialog(const QString &host, const QString &actionTitle,
               const QList<ProjectSync::File> &files, QWidget *parent = nullptr);

    QListWidget *fileList() const { return m_files; }
    QPlainTextEdit *differenceView() const { return m_difference; }

private:
    void showFile(int row);

    QList<ProjectSync::File> m_differing;
    QListWidget *m_files;
    QPlainTextEdit *m_difference;
};

} // namespace blihops::gui
