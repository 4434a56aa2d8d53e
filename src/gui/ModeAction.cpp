#include "ModeAction.h"

#include <QAction>
#include <QIcon>

namespace blihops::gui {

QAction *modeAction(QObject *owner, const char *name, const QString &icon,
                    const QKeySequence &shortcut)
{
    auto *action = new QAction(owner);
    action->setObjectName(QString::fromLatin1(name));
    action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    action->setShortcut(shortcut);
    return action;
}

} // namespace blihops::gui
