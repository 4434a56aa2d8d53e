#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QObject;

namespace blihops::gui {

// An action of a mode: named for tests, with its icon from :/icons and its shortcut; text
// and tool tip come with the mode's retranslate().
QAction *modeAction(QObject *owner, const char *name, const QString &icon,
                    const QKeySequence &shortcut);

} // namespace blihops::gui
