#pragma once

#include "remote/HostKeyStore.h"
#include "remote/SshTarget.h"
#include "workspace/Environment.h"

#include <QList>
#include <QString>
#include <chrono>
#include <functional>

namespace blihops::bench {

// What the benchmark helpers share: the lab's addresses (from `lab.sh env`), an event loop
// to wait in, and the figures they print.

// A lab variable; exits with a message when the lab has not set it.
QString lab(const char *name);

// The lab's compose stack (DEV or STAGING) as an environment on the given engine address.
Environment labEnvironment(const QString &stack, const QString &engineUrl);
// ssh://user@host:port/docker.sock of the lab's sshd and engine.
QString sshEngineUrl();
SshTarget sshTarget();
// A known_hosts file at path that trusts the lab's sshd, by the fingerprint the lab gives.
HostKeyStore trustedLabKeys(const QString &path);

// Runs the event loop until done() holds; exits with a message after the timeout.
void waitUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout,
               const char *what);
// CPU time (user and system, every thread) this process has used so far.
std::chrono::microseconds processCpuTime();

double median(QList<double> values);

} // namespace blihops::bench
