#include "LogLineDelegate.h"
#include "LogListModel.h"
#include "logs/LogLine.h"

#include <QApplication>
#include <QFontDatabase>
#include <QListView>
#include <QPainter>
#include <QScrollBar>
#include <QTest>

using namespace blihops;
using namespace blihops::gui;

namespace {

LogLine line(const QByteArray &text)
{
    LogLine result;
    result.bytes = text;
    result.length = text.size();
    result.fullLength = text.size();
    return result;
}

// A line of 2,000 characters that differ along it, so that a slice drawn at the wrong place
// shows.
QByteArray longLine()
{
    QByteArray text;
    for (int i = 0; text.size() < 2000; ++i)
        text += QByteArray::number(i) + (i % 7 == 0 ? "; " : ",");
    return text.left(2000);
}

} // namespace

// The log view's rows draw only the characters in sight of a line far wider than the view
// (painting all of them on every repaint stalled the event loop): what shows must be what
// drawing the whole line shows, wherever the view is scrolled.
class TestLogLineDelegate : public QObject
{
    Q_OBJECT

private:
    // The view's row 0 as it is on screen, and the same row drawn by the delegate with the
    // whole of its text (no view to slice for), cut to the same window.
    void compareRow(QListView &view, LogListModel &model, LogLineDelegate &delegate)
    {
        const QModelIndex index = model.index(0);
        const QRect rect = view.visualRect(index);
        QVERIFY(rect.width() > view.viewport()->width() * 4);
        const QImage shown =
            view.viewport()
                ->grab(QRect(0, rect.top(), view.viewport()->width(), rect.height()))
                .toImage()
                .convertToFormat(QImage::Format_RGB32);

        QImage whole(rect.size(), QImage::Format_RGB32);
        whole.fill(view.palette().color(QPalette::Base));
        {
            QPainter painter(&whole);
            painter.setFont(view.font());
            QStyleOptionViewItem option;
            option.initFrom(view.viewport());
            option.font = view.font();
            option.fontMetrics = QFontMetrics(view.font());
            option.rect = QRect(QPoint(0, 0), rect.size());
            option.state &= ~QStyle::State_Selected;
            delegate.paint(&painter, option, index);
        }
        const QImage expected = whole.copy(QRect(-rect.left(), 0, shown.width(), shown.height()));
        QCOMPARE(shown.size(), expected.size());
        int differing = 0;
        for (int y = 0; y < shown.height(); ++y)
            for (int x = 0; x < shown.width(); ++x)
                differing += shown.pixel(x, y) != expected.pixel(x, y);
        QCOMPARE(differing, 0);
        // And the window is not blank: there is text in it to compare.
        int inked = 0;
        for (int x = 0; x < shown.width(); ++x)
            for (int y = 0; y < shown.height(); ++y)
                inked += shown.pixel(x, y) != whole.pixel(0, 0);
        QVERIFY(inked > 50);
    }

private slots:
    void theCharactersInSightAreTheWholeLinesAtEveryScroll_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("ascii") << longLine();
        // A cut line's marker is not ASCII, and neither is a path in a user's language.
        QTest::newRow("non-ascii") << longLine().left(1500) + " \xc3\xa9t\xc3\xa9 \xe2\x80\xa6 [x]";
    }

    void theCharactersInSightAreTheWholeLinesAtEveryScroll()
    {
        QFETCH(QByteArray, text);
        LogListModel model;
        model.append({line(text), line("a short line")});
        QListView view;
        view.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        view.setUniformItemSizes(true);
        view.setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
        auto *delegate = new LogLineDelegate(&model, &view);
        view.setItemDelegate(delegate);
        view.setModel(&model);
        view.resize(500, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QScrollBar *bar = view.horizontalScrollBar();
        QVERIFY(bar->maximum() > 5000);
        for (const int position : {0, 1237, 7001, bar->maximum()}) {
            bar->setValue(position);
            QCoreApplication::processEvents();
            compareRow(view, model, *delegate);
            if (QTest::currentTestFailed()) {
                qWarning("row 0 at scroll %d", position);
                return;
            }
        }
    }
};

QTEST_MAIN(TestLogLineDelegate)
#include "tst_loglinedelegate.moc"
