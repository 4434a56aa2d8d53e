#pragma once

#include "LabSupport.h"

#include <QList>
#include <QString>
#include <chrono>
#include <functional>

namespace blihops::bench {

// What the benchmark helpers share: the lab's addresses (from `lab.sh env`), an event loop
// to wait in, and the figures they print.

// A lab variable; exits with a message when the lab has not set it.
QString lab(const char *name);

using test::labEnvironment;
using test::sshEngineUrl;
using test::sshTarget;
using test::trustedLabKeys;

// Runs the event loop until done() holds; exits with a message after the timeout.
void waitUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout,
               const char *what);
// CPU time (user and system, every thread) this process has used so far.
std::chrono::microseconds processCpuTime();

double median(QList<double> values);

} // namespace blihops::bench
