#include "BackupPruneDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace blihops::gui {

namespace {

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

BackupPruneDialog::BackupPruneDialog(const QString &environment, const Plans &plans,
                                     QWidget *parent)
    : QDialog(parent), m_environment(environment), m_summary(new QLabel(this)),
      m_plan(new QTreeWidget(this)), m_prune(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("backupPruneDialog"));
    setWindowTitle(tr("Prune Backups of %1").arg(environment));
    resize(900, 520);
    m_summary->setObjectName(QStringLiteral("pruneSummary"));
    m_summary->setWordWrap(true);
    m_plan->setObjectName(QStringLiteral("prunePlan"));
    m_plan->setColumnCount(4);
    m_plan->setHeaderLabels({tr("File"), tr("Decision"), tr("Size"), tr("Why")});
    m_plan->setRootIsDecorated(true);
    m_plan->setUniformRowHeights(true);
    m_plan->header()->resizeSection(0, 380);
    m_plan->header()->resizeSection(1, 110);
    m_prune->setObjectName(QStringLiteral("pruneButton"));
    m_prune->setText(tr("&Prune"));
    m_prune->setIcon(QIcon(QStringLiteral(":/icons/prune.svg")));
    m_close->setText(tr("Close"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_prune, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_plan, 1);
    layout->addWidget(buttons);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_prune, &QPushButton::clicked, this, &BackupPruneDialog::pruneRequested);
    fill(plans, false);
    m_close->setDefault(true);
}

void BackupPruneDialog::fill(const Plans &plans, bool done)
{
    m_plan->clear();
    m_removeCount = 0;
    qint64 freed = 0;
    for (const auto &[job, results] : plans) {
        auto *jobItem = new QTreeWidgetItem(m_plan, {tr("Job %1").arg(job.name)});
        jobItem->setFirstColumnSpanned(true);
        for (const BackupPruner::Result &result : results) {
            auto *folder = new QTreeWidgetItem(jobItem, {result.folder});
            folder->setFirstColumnSpanned(true);
            const RetentionPlanner::Plan &plan = result.plan;
            for (const RetentionPlanner::Decision &decision : plan.remove) {
                new QTreeWidgetItem(folder, {decision.file, done ? tr("deleted") : tr("delete"),
                                             dataSize(decision.size), decision.reason});
                ++m_removeCount;
                freed += decision.size;
            }
            for (const RetentionPlanner::Decision &decision : plan.keep)
                new QTreeWidgetItem(
                    folder, {decision.file, tr("keep"), dataSize(decision.size), decision.reason});
            for (const RetentionPlanner::Decision &decision : plan.mismatched)
                new QTreeWidgetItem(
                    folder, {decision.file, tr("keep"), dataSize(decision.size), decision.reason});
            for (const QString &name : plan.unknownFiles)
                new QTreeWidgetItem(folder, {name, tr("keep"), QString(),
                                             tr("not in the manifest: never deleted")});
            for (const QString &name : plan.missingFiles)
                new QTreeWidgetItem(folder, {name, tr("missing"), QString(),
                                             tr("in the manifest, but not on the host")});
        }
    }
    // A reason longer than its column reads in full in its tooltip.
    for (QTreeWidgetItemIterator it(m_plan); *it; ++it)
        (*it)->setToolTip(3, (*it)->text(3));
    m_plan->expandAll();
    if (done) {
        m_summary->setText(tr("Deleted %n file(s) of %1, %2 freed.", nullptr, m_removeCount)
                               .arg(m_environment, dataSize(freed)));
        m_prune->hide();
    } else if (m_removeCount == 0) {
        m_summary->setText(tr("Nothing would be deleted: every backup is kept by the retention "
                              "of its job."));
        m_prune->setEnabled(false);
    } else {
        m_summary->setText(tr("A prune deletes exactly the %n file(s) marked \"delete\" (%1); "
                              "everything else stays.",
                              nullptr, m_removeCount)
                               .arg(dataSize(freed)));
    }
}

void BackupPruneDialog::showDone(const Plans &done)
{
    fill(done, true);
}

void BackupPruneDialog::showPruning()
{
    m_prune->setEnabled(false);
    m_summary->setText(tr("Pruning…"));
}

void BackupPruneDialog::showFailed(const QString &message)
{
    m_summary->setText(tr("The prune stopped: %1").arg(message));
    m_prune->setEnabled(true);
}

} // namespace blihops::gui
