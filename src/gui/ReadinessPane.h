#pragma once

#include "compose/ReadinessReview.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace blihops::gui {

class FindingsModel;
class WorkspaceRunner;

// The Readiness mode: every finding of the readiness review for every environment,
// grouped by environment and service, with a filter. Activating a finding opens its
// compose file at the line. Also the pair verdict and the variable table export.
class ReadinessPane : public QWidget
{
    Q_OBJECT

public:
    ReadinessPane(WorkspaceRunner &runner, QWidget *parent = nullptr);

    FindingsModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    const QList<Environment> &environments() const { return m_environments; }

    // Reads the workspace and the compose files again and reviews them, off the GUI thread.
    void recheck();
    void openFinding(const QModelIndex &index);
    void showConflicts();
    void exportVariables();

signals:
    void reviewed();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Review
    {
        QList<Environment> environments;
        ReadinessReview::Report report;
    };

    void retranslate();
    void writeVariables(const Environment &environment, const QString &path);

    WorkspaceRunner &m_runner;
    FindingsModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTreeView *m_tree;
    QLineEdit *m_filterEdit;
    QPushButton *m_recheckButton;
    QPushButton *m_conflictsButton;
    QPushButton *m_exportButton;
    QLabel *m_summary;
    QList<Environment> m_environments;
    std::optional<ReadinessReview::Report> m_report;
    bool m_checking = false;
};

} // namespace blihops::gui
