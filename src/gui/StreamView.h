#pragma once

#include "streams/Dashboard.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTreeView;

namespace blihops::gui {

class ContradictionsModel;
class StreamTrendChart;
class StreamUnitsModel;

// One stream of the dashboard: what its document states beside what its checkboxes show,
// its trend over imports, its tasks and tests with the contradicted ones marked, the
// contradictions in words, its blockers and dependencies.
class StreamView : public QWidget
{
    Q_OBJECT

public:
    explicit StreamView(QWidget *parent = nullptr);

    void setStream(const Dashboard::Stream &stream);
    QString streamId() const { return m_stream.report.id; }
    QString headline() const;
    QTreeView *tasksView() const { return m_tasksView; }
    QTreeView *testsView() const { return m_testsView; }
    QTableView *contradictionsView() const { return m_contradictionsView; }
    StreamUnitsModel *tasksModel() const { return m_tasks; }
    StreamUnitsModel *testsModel() const { return m_tests; }
    ContradictionsModel *contradictionsModel() const { return m_contradictions; }
    StreamTrendChart *trendChart() const { return m_chart; }
    QTabWidget *tabs() const { return m_tabs; }
    QString listingsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();

    Dashboard::Stream m_stream;
    QLabel *m_header;
    StreamTrendChart *m_chart;
    QTabWidget *m_tabs;
    StreamUnitsModel *m_tasks;
    StreamUnitsModel *m_tests;
    ContradictionsModel *m_contradictions;
    QTreeView *m_tasksView;
    QTreeView *m_testsView;
    QTableView *m_contradictionsView;
    QTextBrowser *m_listings;
};

} // namespace blihops::gui
