#include "StreamTrendChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

namespace blihops::gui {

StreamTrendChart::StreamTrendChart(QWidget *parent)
    : QChartView(parent), m_series(new QLineSeries), m_time(new QDateTimeAxis),
      m_percent(new QValueAxis)
{
    setObjectName(QStringLiteral("streamTrend"));
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->addSeries(m_series);
    m_percent->setRange(0, 100);
    m_percent->setTickCount(5);
    m_percent->setLabelFormat(QStringLiteral("%d%%"));
    m_time->setFormat(QStringLiteral("dd.MM. HH:mm"));
    m_time->setTickCount(4);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_percent, Qt::AlignLeft);
    m_series->attachAxis(m_time);
    m_series->attachAxis(m_percent);
    m_series->setPointsVisible(true);
    setChart(chart);
    setMinimumHeight(170);
    retranslate();
}

void StreamTrendChart::setHistory(const QList<StreamSnapshot> &history)
{
    QList<QPointF> points;
    for (const StreamSnapshot &snapshot : history) {
        points.append(
            {double(snapshot.importedAt.toMSecsSinceEpoch()), snapshot.completion().value_or(0)});
    }
    m_series->replace(points);
    if (history.isEmpty())
        return;
    QDateTime first = history.first().importedAt.toLocalTime();
    QDateTime last = history.last().importedAt.toLocalTime();
    // One import, or all within a minute: a range around them so that they show.
    if (first.secsTo(last) < 60) {
        first = first.addSecs(-1800);
        last = last.addSecs(1800);
    }
    m_time->setRange(first, last);
}

void StreamTrendChart::retranslate()
{
    chart()->setTitle(tr("Completion over imports"));
    m_series->setName(tr("Items ticked"));
}

} // namespace blihops::gui
