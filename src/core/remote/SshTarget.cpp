#include "remote/SshTarget.h"

#include "docker/EngineAddress.h"

namespace blihops {

SshTarget SshTarget::fromEngine(const EngineAddress &address)
{
    return {address.user, address.host, address.port};
}

QString SshTarget::destination() const
{
    return user.isEmpty() ? host : user + QLatin1Char('@') + host;
}

QString SshTarget::display() const
{
    QString text = QStringLiteral("ssh://") + destination();
    if (port >= 0)
        text += QLatin1Char(':') + QString::number(port);
    return text;
}

} // namespace blihops
