#include "remote/ProcessResult.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace blihops {

QString ProcessResult::summary() const
{
    const QString name = QFileInfo(program).fileName();
    QString said = QString::fromLocal8Bit(standardError).trimmed();
    said = said.section(QLatin1Char('\n'), -1).trimmed();
    QString how;
    switch (status) {
    case Status::Finished:
        how = QCoreApplication::translate("ProcessResult", "%1 exited with code %2")
                  .arg(name)
                  .arg(exitCode);
        break;
    case Status::FailedToStart:
        how = QCoreApplication::translate("ProcessResult",
                                          "%1 could not be started (is it installed?)")
                  .arg(name);
        break;
    case Status::TimedOut:
        how = QCoreApplication::translate("ProcessResult", "%1 did not finish in time").arg(name);
        break;
    case Status::Crashed:
        how = QCoreApplication::translate("ProcessResult", "%1 crashed").arg(name);
        break;
    case Status::Cancelled:
        how = QCoreApplication::translate("ProcessResult", "%1 was cancelled").arg(name);
        break;
    }
    return said.isEmpty() ? how : how + QStringLiteral(": ") + said;
}

} // namespace blihops
