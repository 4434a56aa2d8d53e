#pragma once

#include "LabSupport.h"
#include "SshAgent.h"

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

// What a helper needs to reach the lab's sshd, as a workstation would: an ssh-agent of its
// own with the lab's key, and a known_hosts in dir that trusts the lab's host key. Exits
// with a message when the agent does not start.
class LabSsh
{
public:
    explicit LabSsh(const QString &dir);
    const HostKeyStore &keys() const { return m_keys; }

private:
    test::SshAgent m_agent;
    HostKeyStore m_keys;
};

// Runs the event loop until done() holds; exits with a message after the timeout.
void waitUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout,
               const char *what);
// CPU time (user and system, every thread) this process has used so far.
std::chrono::microseconds processCpuTime();

double median(QList<double> values);

} // namespace blihops::bench
