#include "BenchLab.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>

namespace blihops::bench {

QString lab(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty()) {
        std::fprintf(stderr, "%s is not set: eval \"$(tests/lab/lab.sh env)\" first\n", name);
        std::exit(2);
    }
    return value;
}

LabSsh::LabSsh(const QString &dir)
    : m_agent(dir), m_keys(test::trustedLabKeys(dir + QStringLiteral("/known_hosts")))
{
    if (!m_agent.error().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(m_agent.error()));
        std::exit(1);
    }
}

void waitUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout,
               const char *what)
{
    const QDeadlineTimer deadline(timeout);
    // Blocks between events (no busy loop to skew the figures); the timer wakes it up to
    // look at the deadline.
    QTimer wake;
    wake.start(100);
    while (!done()) {
        if (deadline.hasExpired()) {
            std::fprintf(stderr, "timed out waiting for %s\n", what);
            std::exit(1);
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
}

std::chrono::microseconds processCpuTime()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto micros = [](const timeval &time) {
        return std::chrono::seconds(time.tv_sec) + std::chrono::microseconds(time.tv_usec);
    };
    return micros(usage.ru_utime) + micros(usage.ru_stime);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

} // namespace blihops::bench
