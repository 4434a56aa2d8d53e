#include "util/AppIdentity.h"

#include "util/Version.h"

#include <QCoreApplication>

namespace blihops {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BlihOps"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("blihops.org"));
    QCoreApplication::setApplicationName(QStringLiteral("BlihOps Console"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
}

} // namespace blihops
