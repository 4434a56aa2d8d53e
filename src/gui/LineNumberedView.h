#pragma once

#include <QPlainTextEdit>

namespace blihops::gui {

// A read-only text view with line numbers in a gutter and one line marked, for showing a
// file at the place a finding points to.
class LineNumberedView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit LineNumberedView(QWidget *parent = nullptr);

    // Marks line (1-based), puts the cursor there and scrolls it to the middle.
    void goToLine(int line);
    int currentLine() const { return textCursor().blockNumber() + 1; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    class Gutter;
    friend class Gutter;

    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);
    void updateGutterWidth();

    QWidget *m_gutter;
};

} // namespace blihops::gui
