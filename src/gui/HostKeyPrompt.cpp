#include "HostKeyPrompt.h"

#include "Background.h"
#include "ErrorBox.h"
#include "docker/EngineAddress.h"
#include "remote/HostKeyStore.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace blihops::gui {

void HostKeyPrompt::ask(QWidget *parent, const QString &environment, const QString &engineUrl,
                        const Error &error, const std::function<void()> &trusted)
{
    if (error.kind() == ErrorKind::ChangedHostKey)
        return showError(parent, tr("Host Key Changed"), error.message());
    const QString host = error.details().value(QStringLiteral("host")).toString();
    const QString offered = error.details().value(QStringLiteral("offered")).toString();
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Trust %1?").arg(host),
        tr("This is the first connection to %1 (environment %2). It offers the host key\n\n%3\n\n"
           "Trust it only if the host's administrator gives you the same fingerprint.")
            .arg(host, environment, offered),
        QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("trustHostKey"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *trust = box->addButton(tr("Trust"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    const QPointer<QWidget> owner = parent;
    QObject::connect(box, &QMessageBox::buttonClicked, parent,
                     [owner, engineUrl, offered, trust, trusted](QAbstractButton *button) {
                         if (button != trust || engineUrl.isEmpty() || !owner)
                             return;
                         // The host is asked again for its key, which must still be the one shown:
                         // that talks to the network, so off the GUI thread.
                         attemptInBackground(
                             owner.data(),
                             [engineUrl, offered] {
                                 HostKeyStore().trust(
                                     SshTarget::fromEngine(EngineAddress::parse(engineUrl)),
                                     offered);
                                 return true;
                             },
                             [trusted](bool) { trusted(); },
                             [owner](const Error &failure) {
                                 showError(owner.data(), tr("Not Trusted"), failure.message());
                             });
                     });
    box->open();
}

} // namespace blihops::gui
