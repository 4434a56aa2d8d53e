#pragma once

#include <QString>

class QWidget;

namespace blihops::gui {

// The console's one error dialog: window-modal, named "errorMessage" for tests, gone when
// closed. The message is the core's, which names the thing and what to do.
void showError(QWidget *parent, const QString &title, const QString &message);

} // namespace blihops::gui
