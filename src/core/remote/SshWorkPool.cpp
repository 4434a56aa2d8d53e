#include "remote/SshWorkPool.h"

#include <QThreadPool>

namespace blihops {

namespace {

// Each hanging host holds one thread for its connect timeout; a few may hang at once
// without stopping the rest.
constexpr int kThreads = 4;

} // namespace

QThreadPool *sshWorkPool()
{
    static QThreadPool *pool = [] {
        auto *created = new QThreadPool; // lives as long as the process: work may still run
        created->setMaxThreadCount(kThreads);
        return created;
    }();
    return pool;
}

} // namespace blihops
