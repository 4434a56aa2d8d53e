#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QWidget;

namespace blihops {
class Workspace;
}

namespace blihops::gui {

// Exports a stored restore verification from the console, as the Verify dialog and the
// Backups mode offer it: a file dialog (PDF or Markdown, by its filter or the name's
// suffix), the verification read from the workspace by its id and written off the GUI
// thread, and an error box naming the file when it cannot be written.
class VerificationExporter : public QObject
{
    Q_OBJECT

public:
    VerificationExporter(std::shared_ptr<Workspace> workspace, QWidget *parent);

    // Asks where to write verification id (the name suggested from backup), then writes it.
    void choose(qint64 id, const QString &backup);
    // Writes verification id to path: Markdown for .md, else PDF.
    void write(qint64 id, const QString &path);

signals:
    void exported(const QString &path);
    // The file could not be written (the error box says why).
    void failed(const QString &message);

private:
    std::shared_ptr<Workspace> m_workspace;
    QWidget *m_parent;
};

} // namespace blihops::gui
