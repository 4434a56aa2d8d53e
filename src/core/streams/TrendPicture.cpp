#include "streams/TrendPicture.h"

#include <QLocale>
#include <QPainter>

namespace blihops {

QImage TrendPicture::paint(const QList<StreamSnapshot> &history, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(std::max(10, size.height() / 12));
    painter.setFont(font);
    const int labelWidth = painter.fontMetrics().horizontalAdvance(QStringLiteral("100%")) + 8;
    const int labelHeight = painter.fontMetrics().height() + 4;
    // Room above for the top label, below for the dates.
    const QRectF plot(labelWidth, labelHeight / 2.0 + 4, size.width() - labelWidth - 10,
                      size.height() - labelHeight * 1.5 - 12);

    painter.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), size.width() / 800.0));
    for (int percent = 0; percent <= 100; percent += 25) {
        const double y = plot.bottom() - plot.height() * percent / 100.0;
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(Qt::darkGray);
        painter.drawText(QRectF(0, y - labelHeight / 2.0, labelWidth - 4, labelHeight),
                         Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1%").arg(percent));
        painter.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), size.width() / 800.0));
    }

    QList<QPointF> points;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const std::optional<double> completion = history.at(i).completion();
        const double x = history.size() == 1
                             ? plot.center().x()
                             : plot.left() + plot.width() * double(i) / double(history.size() - 1);
        points.append({x, plot.bottom() - plot.height() * completion.value_or(0) / 100.0});
    }
    // Drawn large and printed small: line and dots in proportion to the picture.
    const double line = size.width() / 300.0;
    painter.setPen(QPen(QColor(0x1f, 0x6f, 0xb5), line));
    for (qsizetype i = 1; i < points.size(); ++i)
        painter.drawLine(points.at(i - 1), points.at(i));
    painter.setBrush(QColor(0x1f, 0x6f, 0xb5));
    for (const QPointF &point : points)
        painter.drawEllipse(point, line * 2, line * 2);

    painter.setPen(Qt::darkGray);
    if (!history.isEmpty()) {
        const QLocale locale;
        const QString first =
            locale.toString(history.first().importedAt.toLocalTime().date(), QLocale::ShortFormat);
        const QString last =
            locale.toString(history.last().importedAt.toLocalTime().date(), QLocale::ShortFormat);
        const QRectF axis(plot.left(), plot.bottom() + 4, plot.width(), labelHeight);
        painter.drawText(axis, Qt::AlignLeft | Qt::AlignTop, first);
        painter.drawText(axis, Qt::AlignRight | Qt::AlignTop,
                         tr("%n import(s)", nullptr, int(history.size())) + QStringLiteral(", ") +
                             last);
    }
    return image;
}

} // namespace blihops
