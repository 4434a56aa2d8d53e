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
    // Whether the engine's times are needed although nobody prints them. false: a one-shot read
    // of one container asks the engine for none (it costs the engine a fifth more), and a cut
    // stream then fails the session, as nothing tells where to go on from.
    bool times = true;
};

} // namespace blihops
