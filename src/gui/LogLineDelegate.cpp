#include "LogLineDelegate.h"

#include "LogListModel.h"
#include "docker/StreamDemuxer.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <algorithm>

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

// Whether each character of text takes the same advance: printable ASCII in a font whose
// narrow and wide letters are as wide (a monospaced font; fontconfig does not always say
// so), and any other character that font draws itself at that advance (as the "…" of a cut
// line).
bool oneAdvanceEach(const QString &text, const QFontMetricsF &metrics, qreal advance)
{
    const auto same = [&](QChar c) { return metrics.horizontalAdvance(c) == advance; };
    if (!same(QLatin1Char('i')) || !same(QLatin1Char('W')) || !same(QLatin1Char(' ')))
        return false;
    return std::all_of(text.cbegin(), text.cend(), [&](QChar c) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
            return true;
        return c.unicode() >= 0xa0 && !c.isSurrogate() && !c.isMark() && metrics.inFont(c) &&
               same(c);
    });
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

    const QFontMetricsF metrics(painter->font(), painter->device());
    const qreal baseline = option.rect.top() + 1 + metrics.ascent();
    qreal x = option.rect.left() + 4;
    const auto segment = [&](const QString &text, const QColor &color) {
        if (text.isEmpty())
            return;
        painter->setPen(selected ? palette.color(QPalette::HighlightedText) : color);
        painter->drawText(QPointF(x, baseline), text);
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
    // A row is as wide as the widest line, far wider than the view: shaping and drawing a
    // line of thousands of characters on every repaint stalls the event loop, so where each
    // character is one advance only the characters in sight are drawn.
    qsizetype first = 0;
    qsizetype count = text.size();
    const qreal advance = metrics.horizontalAdvance(QLatin1Char('M'));
    const bool sliced = oneAdvanceEach(text, metrics, advance);
    const auto left = [&, start = x](qsizetype position) {
        return sliced ? start + qreal(position) * advance
                      : start + metrics.horizontalAdvance(text.left(position));
    };
    if (sliced) {
        qreal visibleLeft = option.rect.left();
        qreal visibleRight = option.rect.right();
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget)) {
            visibleLeft = std::max<qreal>(visibleLeft, 0);
            visibleRight = std::min<qreal>(visibleRight, view->viewport()->width());
        }
        first = std::clamp<qsizetype>(qsizetype((visibleLeft - x) / advance) - 1, 0, text.size());
        count = std::clamp<qsizetype>(qsizetype((visibleRight - x) / advance) + 2 - first, 0,
                                      text.size() - first);
    }
    // The search's matches, behind the text.
    const QColor mark = isDark(palette) ? QColor(0x80, 0x70, 0x00) : QColor(0xff, 0xf0, 0x60);
    for (const auto &[start, length] : m_model->search().matchesIn(text)) {
        if (start + length < first || start > first + count)
            continue;
        const qreal matchLeft = left(start);
        painter->fillRect(QRectF(matchLeft, option.rect.top(), left(start + length) - matchLeft,
                                 option.rect.height()),
                          current ? mark.darker(130) : mark);
    }
    const bool error =
        index.data(LogListModel::StreamRole).toInt() == int(StreamDemuxer::Stream::Stderr);
    x = left(first);
    segment(text.mid(first, count), error ? stderrColor(palette) : palette.color(QPalette::Text));
    painter->restore();
}

} // namespace blihops::gui
