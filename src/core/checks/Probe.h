#pragma once

#include <QString>
#include <atomic>

namespace blihops {

// Where a probe connects (after tunnels), what to call it in messages, and when to give up.
struct ProbeTarget
{
    QString host;
    quint16 port = 0;
    QString originalHost; // as the Docker host sees it: HTTP's Host and TLS's peer name
    quint16 originalPort = 0;
    QString description; // "127.0.0.1:5432", "10.0.0.7:5432 on prod-1 (through an SSH tunnel)"
    int timeoutMs = 5000;
    const std::atomic<bool> *cancel = nullptr;
};

// What a probe found: passed or not, and what was tried and what answered.
struct ProbeAnswer
{
    bool passed = false;
    QString message;
};

} // namespace blihops
