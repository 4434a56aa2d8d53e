#include "Interrupt.h"

#include <QSocketNotifier>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace blihops::cli {

namespace {

int g_pipe[2] = {-1, -1};
volatile sig_atomic_t g_caught = 0;

void handle(int signal)
{
    if (g_caught) {
        // The second one: what the signal would have done uncaught.
        std::signal(signal, SIG_DFL);
        std::raise(signal);
        return;
    }
    g_caught = 1;
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
}

void install(void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

} // namespace

Interrupt::Interrupt()
{
    if (::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return; // no pipe: Ctrl+C keeps its default, ending the process
    g_caught = 0;
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &Interrupt::onSignal);
    install(handle);
}

Interrupt::~Interrupt()
{
    if (!m_notifier)
        return;
    install(SIG_DFL);
    delete m_notifier;
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

void Interrupt::onSignal()
{
    char byte = 0;
    while (::read(g_pipe[0], &byte, 1) > 0) {
    }
    if (m_happened)
        return;
    m_happened = true;
    emit interrupted();
}

} // namespace blihops::cli
