#include "WindowTest.h"

#include "EnvironmentsMode.h"
#include "GuiSettings.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ReadinessMode.h"
#include "util/AppIdentity.h"
#include "util/BlockingWait.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>

namespace blihops::test {

std::unique_ptr<gui::MainWindow> WindowTest::openWindow()
{
    auto window = std::make_unique<gui::MainWindow>(
        WorkspaceLocation::fromString(m_store->location()), *m_languages);
    QSignalSpy loaded(window->environmentsMode(), &gui::EnvironmentsMode::environmentsLoaded);
    window->resize(1280, 760);
    window->show();
    // From here on the window's own code must never wait on this thread.
    BlockingWait::forbidOnGuiThread(true);
    if (!loaded.wait(30000))
        qFatal("the window never loaded its workspace");
    return window;
}

void WindowTest::initTestCase_data()
{
    TestWorkspace::addBackendRows();
}

void WindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    setApplicationIdentity();
    m_languages = new gui::LanguageManager(this);
}

void WindowTest::init()
{
    BLIHOPS_INIT_BACKEND(m_store);
    m_languages->setLanguage(QStringLiteral("en"));
    gui::GuiSettings().setValue(gui::GuiSettings::Key::ReadOnly, false);
}

void WindowTest::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        widget->close();
    BlockingWait::forbidOnGuiThread(false);
    m_store.reset();
}

} // namespace blihops::test
