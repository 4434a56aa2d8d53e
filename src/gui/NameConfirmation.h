#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace blihops::gui {

// Production asks for its name, typed, before anything destructive: a reflex click must not
// take it down or remove it. Opens a window-modal dialog named objectName; confirmed runs
// only when the text typed is the name, otherwise an error says so and what was not done
// (nothingDone, e.g. "nothing was removed."). declined, when given, runs instead when the
// dialog is cancelled or the name does not match.
void confirmByTypedName(QWidget *parent, const QString &objectName, const QString &title,
                        const QString &question, const QString &okText, const QString &name,
                        const QString &nothingDone, std::function<void()> confirmed,
                        std::function<void()> declined = {});

} // namespace blihops::gui
