#include "BottomPanel.h"

#include <QAction>
#include <QTabBar>

namespace blihops::gui {

BottomPanel::BottomPanel(QWidget *parent) : QTabWidget(parent), m_toggle(new QAction(this))
{
    setObjectName(QStringLiteral("bottomPanel"));
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    m_toggle->setObjectName(QStringLiteral("bottomPanelAction"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_0));
    connect(m_toggle, &QAction::toggled, this, [this](bool shown) {
        setVisible(shown && count() > 0);
        if (shown && currentWidget())
            currentWidget()->setFocus();
    });
    connect(this, &QTabWidget::tabCloseRequested, this, &BottomPanel::closePage);
    auto *closeCurrent = new QAction(this);
    closeCurrent->setShortcut(QKeySequence::Close);
    closeCurrent->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(closeCurrent, &QAction::triggered, this, [this] { closePage(currentIndex()); });
    addAction(closeCurrent);
    retranslate();
    updateVisibility();
}

void BottomPanel::addPage(QWidget *page, const QString &title, const QString &toolTip)
{
    const int index = addTab(page, title);
    setTabToolTip(index, toolTip);
    setCurrentIndex(index);
    m_toggle->setChecked(true);
    updateVisibility();
}

void BottomPanel::setPageTitle(QWidget *page, const QString &title, const QString &toolTip)
{
    const int index = indexOf(page);
    if (index < 0)
        return;
    setTabText(index, title);
    setTabToolTip(index, toolTip);
}

void BottomPanel::closePage(int index)
{
    QWidget *page = widget(index);
    if (!page)
        return;
    // A page may refuse (an action still running that the user keeps): it stays then.
    if (!page->close())
        return;
    removeTab(indexOf(page));
    page->deleteLater();
    updateVisibility();
}

void BottomPanel::retranslate()
{
    m_toggle->setText(tr("&Bottom Panel"));
    m_toggle->setToolTip(tr("Show or hide the panel with the actions' output and the logs "
                            "(Alt+0)"));
}

void BottomPanel::updateVisibility()
{
    m_toggle->setEnabled(count() > 0);
    if (count() == 0)
        m_toggle->setChecked(false);
    setVisible(m_toggle->isChecked() && count() > 0);
}

} // namespace blihops::gui
