#include "LogLineDelegate.h"

#include "LogListModel.h"
#include "docker/StreamDemuxer.h"

#include <QApplication>
#include <QPainter>

namespace blihops::gui {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor stderrColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

// A colour per container, apart enough for the few containers of a service.
QColor tagColor(const QPalette &palette, int source)
{
    return QColor::fromHsv((source * 137 + 200) % 360, 170, isDark(palette) ? 230 : 150);
}

} // namespace

LogLineDelegate::LogLineDelegate(const LogListModel *model, QObject *parent)
    : QStyledItemDelegate(parent), m_model(model)
{}

QSize LogLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics &metrics = option.fontMetrics;
    // Wide enough for the widest line so far, with a time and a name before it.
    const auto chars = int(m_model->widestText()) + 72;
    return {metrics.horizontalAdvance(QLatin1Char('M')) * chars, metrics.height() + 2};
}

void LogLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool current = index.data(LogListModel::CurrentMatchRole).toBool();
    painter->save();
    painter->setClipRect(option.rect);
    if (selected)
        painter->fillRect(option.rect, palette.highlight());
    else if (current)
        painter->fillRect(option.rect,
                          isDark(palette) ? QColor(0x5a, 0x40, 0x10) : QColor(0xff, 0xe0, 0xb0));

    const QFontMetrics &metrics = option.fontMetrics;
    const int baseline = option.rect.top() + 1 + metrics.ascent();
    int x = option.rect.left() + 4;
    const auto segment = [&](const QString &text, const QColor &color) {
        if (text.isEmpty())
            return;
        painter->setPen(selected ? palette.color(QPalette::HighlightedText) : color);
        painter->drawText(QPoint(x, baseline), text);
        x += metrics.horizontalAdvance(text);
    };
    const QString time = index.data(LogListModel::TimestampRole).toString();
    if (!time.isEmpty())
        segment(time + QLatin1Char(' '), palette.color(QPalette::PlaceholderText));
    const QString tag = index.data(LogListModel::TagRole).toString();
    if (!tag.isEmpty())
        segment(tag + QStringLiteral(" | "),
                tagColor(palette, index.data(LogListModel::SourceRole).toInt()));

    const QString text = index.data(LogListModel::TextRole).toString();
    // The search's matches, behind the text.
    const QColor mark = isDark(palette) ? QColor(0x80, 0x70, 0x00) : QColor(0xff, 0xf0, 0x60);
    for (const auto &[start, length] : m_model->search().matchesIn(text)) {
        const int left = x + metrics.horizontalAdvance(text.left(start));
        painter->fillRect(QRect(left, option.rect.top(),
                                metrics.horizontalAdvance(text.mid(start, length)),
                                option.rect.height()),
                          current ? mark.darker(130) : mark);
    }
    const bool error =
        index.data(LogListModel::StreamRole).toInt() == int(StreamDemuxer::Stream::Stderr);
    segment(text, error ? stderrColor(palette) : palette.color(QPalette::Text));
    painter->restore();
}

} // namespace blihops::gui
