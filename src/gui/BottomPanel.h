#pragma once

#include <QTabWidget>

class QAction;

namespace blihops::gui {

// The main window's panel under the current mode: one tab per action's output or log
// viewer, kept until the user closes it. Hidden while it holds nothing; a page that wants to
// go emits closeRequested() (or is closed by its tab's button, Ctrl+W while it has focus).
class BottomPanel : public QTabWidget
{
    Q_OBJECT

public:
    explicit BottomPanel(QWidget *parent = nullptr);

    // Takes page; shows it, and the panel.
    void addPage(QWidget *page, const QString &title, const QString &toolTip = {});
    void setPageTitle(QWidget *page, const QString &title, const QString &toolTip = {});
    // Closing a page deletes it; a page still working is asked first (see OutputTab).
    void closePage(int index);
    // Shows or hides the panel (View ▸ Bottom Panel, Alt+0); hidden when it holds no page.
    QAction *toggleAction() const { return m_toggle; }
    void retranslate();

private:
    void updateVisibility();

    QAction *m_toggle;
};

} // namespace blihops::gui
