#pragma once

#include <QString>

namespace blihops {

// What a user asks of a log: the last lines, from when, and whether to follow it.
struct LogQuery
{
    static constexpr int kDefaultTail = 1000;

    int tail = kDefaultTail; // per container; -1 for the whole log
    QString since;           // as LogSince reads it; empty for no start
    bool follow = true;
};

} // namespace blihops
