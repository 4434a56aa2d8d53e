#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>

namespace blihops::gui {

// Long work on the GUI thread, such as a filter over 200,000 lines, done in slices of a few
// milliseconds with the event loop turning between them, so that the window never stalls.
// One piece of work at a time: starting another drops the one under way.
class SlicedWork : public QObject
{
    Q_OBJECT

public:
    // Does a little and returns true when all is done.
    using Step = std::function<bool()>;
    static constexpr std::chrono::milliseconds kSlice{8};

    explicit SlicedWork(QObject *parent = nullptr);

    void start(const Step &step);
    void cancel();
    bool isRunning() const { return bool(m_step); }

private:
    void runSlice();

    Step m_step;
    quint64 m_generation = 0; // of the work in hand
    QTimer m_next;
};

} // namespace blihops::gui
