#pragma once

#include "TestWorkspace.h"
#include "util/BlockingWait.h"

#include <QObject>
#include <memory>

namespace blihops::gui {
class LanguageManager;
class MainWindow;
} // namespace blihops::gui

namespace blihops::test {

// The base of the offscreen window tests: every test function runs once per backend, on a
// fresh workspace, in English, and leaves no window open.
class WindowTest : public QObject
{
    Q_OBJECT

protected:
    // A window on the test's workspace, shown and loaded.
    std::unique_ptr<gui::MainWindow> openWindow();
    gui::LanguageManager &languages() { return *m_languages; }
    // Runs what the test itself must know (a host's key, the engine's list) the way a person
    // at a terminal would, blocking, while the window waits.
    template <typename Work> static auto outsideTheWindow(Work work)
    {
        BlockingWait::forbidOnGuiThread(false);
        struct Again
        {
            ~Again() { BlockingWait::forbidOnGuiThread(true); }
        } again;
        return work();
    }

    std::unique_ptr<TestWorkspace> m_store;

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

private:
    gui::LanguageManager *m_languages = nullptr;
};

} // namespace blihops::test
