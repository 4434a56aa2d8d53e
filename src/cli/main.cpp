#include "CommandLine.h"
#include "util/AppIdentity.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // PDF needs fonts, and with them a QGuiApplication; on the offscreen platform, which needs
    // no display: blihopsctl runs from cron and over SSH.
    std::unique_ptr<QCoreApplication> app;
    if (blihops::cli::CommandLine::writesPdf(arguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    blihops::setApplicationIdentity();
    return blihops::cli::CommandLine().run(QCoreApplication::arguments());
}
