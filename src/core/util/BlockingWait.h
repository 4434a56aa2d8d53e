#pragma once

#include <QCoreApplication>
#include <QEventLoop>
#include <QObject>
#include <QThread>
#include <QVariant>
#include <functional>

namespace blihops {

// The one way core code waits for asynchronous work to end: a local event loop that runs
// until sender emits signal. For worker threads and the command-line tool only. On the GUI
// thread of the console a nested loop would hand events to objects half-way through their
// own work (a reply reaching a window that is being destroyed), and the window would freeze
// meanwhile: that is a programming error, and stops the program at once wherever the GUI
// thread is declared off limits (the console does so at start, the window tests while a
// window is open).
class BlockingWait
{
public:
    // start() runs once the loop listens, so that a signal it emits at once is not missed;
    // finished() says whether the work is over already (then there is nothing to wait for).
    template <typename Sender, typename Signal>
    static void until(const Sender *sender, Signal signal, const std::function<void()> &start,
                      const std::function<bool()> &finished = {})
    {
        checkThread();
        QEventLoop loop;
        QObject::connect(sender, signal, &loop, &QEventLoop::quit);
        if (start)
            start();
        if (!finished || !finished())
            loop.exec();
    }

    // Whether waiting on the application's own thread stops the program.
    static void forbidOnGuiThread(bool forbidden)
    {
        if (QCoreApplication *application = QCoreApplication::instance())
            application->setProperty(kForbidden, forbidden);
    }

private:
    static constexpr const char *kForbidden = "blihops.blockingWaitForbidden";

    static void checkThread()
    {
        const QCoreApplication *application = QCoreApplication::instance();
        if (application && QThread::currentThread() == application->thread() &&
            application->property(kForbidden).toBool())
            qFatal("BlockingWait on the GUI thread: run this work on a worker thread");
    }
};

} // namespace blihops
