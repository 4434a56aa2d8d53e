#pragma once

#include "backup/BackupJob.h"
#include "backup/BackupPruner.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace blihops::gui {

// The prune preview: for each job and folder, exactly the files a prune deletes and why,
// what stays and why, and the files it never touches (not in the manifest, another size
// than their line, named but missing), as `backup prune --dry-run` shows them. Accepting
// asks for the prune itself; after it ran, the same dialog lists what was deleted.
class BackupPruneDialog : public QDialog
{
    Q_OBJECT

public:
    using Plans = QList<std::pair<BackupJob, QList<BackupPruner::Result>>>;

    BackupPruneDialog(const QString &environment, const Plans &plans, QWidget *parent);

    // After the prune: what was deleted; the dialog then only closes.
    void showDone(const Plans &done);
    // The prune was confirmed and runs.
    void showPruning();
    void showFailed(const QString &message);
    int removeCount() const { return m_removeCount; }
    QTreeWidget *planView() const { return m_plan; }
    QPushButton *pruneButton() const { return m_prune; }

signals:
    void pruneRequested();

private:
    void fill(const Plans &plans, bool done);

    QString m_environment;
    QLabel *m_summary;
    QTreeWidget *m_plan;
    QPushButton *m_prune;
    QPushButton *m_close;
    int m_removeCount = 0;
};

} // namespace blihops::gui
