#pragma once

#include "streams/StreamSnapshot.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace blihops::gui {

// A stream's completion over the imports of its document, as Qt Charts draws it: one point
// per import, the percentage its checkboxes showed then.
class StreamTrendChart : public QChartView
{
    Q_OBJECT

public:
    explicit StreamTrendChart(QWidget *parent = nullptr);

    void setHistory(const QList<StreamSnapshot> &history);
    QLineSeries *series() const { return m_series; }
    void retranslate();

private:
    QLineSeries *m_series;
    QDateTimeAxis *m_time;
    QValueAxis *m_percent;
};

} // namespace blihops::gui
