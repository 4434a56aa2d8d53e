#include "NameConfirmation.h"

#include "ErrorBox.h"

#include <QCoreApplication>
#include <QInputDialog>

namespace blihops::gui {

void confirmByTypedName(QWidget *parent, const QString &objectName, const QString &title,
                        const QString &question, const QString &okText, const QString &name,
                        const QString &nothingDone, std::function<void()> confirmed,
                        std::function<void()> declined)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setLabelText(question);
    dialog->setOkButtonText(okText);
    QObject::connect(dialog, &QInputDialog::textValueSelected, parent,
                     [parent, name, nothingDone, confirmed, declined](const QString &typed) {
                         if (typed == name) {
                             confirmed();
                             return;
                         }
                         showError(
                             parent,
                             QCoreApplication::translate("NameConfirmation", "Name Does Not Match"),
                             QCoreApplication::translate("NameConfirmation",
                                                         "The name typed does not match \"%1\"; %2")
                                 .arg(name, nothingDone));
                         if (declined)
                             declined();
                     });
    if (declined)
        QObject::connect(dialog, &QDialog::rejected, parent, declined);
    dialog->open();
}

} // namespace blihops::gui
