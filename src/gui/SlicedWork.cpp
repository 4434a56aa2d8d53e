#include "SlicedWork.h"

#include <QElapsedTimer>

namespace blihops::gui {

SlicedWork::SlicedWork(QObject *parent) : QObject(parent)
{
    m_next.setSingleShot(true);
    m_next.setInterval(0);
    connect(&m_next, &QTimer::timeout, this, &SlicedWork::runSlice);
}

void SlicedWork::start(const Step &step)
{
    ++m_generation;
    m_step = step;
    // From the event loop, never from within a step of the work before.
    m_next.start();
}

void SlicedWork::cancel()
{
    ++m_generation;
    m_step = nullptr;
    m_next.stop();
}

void SlicedWork::runSlice()
{
    QElapsedTimer slice;
    slice.start();
    while (m_step) {
        // A step may start other work, which replaces this one.
        const Step step = m_step;
        const quint64 generation = m_generation;
        if (step() && generation == m_generation) {
            m_step = nullptr;
            return;
        }
        if (std::chrono::milliseconds(slice.elapsed()) >= kSlice) {
            m_next.start();
            return;
        }
    }
}

} // namespace blihops::gui
