#include "LanguageManager.h"
#include "MainWindow.h"
#include "util/AppIdentity.h"
#include "util/BlockingWait.h"
#include "util/Error.h"
#include "util/Logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace blihops;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setDesktopFileName(QStringLiteral("org.blihops.Console"));
    Logging::install(QStringLiteral("blihops-console"), Logging::Stderr::Off);

    gui::LanguageManager languages;
    languages.applySaved();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Runs the BlihOps Talent Platform's Docker Compose stacks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        QApplication::translate("main", "Workspace: a SQLite file or a postgresql:// URL."),
        QStringLiteral("PATH|URL"));
    parser.addOption(workspaceOption);
    parser.process(app);

    WorkspaceLocation location;
    try {
        location = WorkspaceLocation::resolve(parser.value(workspaceOption));
    } catch (const Error &error) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "BlihOps Console"),
                              error.message());
        return 2;
    }
    BlockingWait::forbidOnGuiThread(true);
    gui::MainWindow window(location, languages);
    window.show();
    return app.exec();
}
