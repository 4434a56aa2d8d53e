#include "StreamView.h"

#include "ContradictionsModel.h"
#include "StreamTrendChart.h"
#include "StreamUnitsModel.h"
#include "streams/StreamReview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace blihops::gui {

namespace {

void setUpTree(QTreeView *view, QAbstractItemModel *model)
{
    view->setModel(model);
    view->setUniformRowHeights(true);
    view->setAllColumnsShowFocus(true);
    view->setAlternatingRowColors(true);
    view->header()->setStretchLastSection(false);
    // The title takes what the numbers leave, so that they are always in view.
    view->header()->setSectionResizeMode(StreamUnitsModel::TitleColumn, QHeaderView::Stretch);
    view->header()->resizeSection(StreamUnitsModel::IdColumn, 80);
    view->header()->resizeSection(StreamUnitsModel::StatedColumn, 190);
    view->header()->resizeSection(StreamUnitsModel::ItemsColumn, 90);
    view->header()->resizeSection(StreamUnitsModel::ComputedColumn, 90);
}

} // namespace

StreamView::StreamView(QWidget *parent)
    : QWidget(parent), m_header(new QLabel(this)), m_chart(new StreamTrendChart(this)),
      m_tabs(new QTabWidget(this)), m_tasks(new StreamUnitsModel(this)),
      m_tests(new StreamUnitsModel(this)), m_contradictions(new ContradictionsModel(this)),
      m_tasksView(new QTreeView(m_tabs)), m_testsView(new QTreeView(m_tabs)),
      m_contradictionsView(new QTableView(m_tabs)), m_listings(new QTextBrowser(m_tabs))
{
    setObjectName(QStringLiteral("streamView"));
    m_header->setObjectName(QStringLiteral("streamHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_tasksView->setObjectName(QStringLiteral("streamTasks"));
    m_testsView->setObjectName(QStringLiteral("streamTests"));
    setUpTree(m_tasksView, m_tasks);
    setUpTree(m_testsView, m_tests);
    m_testsView->setRootIsDecorated(false);
    m_contradictionsView->setObjectName(QStringLiteral("streamContradictions"));
    m_contradictionsView->setModel(m_contradictions);
    m_contradictionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contradictionsView->verticalHeader()->hide();
    m_contradictionsView->horizontalHeader()->setStretchLastSection(true);
    m_contradictionsView->setWordWrap(true);
    // Rows as tall as their message at the width the columns have now, not at fill time.
    m_contradictionsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_contradictionsView->horizontalHeader()->resizeSection(ContradictionsModel::WhereColumn, 100);
    m_contradictionsView->horizontalHeader()->resizeSection(ContradictionsModel::StatedColumn, 130);
    m_contradictionsView->horizontalHeader()->resizeSection(ContradictionsModel::ComputedColumn,
                                                            150);
    m_listings->setObjectName(QStringLiteral("streamListings"));
    m_listings->setOpenLinks(false);
    m_tabs->setObjectName(QStringLiteral("streamTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_tasksView, QString());
    m_tabs->addTab(m_testsView, QString());
    m_tabs->addTab(m_contradictionsView, QString());
    m_tabs->addTab(m_listings, QString());

    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 2);
    top->addWidget(m_chart, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    retranslate();
}

void StreamView::setStream(const Dashboard::Stream &stream)
{
    m_stream = stream;
    fill();
}

QString StreamView::headline() const
{
    return m_header->text();
}

QString StreamView::listingsText() const
{
    return m_listings->toPlainText();
}

void StreamView::fill()
{
    const StreamReport &report = m_stream.report;
    QSet<QString> contradicted;
    for (const StreamContradiction &contradiction : m_stream.contradictions)
        contradicted.insert(contradiction.where);
    m_tasks->setUnits(report.tasks, contradicted, false);
    m_tests->setUnits(report.tests, contradicted, true);
    m_tasksView->expandAll();
    m_contradictions->setContradictions(m_stream.contradictions);
    m_chart->setHistory(m_stream.history);

    const std::optional<double> completion = report.completion();
    QStringList stated;
    for (const StreamStatement &statement : report.stated) {
        if (!statement.summary().isEmpty())
            stated << QStringLiteral("%1 (%2)").arg(
                statement.summary().toHtmlEscaped(),
                StreamReview::placeOf(statement).toHtmlEscaped());
    }
    const QString imported =
        m_stream.history.isEmpty()
            ? QString()
            : tr("Imported %1 by %2, %n time(s) in all.", nullptr, int(m_stream.history.size()))
                  .arg(QLocale().toString(m_stream.history.last().importedAt.toLocalTime(),
                                          QLocale::ShortFormat),
                       m_stream.history.last().importedBy.toHtmlEscaped());
    m_header->setText(
        tr("<h3>Stream %1: %2</h3><p>Stated: %3</p><p>Checkboxes: <b>%4 of %5 ticked (%6)</b></p>"
           "<p>%n contradiction(s).</p><p><small>%7<br>%8</small></p>",
           nullptr, int(m_stream.contradictions.size()))
            .arg(report.id.toHtmlEscaped(), report.title.toHtmlEscaped(),
                 stated.isEmpty() ? tr("nothing") : stated.join(QStringLiteral("; ")))
            .arg(report.done)
            .arg(report.total)
            .arg(completion ? QLocale().toString(*completion, 'f', 1) + QLatin1Char('%')
                            : QStringLiteral("\u2014"),
                 report.source.toHtmlEscaped(), imported));

    const auto listing = [](const QString &title, const QStringList &entries) {
        QString html = QStringLiteral("<h4>%1</h4>").arg(title.toHtmlEscaped());
        if (entries.isEmpty())
            return html + QStringLiteral("<p>%1</p>").arg(tr("None stated.").toHtmlEscaped());
        html += QStringLiteral("<ul>");
        for (const QString &entry : entries)
            html += QStringLiteral("<li>%1</li>").arg(entry.toHtmlEscaped());
        return html + QStringLiteral("</ul>");
    };
    m_listings->setHtml(listing(tr("Blockers"), report.blockers) +
                        listing(tr("Dependencies"), report.dependencies));
    m_tabs->setTabText(2, tr("Contradictions (%1)").arg(m_stream.contradictions.size()));
}

void StreamView::retranslate()
{
    m_tabs->setTabText(0, tr("Tasks"));
    m_tabs->setTabText(1, tr("Tests"));
    m_tabs->setTabText(2, tr("Contradictions"));
    m_tabs->setTabText(3, tr("Blockers and Dependencies"));
    m_chart->retranslate();
    m_tasks->retranslate();
    m_tests->retranslate();
    m_contradictions->retranslate();
    if (!m_stream.report.id.isEmpty())
        fill();
}

void StreamView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace blihops::gui
