#include "CommandLine.h"
#include "util/AppIdentity.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    blihops::setApplicationIdentity();
    return blihops::cli::CommandLine().run(app.arguments());
}
