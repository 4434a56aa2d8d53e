#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace blihops::gui {

class GuiSettings;

// One mode of the main window (Environments, Readiness, …), as Qt Creator has its modes:
// the window shows the current mode's widget and toolbar actions; each mode's menu stays in
// the menu bar, so its shortcuts work from anywhere. The window knows modes only through
// this interface.
class Mode : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The page shown while the mode is current; the mode owns it.
    virtual QWidget *widget() const = 0;
    virtual QString title() const = 0; // translated; the mode bar's label
    virtual QString toolTip() const = 0;
    virtual QIcon icon() const = 0;
    virtual QKeySequence shortcut() const = 0;
    // The toolbar while the mode is current. nullptr stands for a separator, except the last
    // one: what follows it stands apart, at the far end (destructive actions).
    virtual QList<QAction *> toolBarActions() const { return {}; }
    // The mode's menu in the menu bar, or nullptr.
    virtual QMenu *menu() const { return nullptr; }

    // The mode became current.
    virtual void activate() {}
    // The interface language changed.
    virtual void retranslate() {}
    virtual void restoreState(const GuiSettings &) {}
    virtual void saveState(GuiSettings &) const {}
    // Managers read; a read-only console hides every action that changes something or runs
    // something on a host.
    virtual void setReadOnly(bool) {}

signals:
    // The mode wants to be current, e.g. one of its actions was triggered from elsewhere.
    void activationRequested();
    // A short text for the status bar (e.g. "3 environments"); empty for none.
    void statusChanged(const QString &status);
};

} // namespace blihops::gui
