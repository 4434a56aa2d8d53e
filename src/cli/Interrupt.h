#pragma once

#include <QObject>

class QSocketNotifier;

namespace blihops::cli {

// Ctrl+C (SIGINT) and SIGTERM while it exists, handed to the event loop as interrupted():
// long work (an action, a backup run) stops as its Cancel would, and cleans up on the host,
// instead of leaving the process's children running there. A second signal ends the process
// at once, as if none were caught.
class Interrupt : public QObject
{
    Q_OBJECT

public:
    // The exit code of a command stopped this way, as shells give 128 + SIGINT.
    static constexpr int kExitCode = 130;

    Interrupt();
    ~Interrupt() override;

    bool happened() const { return m_happened; }

signals:
    void interrupted();

private:
    void onSignal();

    QSocketNotifier *m_notifier = nullptr;
    bool m_happened = false;
};

} // namespace blihops::cli
